import http from "node:http";
import type { AddressInfo } from "node:net";
import querystring from "node:querystring";
import { checkMessageBlocks, checkView } from "./slack-block-kit-limits";
import { type FakeSlackUser, FakeSlackWorkspace, type SharedFile, type UploadedFile } from "./slack-workspace";

export type { FakeSlackUser, SharedFile, UploadedFile };

type Json = Record<string, unknown>;

export interface RecordedCall {
  method: string;
  args: Json;
  /** Bearer token of the call (or its `token` argument). */
  token: string | undefined;
  status: number;
  response: Json;
  /** Date.now() when the call arrived. */
  at: number;
}

export interface BlockRejection {
  method: string;
  problems: string[];
}

export type MethodHandler = (args: Json) => Json;

export interface FakeSlackOptions {
  /** When set, any other token gets `invalid_auth`, as Slack would. */
  botToken?: string;
  /** The app-level token apps.connections.open takes (Socket Mode). */
  appToken?: string;
  team?: { id: string; domain: string };
  bot?: { userId: string; botId: string };
}

const MESSAGE_METHODS = new Set(["chat.postMessage", "chat.postEphemeral", "chat.update", "chat.scheduleMessage"]);
const VIEW_METHODS = new Set(["views.open", "views.push", "views.update", "views.publish"]);

/** Form values that the Web API client JSON-encodes (blocks, view, files…) come back as objects. */
function decodeForm(raw: string): Json {
  const out: Json = {};
  for (const [key, value] of Object.entries(querystring.parse(raw))) {
    const v = Array.isArray(value) ? value[value.length - 1] : value;
    if (typeof v === "string" && (v.startsWith("{") || v.startsWith("["))) {
      try {
        out[key] = JSON.parse(v);
        continue;
      } catch {}
    }
    out[key] = v;
  }
  return out;
}

