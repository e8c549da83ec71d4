/** A seeded generator and JSON mutations for the fuzz tests: the same seed gives the same requests on every run. */

export interface Rng {
  /** A float in [0, 1). */
  next(): number;
  int(maxExclusive: number): number;
  pick<T>(list: readonly T[]): T;
  chance(p: number): boolean;
}

/** mulberry32: a tiny 32-bit PRNG, enough to spread cases and to be reproduced from its seed. */
export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (max: number) => Math.floor(next() * max);
  return { next, int, pick: (list) => list[int(list.length)] as never, chance: (p) => next() < p };
}

/** Values that are the wrong type, or the right type with the wrong content, for any field. */
export function garbage(rng: Rng): unknown {
  return rng.pick<() => unknown>([
    () => null,
    () => undefined,
    () => 0,
    () => -1,
    () => 1e308,
    () => true,
    () => "",
    () => " ",
    () => "x".repeat(20_000),
    () => "é🙂\u202e<!channel>".repeat(500),
    () => "{not json",
    () => "null",
    () => "__proto__",
    () => "unknown_id_42",
    () => "cm0000000000000000000000",
    () => [],
    () => [null],
    () => [1, "a", {}],
    () => ({}),
    () => ({ nested: { deeper: [1] } }),
    () => ({ __proto__: { polluted: true } }),
  ])();
}

type Json = Record<string, unknown> | unknown[];

/** Every path to a value inside a JSON value, the root excluded. */
export function pathsOf(value: unknown, prefix: (string | number)[] = [], out: (string | number)[][] = []) {
  if (value === null || typeof value !== "object") return out;
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  for (const [key, child] of entries) {
    const path = [...prefix, key];
    out.push(path);
    if (out.length < 2000) pathsOf(child, path, out);
  }
  return out;
}

function parentOf(root: Json, path: (string | number)[]): Json | undefined {
  let node: unknown = root;
  for (const key of path.slice(0, -1)) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node !== null && typeof node === "object" ? (node as Json) : undefined;
}

/** One random change somewhere in the value: a field dropped, replaced by garbage, wrapped, flattened or emptied. */
export function mutateOnce(rng: Rng, root: Json, prefer?: (path: (string | number)[]) => boolean): void {
  const all = pathsOf(root);
  const preferred = prefer ? all.filter(prefer) : [];
  const paths = preferred.length > 0 && rng.chance(0.7) ? preferred : all;
  if (paths.length === 0) return;
  const path = rng.pick(paths);
  const parent = parentOf(root, path);
  if (!parent) return;
  const key = path[path.length - 1] as string | number;
  const record = parent as Record<string | number, unknown>;
  const current = record[key];
  const op = rng.int(6);
  if (op === 0) {
    if (Array.isArray(parent)) parent.splice(key as number, 1);
    else delete record[key];
  } else if (op === 1) record[key] = [current];
  else if (op === 2) record[key] = Array.isArray(current) ? Object.assign({}, current) : { value: current };
  else if (op === 3) record[key] = typeof current === "string" ? current.repeat(2000).slice(0, 30_000) : `${current}`;
  else record[key] = garbage(rng);
}

/** A mutated copy: what the payload shares with others (a constant, a built view) stays as it was. */
export function mutate<T extends Json>(
  rng: Rng,
  value: T,
  times: number,
  prefer?: (p: (string | number)[]) => boolean,
) {
  const root = structuredClone(value);
  for (let i = 0; i < times; i++) mutateOnce(rng, root, prefer);
  return root;
}

/** Every object inside a value that matches, depth first. */
export function findAll(value: unknown, match: (node: Record<string, unknown>) => boolean): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const walk = (node: unknown) => {
    if (node === null || typeof node !== "object") return;
    if (!Array.isArray(node) && match(node as Record<string, unknown>)) out.push(node as Record<string, unknown>);
    for (const child of Object.values(node)) walk(child);
  };
  walk(value);
  return out;
}

/** Replaces, throughout a JSON value, every string that is a placeholder id by one the picker gives. */
export function replaceIds<T>(value: T, pick: (placeholder: string) => string | undefined): T {
  return JSON.parse(JSON.stringify(value), (_key, v) => (typeof v === "string" ? (pick(v) ?? v) : v));
}

/** Counts replies by status, for the summary line. */
export function tally(statuses: number[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const s of statuses) out[s] = (out[s] ?? 0) + 1;
  return out;
}

/** A POST with a deadline: a hang is a failure like a 5xx, reported as status 0. */
export async function postWithin(
  url: string,
  body: string,
  headers: Record<string, string>,
  ms = 8000,
): Promise<{ status: number; text: string }> {
  try {
    const res = await fetch(url, { method: "POST", headers, body, signal: AbortSignal.timeout(ms) });
    return { status: res.status, text: await res.text() };
  } catch (error) {
    return { status: 0, text: String(error) };
  }
}
