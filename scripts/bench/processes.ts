import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";

/**
 * The servers of the bench, each a child process started as a person or a deployment would start it. What they
 * cost is read from /proc, not asked of them: CPU is the sum of every thread's time on a CPU (schedstat,
 * nanoseconds, what process.cpuUsage() adds up too), memory the resident set (VmRSS).
 */
export interface Server {
  readonly name: string;
  readonly child: ChildProcess;
  readonly pid: number;
  readonly baseUrl: string;
  /** Milliseconds from spawn to the first 200 on GET /healthz. */
  readonly coldStartMs: number;
  /** CPU milliseconds the whole tree used until then (npm and the scripts it ran included): load moves it less. */
  readonly coldStartCpuMs: number;
  /** The last 4 000 characters the server wrote, and how it ended if it did: what to show when a batch fails. */
  lastWords(): string;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Spawns `command` in its own process group (so npm and what it runs stop together) and waits for /healthz. */
export async function startServer(
  name: string,
  command: string,
  args: string[],
  options: { cwd: string; env: Record<string, string>; port: number },
): Promise<Server> {
  const started = performance.now();
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: { ...options.env, PORT: String(options.port) },
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4000);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const baseUrl = `http://127.0.0.1:${options.port}`;
  const exited = new Promise<never>((_, reject) =>
    child.once("exit", (code) => reject(new Error(`${name} exited (${code}) before /healthz answered:\n${output}`))),
  );
  const healthy = (async () => {
    for (;;) {
      try {
        if ((await fetch(`${baseUrl}/healthz`)).status === 200) return performance.now() - started;
      } catch {
        // not listening yet
      }
      await sleep(5);
    }
  })();
  const coldStartMs = await Promise.race([healthy, exited]);
  const pid = child.pid as number;
  const coldStartCpuMs = processTree(pid).reduce((sum, p) => sum + lifetimeCpuMs(p), 0);
  return {
    name,
    child,
    pid,
    baseUrl,
    coldStartMs,
    coldStartCpuMs,
    lastWords: () =>
      `${name}: ${child.exitCode === null && child.signalCode === null ? "running" : `ended (${child.exitCode ?? child.signalCode})`}\n${output}`,
    async stop() {
      const running = () => child.exitCode === null && child.signalCode === null;
      if (!running()) return;
      const gone = new Promise((resolve) => child.once("exit", resolve));
      process.kill(-pid, "SIGTERM");
      await Promise.race([gone, sleep(5000)]);
      if (running()) process.kill(-pid, "SIGKILL");
    },
  };
}

/** CPU milliseconds used so far by every thread of `pid`. */
export function cpuMs(pid: number): number {
  let ns = 0;
  for (const task of fs.readdirSync(`/proc/${pid}/task`)) {
    try {
      ns += Number(fs.readFileSync(`/proc/${pid}/task/${task}/schedstat`, "utf8").split(" ")[0]);
    } catch {
      // the thread ended between the listing and the read
    }
  }
  return ns / 1e6;
}

const TICKS_PER_SECOND = Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }));

/** CPU milliseconds of `pid` and of the children it has reaped (utime, stime, cutime, cstime of /proc/pid/stat). */
function lifetimeCpuMs(pid: number): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
  // Fields after the command name, which is in parentheses and may hold spaces: utime is the 14th field.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  const ticks = fields.slice(11, 15).reduce((sum, f) => sum + Number(f), 0);
  return (ticks * 1000) / TICKS_PER_SECOND;
}

/** Resident set of `pid`, in MB. */
export function rssMb(pid: number): number {
  const kb = /VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
  return Number(kb ?? 0) / 1024;
}

/** `pid` and its descendants. */
export function processTree(pid: number): number[] {
  const children = fs
    .readdirSync(`/proc/${pid}/task`)
    .flatMap((task) => fs.readFileSync(`/proc/${pid}/task/${task}/children`, "utf8").trim().split(/\s+/))
    .filter(Boolean)
    .map(Number);
  return [pid, ...children.flatMap(processTree)];
}

/** The process that serves in the tree of `pid`: the one listening is the deepest node; npm and sh are above it. */
export function servingProcess(pid: number): number {
  return processTree(pid).at(-1) as number;
}

/** Waits until `pid` stops using CPU (less than 1 ms in 40 ms), so a batch's background work is counted in it. */
export async function settle(pid: number, maxMs = 3000): Promise<void> {
  const deadline = performance.now() + maxMs;
  let last = cpuMs(pid);
  while (performance.now() < deadline) {
    await sleep(40);
    const now = cpuMs(pid);
    if (now - last < 1) return;
    last = now;
  }
}

export { sleep };
