// Preloaded with `node --require` into the processes of `npm run try` and its test: the Agents Playground
// calls Azure's metadata address and telemetry hosts even with --disable-telemetry, and a local demo must
// reach nothing but this machine. Connections and DNS look-ups to anything but loopback fail at once with
// a clear error, before any packet leaves; each refused host is logged once on stderr. A server that names
// no address (the Playground's) listens on 127.0.0.1 instead of every interface.
const dns = require("node:dns");
const net = require("node:net");
const tls = require("node:tls");

const refused = new Set();

/** 127.0.0.0/8, ::1 and localhost (also as IPv4-mapped IPv6 or in brackets); undefined means localhost. */
function isLoopback(host) {
  if (host === undefined || host === null || host === "") return true;
  const name = String(host)
    .toLowerCase()
    .replace(/^\[|\]$/g, "");
  if (name === "localhost" || name.endsWith(".localhost")) return true;
  if (name === "::1" || name === "0:0:0:0:0:0:0:1") return true;
  const v4 = name.startsWith("::ffff:") ? name.slice("::ffff:".length) : name;
  return net.isIPv4(v4) && v4.split(".")[0] === "127";
}

function refusal(host, what) {
  const error = new Error(
    `network guard: ${what} ${host} refused: only loopback (127.0.0.0/8, ::1, localhost) is allowed`,
  );
  error.code = "ECONNREFUSED";
  if (!refused.has(host)) {
    refused.add(host);
    process.stderr.write(`[network-guard] refused ${what} ${host}\n`);
  }
  return error;
}

/** The host a connect() call aims at, whatever its form; null for a local (Unix socket or pipe) path. */
function targetOf(args) {
  const first = Array.isArray(args[0]) ? args[0][0] : args[0];
  if (first !== null && typeof first === "object") {
    if (first.path !== undefined && first.host === undefined && first.port === undefined) return null;
    return { host: first.host ?? first.hostname, port: first.port };
  }
  if (typeof first === "string" && !/^\d+$/.test(first)) return null;
  return { host: typeof args[1] === "string" ? args[1] : undefined, port: first };
}

const connect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function guardedConnect(...args) {
  const target = targetOf(args);
  if (target === null || isLoopback(target.host)) return connect.apply(this, args);
  const error = refusal(`${target.host}:${target.port}`, "connection to");
  // Asynchronously, as a failed connection is reported: a thrown error would crash the caller.
  process.nextTick(() => this.destroy(error));
  return this;
};

// net.connect and tls.connect end in Socket.prototype.connect; they are wrapped too so the refusal is the
// same whichever entry point a library uses, and no TLS handshake is even prepared.
for (const [module, name] of [
  [net, "connect"],
  [net, "createConnection"],
  [tls, "connect"],
]) {
  const original = module[name];
  module[name] = function guardedEntry(...args) {
    const target = targetOf(args);
    if (target === null || isLoopback(target.host)) return original.apply(this, args);
    const socket = new net.Socket();
    process.nextTick(() => socket.destroy(refusal(`${target.host}:${target.port}`, "connection to")));
    return socket;
  };
}

const lookup = dns.lookup;
dns.lookup = function guardedLookup(hostname, options, callback) {
  if (isLoopback(hostname)) return lookup.call(this, hostname, options, callback);
  const done = typeof options === "function" ? options : callback;
  const error = refusal(hostname, "DNS look-up of");
  process.nextTick(() => done(error));
  return {};
};

const promisedLookup = dns.promises.lookup;
dns.promises.lookup = function guardedPromisedLookup(hostname, options) {
  if (isLoopback(hostname)) return promisedLookup.call(this, hostname, options);
  return Promise.reject(refusal(hostname, "DNS look-up of"));
};

/** listen(port[, backlog][, cb]) or listen({ port }) without a host: the same on 127.0.0.1. */
const listen = net.Server.prototype.listen;
net.Server.prototype.listen = function loopbackListen(...args) {
  const [first, second] = args;
  if (typeof first === "number" && typeof second !== "string")
    return listen.call(this, first, "127.0.0.1", ...args.slice(1));
  const bare = first !== null && typeof first === "object" && !Array.isArray(first);
  if (
    bare &&
    first.host === undefined &&
    first.path === undefined &&
    first.fd === undefined &&
    first.handle === undefined
  ) {
    return listen.call(this, { ...first, host: "127.0.0.1" }, ...args.slice(1));
  }
  return listen.apply(this, args);
};

module.exports = { isLoopback };