async function readBody(req: http.IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** A fake Slack Web API on 127.0.0.1 that records every call and answers like Slack. */
export class FakeSlackWebApi {
  readonly rejections: BlockRejection[] = [];
  readonly workspace: FakeSlackWorkspace;
  private recorded: RecordedCall[] = [];
  private failures = new Map<string, { error: string; times: number }>();
  private rateLimits = new Map<string, { times: number; retryAfter: number }>();
  private handlers = new Map<string, MethodHandler>();
  private waiters = new Set<() => void>();

  private constructor(
    private readonly server: http.Server,
    private readonly options: FakeSlackOptions,
  ) {
    this.workspace = new FakeSlackWorkspace(
      options.team ?? { id: "T0EXPECT", domain: "daect" },
      options.bot ?? { userId: "U0BOT", botId: "B0BOT" },
      (fileId) => `${this.origin}/upload/${fileId}`,
      (fileId, name) => `${this.origin}/files-pri/${fileId}/${encodeURIComponent(name)}`,
    );
  }

  static async start(options: FakeSlackOptions = {}): Promise<FakeSlackWebApi> {
    let fake: FakeSlackWebApi | undefined;
    const server = http.createServer((req, res) => {
      fake?.handle(req, res).catch((error: Error) => {
        res.writeHead(500, { "content-type": "text/plain" });
        res.end(error.stack);
      });
    });
    fake = new FakeSlackWebApi(server, options);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    return fake;
  }

  get origin(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** A response_url for a slash command or an action: what the bot posts there is recorded as method "response_url". */
  responseUrl(id = "r"): string {
    return `${this.origin}/respond/${id}`;
  }

  /** The Web API base URL to give the bot (SLACK_API_URL), ending in /api/. */
  get url(): string {
    return `${this.origin}/api/`;
  }

  get botUserId(): string {
    return this.workspace.bot.userId;
  }

  /** Files completed through files.completeUploadExternal, with their bytes. */
  get uploads(): readonly UploadedFile[] {
    return this.workspace.uploads;
  }

  /** Registers a user for users.info / users.lookupByEmail. */
  addUser(user: FakeSlackUser): void {
    this.workspace.users.set(user.id, user);
  }

  /** Answers `ok:false` with `error` for the next `times` calls of `method` (every call when times is omitted). */
  failWith(method: string, error: string, times = Number.POSITIVE_INFINITY): void {
    this.failures.set(method, { error, times });
  }

  /** Answers HTTP 429 with `Retry-After: retryAfterSeconds` for the next `times` calls of `method`. */
  rateLimit(method: string, times: number, retryAfterSeconds = 1): void {
    this.rateLimits.set(method, { times, retryAfter: retryAfterSeconds });
  }

  /** Replaces the built-in answer of a method (its `ok:true` is added). */
  on(method: string, handler: MethodHandler): void {
    this.handlers.set(method, handler);
  }

  calls(method?: string): RecordedCall[] {
    return method ? this.recorded.filter((c) => c.method === method) : [...this.recorded];
  }

  /** The first call of `method` (answered or not) that matches, waiting for it up to `timeoutMs`. */
  waitFor(method: string, predicate: (call: RecordedCall) => boolean = () => true, timeoutMs = 2000) {
    const find = () => this.recorded.find((c) => c.method === method && predicate(c));
    return new Promise<RecordedCall>((resolve, reject) => {
      const found = find();
      if (found) return resolve(found);
      const check = () => {
        const call = find();
        if (!call) return;
        clearTimeout(timer);
        this.waiters.delete(check);
        resolve(call);
      };
      const timer = setTimeout(() => {
        this.waiters.delete(check);
        const seen = this.recorded.map((c) => c.method).join(", ") || "none";
        reject(new Error(`no matching ${method} call within ${timeoutMs} ms (calls so far: ${seen})`));
      }, timeoutMs);
      this.waiters.add(check);
    });
  }

  /** Forgets calls, rejections, uploads, failures, rate limits and overrides; keeps the registered users. */
  reset(): void {
    this.recorded = [];
    this.rejections.length = 0;
    this.workspace.reset();
    this.failures.clear();
    this.rateLimits.clear();
    this.handlers.clear();
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const path = new URL(req.url ?? "/", this.origin).pathname;
    const raw = await readBody(req);
    if (path.startsWith("/upload/")) return this.receiveUpload(path.slice("/upload/".length), req, raw, res);
    if (path.startsWith("/respond/")) return this.receiveResponse(path, raw, res);
    if (path.startsWith("/files-pri/")) return this.serveFile(path.split("/")[2] ?? "", req, res);
    if (!path.startsWith("/api/")) {
      res.writeHead(404).end();
      return;
    }
    const method = path.slice("/api/".length);
    const args = await this.parseArgs(req, raw);
    const auth = req.headers.authorization;
    const token = auth?.startsWith("Bearer ") ? auth.slice(7) : typeof args.token === "string" ? args.token : undefined;
    const { status, body, headers } = this.answer(method, args, token);
    this.recorded.push({ method, args, token, status, response: body, at: Date.now() });
    res.writeHead(status, { "content-type": "application/json; charset=utf-8", ...headers });
    res.end(JSON.stringify(body));
    for (const waiter of [...this.waiters]) waiter();
  }

  private async parseArgs(req: http.IncomingMessage, raw: Buffer): Promise<Json> {
    const type = req.headers["content-type"] ?? "";
    if (raw.length === 0) return {};
    if (type.startsWith("application/json")) return JSON.parse(raw.toString("utf8")) as Json;
    if (type.startsWith("multipart/form-data")) {
      const form = await new Response(raw, { headers: { "content-type": type } }).formData();
      const out: Json = {};
      form.forEach((value, key) => {
        out[key] = typeof value === "string" ? value : `[file ${value.name}, ${value.size} bytes]`;
      });
      return out;
    }
    return decodeForm(raw.toString("utf8"));
  }

  private answer(method: string, args: Json, token: string | undefined) {
    const limit = this.rateLimits.get(method);
    if (limit && limit.times > 0) {
      limit.times -= 1;
      return {
        status: 429,
        body: { ok: false, error: "ratelimited" },
        headers: { "retry-after": String(limit.retryAfter) },
      };
    }
    const reply = (body: Json) => ({ status: 200, body, headers: {} });
    if (!token) return reply({ ok: false, error: "not_authed" });
    // Socket Mode opens its connection with the app-level token (xapp-…), every other method takes the bot's.
    const expected = method === "apps.connections.open" ? this.options.appToken : this.options.botToken;
    if (expected && token !== expected) return reply({ ok: false, error: "invalid_auth" });
    const failure = this.failures.get(method);
    if (failure && failure.times > 0) {
      failure.times -= 1;
      return reply({ ok: false, error: failure.error });
    }
    const problems = MESSAGE_METHODS.has(method)
      ? checkMessageBlocks(args.blocks)
      : VIEW_METHODS.has(method)
        ? checkView(args.view)
        : [];
    if (problems.length > 0) {
      this.rejections.push({ method, problems });
      return reply({
        ok: false,
        error: "invalid_blocks",
        errors: problems,
        response_metadata: { messages: problems.map((p) => `[ERROR] ${p}`) },
      });
    }
    const custom = this.handlers.get(method);
    return reply(custom ? { ok: true, ...custom(args) } : this.workspace.answer(method, args));
  }

  /** Slack answers a response_url post with a bare "ok", and refuses blocks beyond its limits like chat.postMessage. */
  private receiveResponse(path: string, raw: Buffer, res: http.ServerResponse): void {
    const args = raw.length ? (JSON.parse(raw.toString("utf8")) as Json) : {};
    const problems = checkMessageBlocks(args.blocks);
    if (problems.length > 0) this.rejections.push({ method: "response_url", problems });
    const status = problems.length > 0 ? 400 : 200;
    const response = { ok: status === 200, path };
    this.recorded.push({ method: "response_url", args, token: undefined, status, response, at: Date.now() });
    res.writeHead(status, { "content-type": "text/plain" }).end(status === 200 ? "ok" : "invalid_blocks");
    for (const waiter of [...this.waiters]) waiter();
  }

  /** Slack serves a private file to a request bearing a token of the workspace only, as this does. */
  private serveFile(fileId: string, req: http.IncomingMessage, res: http.ServerResponse): void {
    const file = this.workspace.shared.get(fileId);
    const auth = req.headers.authorization;
    const authorised = auth === `Bearer ${this.options.botToken}` || (!this.options.botToken && Boolean(auth));
    this.recorded.push({
      method: "file_download",
      args: { fileId },
      token: auth?.slice(7),
      status: file && authorised ? 200 : 404,
      response: {},
      at: Date.now(),
    });
    if (!file || !authorised) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": "application/octet-stream" }).end(file.bytes);
  }

  private async receiveUpload(fileId: string, req: http.IncomingMessage, raw: Buffer, res: http.ServerResponse) {
    const type = req.headers["content-type"] ?? "";
    let bytes = raw;
    if (type.startsWith("multipart/form-data")) {
      const form = await new Response(raw, { headers: { "content-type": type } }).formData();
      const part = [...form.values()][0] ?? "";
      bytes = typeof part === "string" ? Buffer.from(part) : Buffer.from(await part.arrayBuffer());
    }
    if (!this.workspace.storeUpload(fileId, bytes)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": "text/plain" }).end(`OK - ${bytes.length}`);
  }
}
