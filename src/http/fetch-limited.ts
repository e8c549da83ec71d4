/**
 * Downloads a file a person sent through a chat platform: only from the platform's own file hosts (a link to any
 * other address is refused before anything is asked of it), never more than `maxBytes` (read as it streams, so
 * a file that lies about its size is cut off), with no redirect (a credential never follows it elsewhere).
 */
export type Fetched = { ok: true; bytes: Buffer } | { ok: false; reason: "host" | "too_large" | "failed" };

export interface FetchLimits {
  /** Host names, or "*.domain" for any sub-domain of domain. */
  allowedHosts: readonly string[];
  maxBytes: number;
  headers?: Record<string, string>;
}

const LOOPBACK = new Set(["127.0.0.1", "localhost", "[::1]"]);

export function isAllowedHost(url: string, allowedHosts: readonly string[]): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  const host = parsed.hostname.toLowerCase();
  // Plain http only to this machine (a test's fake platform); anything else travels encrypted.
  if (parsed.protocol !== "https:" && !(parsed.protocol === "http:" && LOOPBACK.has(host))) return false;
  return allowedHosts.some((pattern) =>
    pattern.startsWith("*.") ? host.endsWith(pattern.slice(1)) && host.length > pattern.length - 1 : host === pattern,
  );
}

export async function fetchLimited(url: string, limits: FetchLimits): Promise<Fetched> {
  if (!isAllowedHost(url, limits.allowedHosts)) return { ok: false, reason: "host" };
  let response: Response;
  try {
    response = await fetch(url, { headers: limits.headers, redirect: "error", signal: AbortSignal.timeout(60_000) });
  } catch {
    return { ok: false, reason: "failed" };
  }
  if (!response.ok || !response.body) return { ok: false, reason: "failed" };
  const declared = Number(response.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > limits.maxBytes) {
    await response.body.cancel();
    return { ok: false, reason: "too_large" };
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for await (const chunk of response.body) {
      size += chunk.length;
      // Leaving the loop cancels the stream: the rest is never read.
      if (size > limits.maxBytes) return { ok: false, reason: "too_large" };
      chunks.push(chunk);
    }
  } catch {
    return { ok: false, reason: "failed" };
  }
  return { ok: true, bytes: Buffer.concat(chunks) };
}
