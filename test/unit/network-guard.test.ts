import { execFileSync } from "node:child_process";
import { NETWORK_GUARD } from "../../scripts/try/playground";

/**
 * The guard of `npm run try`, in a child process. Tripwires stand in for node's own connect and look-up
 * under the guard: whatever the guard lets through lands on them and is recorded, so no packet is ever
 * sent, whether the guard refuses or not.
 */
const SCRIPT = `
const dns = require("node:dns");
const http = require("node:http");
const net = require("node:net");
const tls = require("node:tls");
const passed = [];
net.Socket.prototype.connect = function (...args) {
  const first = Array.isArray(args[0]) ? args[0][0] : args[0];
  passed.push("connect " + (typeof first === "object" ? first.host : args[1]));
  process.nextTick(() => this.destroy(new Error("tripwire")));
  return this;
};
const realLookup = dns.lookup;
dns.lookup = (host, options, callback) => {
  // An address needs no resolver: listen() looks up "127.0.0.1" itself.
  if (net.isIP(host)) return realLookup(host, options, callback);
  passed.push("lookup " + host);
  (callback ?? options)(new Error("tripwire"));
};
dns.promises.lookup = async (host) => {
  passed.push("lookup " + host);
  throw new Error("tripwire");
};
require(process.argv[1]);

const failure = (start) =>
  new Promise((resolve) => {
    try {
      start(resolve);
    } catch (error) {
      resolve("threw " + error.message);
    }
  }).then((error) => (typeof error === "string" ? error : error.code + " " + error.message));
const onError = (socket, resolve) => socket.once("error", resolve);

(async () => {
  const refused = [
    await failure((r) => onError(net.connect(80, "169.254.169.254"), r)),
    await failure((r) => onError(tls.connect({ host: "telemetry.invalid", port: 443 }), r)),
    await failure((r) => onError(new net.Socket().connect({ host: "2001:db8::1", port: 443 }), r)),
    await failure((r) => http.get("http://metadata.invalid/").once("error", r)),
    await failure((r) => fetch("https://telemetry.invalid/").catch((e) => r(e.cause ?? e))),
    await failure((r) => dns.lookup("telemetry.invalid", r)),
    await failure((r) => dns.promises.lookup("telemetry.invalid").catch(r)),
  ];
  await failure((r) => onError(net.connect(1, "127.0.0.2"), r));
  await failure((r) => onError(net.connect({ port: 1, host: "localhost" }), r));
  await failure((r) => onError(net.connect(1, "::1"), r));
  await failure((r) => dns.lookup("localhost", r));
  const server = net.createServer();
  await new Promise((resolve) => server.listen(0, resolve));
  const bound = server.address().address;
  server.close();
  process.stdout.write(JSON.stringify({ refused, passed, bound }));
})();
`;

describe("the network guard of npm run try", () => {
  const run = () => {
    const out = execFileSync(process.execPath, ["-e", SCRIPT, NETWORK_GUARD], { encoding: "utf8", stdio: "pipe" });
    return JSON.parse(out) as { refused: string[]; passed: string[]; bound: string };
  };

  it("refuses every connection and look-up off loopback with a clear error, and lets loopback through", () => {
    const { refused, passed, bound } = run();
    expect(refused).toHaveLength(7);
    for (const line of refused) {
      expect(line).toMatch(
        /^ECONNREFUSED network guard: .* refused: only loopback \(127\.0\.0\.0\/8, ::1, localhost\)/,
      );
    }
    expect(refused.join("\n")).toMatch(/169\.254\.169\.254:80[\s\S]*telemetry\.invalid:443[\s\S]*2001:db8::1:443/);
    expect(passed).toEqual(["connect 127.0.0.2", "connect localhost", "connect ::1", "lookup localhost"]);
    expect(bound).toBe("127.0.0.1");
  });
});
