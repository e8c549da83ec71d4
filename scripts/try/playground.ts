import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";

/** Preloaded into every process of the demo: nothing but loopback is reached (see the file). */
export const NETWORK_GUARD = path.join(__dirname, "network-guard.cjs");

const PLAYGROUND_CLI = require.resolve("@microsoft/m365agentsplayground/cli.js");
const STARTUP_TIMEOUT_MS = 60_000;

export interface RunningPlayground {
  /** The web UI, e.g. http://127.0.0.1:56150. */
  url: string;
  /** What the Playground printed, including the guard's lines about the hosts it refused. */
  output(): string;
  stop(): Promise<void>;
}

/** The preferred port if it is free on 127.0.0.1, else one the system gives. */
export async function freePort(preferred = 0): Promise<number> {
  const tryPort = (port: number) =>
    new Promise<number | null>((resolve) => {
      const server = net.createServer();
      server.once("error", () => resolve(null));
      server.listen(port, "127.0.0.1", () => {
        const { port: bound } = server.address() as net.AddressInfo;
        server.close(() => resolve(bound));
      });
    });
  return (preferred ? await tryPort(preferred) : null) ?? ((await tryPort(0)) as number);
}

/**
 * Microsoft 365 Agents Playground (the npm dev dependency) pointed at the bot, run in `workDir` (it writes
 * devTools/ there), with the network guard preloaded, no browser opened (its own switch, and a dummy xdg-open
 * first on PATH in case it tries anyway), and its mock connector announced on 127.0.0.1.
 */
export async function startPlayground(options: {
  botEndpoint: string;
  workDir: string;
  port?: number;
}): Promise<RunningPlayground> {
  const port = await freePort(options.port);
  const bin = path.join(options.workDir, "bin");
  fs.mkdirSync(bin, { recursive: true });
  fs.writeFileSync(path.join(bin, "xdg-open"), "#!/bin/sh\nexit 0\n", { mode: 0o755 });
  const base = `http://127.0.0.1:${port}`;
  const child = spawn(
    process.execPath,
    [
      "--require",
      NETWORK_GUARD,
      PLAYGROUND_CLI,
      ...["--app-endpoint", options.botEndpoint, "--channel-id", "msteams", "--port", String(port)],
      ...["--service-url", `${base}/_connector`, "--disable-telemetry"],
    ],
    {
      cwd: options.workDir,
      env: { ...process.env, PATH: `${bin}${path.delimiter}${process.env.PATH ?? ""}`, TEAMSAPPTESTER_BROWSER: "none" },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  const stop = () => stopChild(child);
  try {
    await listening(child, port, () => output);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url: base, output: () => output, stop };
}

/** Resolves once the Playground says it listens on our port; fails fast if it exits or picks another. */
function listening(child: ChildProcess, port: number, output: () => string): Promise<void> {
  return new Promise((resolve, reject) => {
    const fail = (why: string) => {
      cleanup();
      reject(new Error(`Agents Playground did not start: ${why}\n${output()}`));
    };
    const onData = () => {
      const match = /Listening on (\d+)/.exec(output());
      if (!match) return;
      cleanup();
      if (Number(match[1]) === port) resolve();
      else reject(new Error(`Agents Playground took port ${match[1]} instead of ${port}`));
    };
    const onExit = (code: number | null) => fail(`it exited (code ${code})`);
    const timer = setTimeout(() => fail(`nothing after ${STARTUP_TIMEOUT_MS / 1000} s`), STARTUP_TIMEOUT_MS);
    const cleanup = () => {
      clearTimeout(timer);
      child.stdout?.off("data", onData);
      child.off("exit", onExit);
    };
    child.stdout?.on("data", onData);
    child.once("exit", onExit);
  });
}

/** SIGTERM, then SIGKILL if it lingers: nothing is left running after the demo or its test. */
function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill("SIGKILL"), 3000);
    child.once("exit", () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill("SIGTERM");
  });
}
