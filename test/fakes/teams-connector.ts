import http from "node:http";
import type { AddressInfo } from "node:net";

/** A fake Bot Connector: what the bot sends to Teams lands here, on 127.0.0.1. */

export interface ConnectorCall {
  readonly method: string;
  readonly path: string;
  readonly conversationId?: string;
  readonly activityId?: string;
  readonly body: unknown;
  readonly authorization?: string;
  /** The HTTP status the fake answered. */
  readonly status: number;
}

type Json = any;

export interface SentActivity {
  /** The id the fake gave the new activity. */
  readonly id: string;
  readonly conversationId: string;
  /** Set when posted to /activities/{replyToId} (Bot Framework's "reply to activity"). */
  readonly replyToId?: string;
  readonly activity: Json;
}

export interface UpdatedActivity {
  readonly conversationId: string;
  readonly activityId: string;
  readonly activity: Json;
}

export interface CreatedConversation {
  readonly id: string;
  readonly request: Json;
}

export interface FakeMember {
  readonly id: string;
  readonly name?: string;
  readonly email?: string;
  readonly userPrincipalName?: string;
  readonly aadObjectId?: string;
  readonly tenantId?: string;
}

export interface Failure {
  readonly status: number;
  /** Seconds, sent as Retry-After. */
  readonly retryAfter?: number;
  /** Error code in the connector's error body, e.g. "BotDisabledByAdmin". */
  readonly code?: string;
}

export interface FakeTeamsConnector {
  /** Ends with "/", like the serviceUrl Teams puts in activities (it has a path, like /emea/). */
  readonly serviceUrl: string;
  sent(): SentActivity[];
  updates(): UpdatedActivity[];
  conversations(): CreatedConversation[];
  calls(): ConnectorCall[];
  addMember(member: FakeMember): void;
  /** Answer the next `count` calls (any route) with this failure. */
  failNext(count: number, failure: Failure): void;
  /** Resolves with the first truthy value of probe(), checked now and after every call the fake receives. */
  waitFor<T>(probe: () => T | undefined | null | false, timeoutMs?: number): Promise<T>;
  reset(): void;
  close(): Promise<void>;
}

const PREFIX = "/emea";

function readBody(req: http.IncomingMessage): Promise<Json> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const raw = Buffer.concat(chunks).toString("utf8");
      try {
        resolve(raw ? JSON.parse(raw) : undefined);
      } catch (error) {
        reject(error);
      }
    });
    req.on("error", reject);
  });
}

function reply(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { "content-type": "application/json", ...headers });
  res.end(body === undefined ? "" : JSON.stringify(body));
}

export async function startFakeTeamsConnector(): Promise<FakeTeamsConnector> {
  let sent: SentActivity[] = [];
  let updates: UpdatedActivity[] = [];
  let created: CreatedConversation[] = [];
  let calls: ConnectorCall[] = [];
  let failures: Failure[] = [];
  const members = new Map<string, FakeMember>();
  const waiters = new Set<() => void>();
  let seq = 0;

  const route = (method: string, path: string, body: Json): { status: number; body?: unknown } => {
    const parts = path.split("/").map(decodeURIComponent);
    // ["", "v3", "conversations", id?, "activities" | "members", id?]
    const [, v3, conversationsSegment, conversationId, collection, itemId] = parts;
    if (v3 !== "v3" || conversationsSegment !== "conversations") return { status: 404 };
    if (method === "POST" && conversationId === undefined) {
      const id = `a:fake-conversation-${++seq}`;
      created.push({ id, request: body });
      return { status: 201, body: { id, activityId: undefined, serviceUrl: undefined } };
    }
    if (conversationId === undefined) return { status: 404 };
    if (collection === "activities" && method === "POST") {
      const id = `fake-activity-${++seq}`;
      sent.push({ id, conversationId, replyToId: itemId, activity: body });
      return { status: 201, body: { id } };
    }
    if (collection === "activities" && method === "PUT" && itemId) {
      updates.push({ conversationId, activityId: itemId, activity: body });
      return { status: 200, body: { id: itemId } };
    }
    if (collection === "activities" && method === "DELETE" && itemId) return { status: 200 };
    if (collection === "members" && method === "GET") {
      if (itemId === undefined) return { status: 200, body: [...members.values()] };
      const member = members.get(itemId);
      if (member) return { status: 200, body: { name: "", ...member } };
      return { status: 404, body: { error: { code: "MemberNotFoundInConversation", message: "Member not found" } } };
    }
    return { status: 404 };
  };

  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const body = await readBody(req).catch(() => undefined);
    const path = url.pathname.startsWith(PREFIX) ? url.pathname.slice(PREFIX.length) : "/not-under-service-url";
    const [, , , conversationId, , activityId] = path.split("/").map(decodeURIComponent);
    const failure = failures.shift();
    const result = failure
      ? {
          status: failure.status,
          body: { error: { code: failure.code ?? `Http${failure.status}`, message: "injected by the fake" } },
        }
      : route(req.method ?? "GET", path, body);
    calls.push({
      method: req.method ?? "GET",
      path,
      conversationId,
      activityId,
      body,
      authorization: req.headers.authorization,
      status: result.status,
    });
    const headers: Record<string, string> =
      failure?.retryAfter !== undefined ? { "retry-after": `${failure.retryAfter}` } : {};
    reply(res, result.status, result.body, headers);
    for (const wake of [...waiters]) wake();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    serviceUrl: `http://127.0.0.1:${port}${PREFIX}/`,
    sent: () => [...sent],
    updates: () => [...updates],
    conversations: () => [...created],
    calls: () => [...calls],
    addMember: (member) => {
      members.set(member.id, member);
    },
    failNext: (count, failure) => {
      for (let i = 0; i < count; i++) failures.push(failure);
    },
    waitFor: <T>(probe: () => T | undefined | null | false, timeoutMs = 5000) =>
      new Promise<T>((resolve, reject) => {
        const check = () => {
          const value = probe();
          if (!value) return false;
          waiters.delete(check);
          clearTimeout(timer);
          resolve(value);
          return true;
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`fake Teams connector: condition not met within ${timeoutMs} ms`));
        }, timeoutMs);
        if (!check()) waiters.add(check);
      }),
    reset: () => {
      sent = [];
      updates = [];
      created = [];
      calls = [];
      failures = [];
      members.clear();
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
