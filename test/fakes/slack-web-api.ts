import http from "node:http";
import type { AddressInfo } from "node:net";
import querystring from "node:querystring";
import { DateTime } from "luxon";
import { checkMessageBlocks, checkView } from "./slack-block-kit-limits";

type Json = Record<string, unknown>;

export interface FakeSlackUser {
  id: string;
  email?: string;
  /** Slack returns it only when the caller asks `include_locale: true`. */
  locale?: string;
  tz?: string;
  name?: string;
  realName?: string;
  isBot?: boolean;
  deleted?: boolean;
}

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

export interface UploadedFile {
  fileId: string;
  filename: string;
  length: number;
  bytes: Buffer;
  channelId?: string;
  title?: string;
  initialComment?: string;
}

export type MethodHandler = (args: Json) => Json;

export interface FakeSlackOptions {
  /** When set, any other token gets `invalid_auth`, as Slack would. */
  botToken?: string;
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
  readonly users = new Map<string, FakeSlackUser>();
  readonly rejections: BlockRejection[] = [];
  readonly uploads: UploadedFile[] = [];
  private recorded: RecordedCall[] = [];
  private failures = new Map<string, { error: string; times: number }>();
  private rateLimits = new Map<string, { times: number; retryAfter: number }>();
  private handlers = new Map<string, MethodHandler>();
  private pendingUploads = new Map<string, UploadedFile>();
  private waiters = new Set<() => void>();
  private counter = 0;
  private readonly team: { id: string; domain: string };
  private readonly bot: { userId: string; botId: string };

  private constructor(
    private readonly server: http.Server,
    private readonly options: FakeSlackOptions,
  ) {
    this.team = options.team ?? { id: "T0EXPECT", domain: "daect" };
    this.bot = options.bot ?? { userId: "U0BOT", botId: "B0BOT" };
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

  /** The Web API base URL to give the bot (SLACK_API_URL), ending in /api/. */
  get url(): string {
    return `${this.origin}/api/`;
  }

  get botUserId(): string {
    return this.bot.userId;
  }

  addUser(user: FakeSlackUser): void {
    this.users.set(user.id, user);
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

  reset(): void {
    this.recorded = [];
    this.rejections.length = 0;
    this.uploads.length = 0;
    this.failures.clear();
    this.rateLimits.clear();
    this.handlers.clear();
    this.pendingUploads.clear();
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private nextId(prefix: string): string {
    this.counter += 1;
    return `${prefix}${String(this.counter).padStart(8, "0")}`;
  }

  private nextTs(): string {
    this.counter += 1;
    return `${Math.floor(Date.now() / 1000)}.${String(this.counter).padStart(6, "0")}`;
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const path = new URL(req.url ?? "/", this.origin).pathname;
    const raw = await readBody(req);
    if (path.startsWith("/upload/")) return this.receiveUpload(path.slice("/upload/".length), req, raw, res);
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
    if (this.options.botToken && token !== this.options.botToken) return reply({ ok: false, error: "invalid_auth" });
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
    return reply(custom ? { ok: true, ...custom(args) } : this.builtIn(method, args));
  }

  private dmChannelOf(userId: string): string {
    return `D${userId.replace(/^[UW]/, "")}`;
  }

  private channelArg(args: Json): string {
    const channel = String(args.channel ?? args.channel_id ?? "");
    return /^[UW]/.test(channel) ? this.dmChannelOf(channel) : channel;
  }

  private builtIn(method: string, args: Json): Json {
    switch (method) {
      case "api.test":
        return { ok: true, args };
      case "auth.test":
        return {
          ok: true,
          url: `https://${this.team.domain}.slack.com/`,
          team: "DAECT",
          user: "expect-bot",
          team_id: this.team.id,
          user_id: this.bot.userId,
          bot_id: this.bot.botId,
          is_enterprise_install: false,
        };
      case "chat.postMessage":
      case "chat.scheduleMessage": {
        if (!args.channel) return { ok: false, error: "channel_not_found" };
        if (!args.text && !args.blocks && !args.attachments) return { ok: false, error: "no_text" };
        const ts = this.nextTs();
        const message = { type: "message", text: args.text, blocks: args.blocks, user: this.bot.userId, ts };
        return { ok: true, channel: this.channelArg(args), ts, message };
      }
      case "chat.postEphemeral":
        if (!args.channel || !args.user) return { ok: false, error: "channel_not_found" };
        return { ok: true, message_ts: this.nextTs() };
      case "chat.update":
        if (!args.ts) return { ok: false, error: "message_not_found" };
        return { ok: true, channel: this.channelArg(args), ts: args.ts, text: args.text };
      case "chat.delete":
        return { ok: true, channel: this.channelArg(args), ts: args.ts };
      case "chat.getPermalink":
        return {
          ok: true,
          permalink: `https://${this.team.domain}.slack.com/archives/${args.channel}/p${args.message_ts}`,
        };
      case "conversations.open": {
        const users = String(args.users ?? "")
          .split(",")
          .filter(Boolean);
        if (users.length === 0 && !args.channel) return { ok: false, error: "users_list_not_supplied" };
        const id = users.length === 1 ? this.dmChannelOf(users[0] as string) : `G${users.join("").replace(/U/g, "")}`;
        return { ok: true, channel: { id, is_im: users.length === 1 } };
      }
      case "views.open":
      case "views.push":
      case "views.update":
      case "views.publish": {
        if (method === "views.open" || method === "views.push") {
          if (!args.trigger_id && !args.interactivity_pointer) return { ok: false, error: "invalid_trigger_id" };
        }
        const id = typeof args.view_id === "string" ? args.view_id : this.nextId("V");
        const view = { ...(args.view as Json), id, team_id: this.team.id, hash: this.nextId("h") };
        return { ok: true, view };
      }
      case "users.info":
        return this.userInfo(args);
      case "users.lookupByEmail": {
        const email = String(args.email ?? "").toLowerCase();
        const user = [...this.users.values()].find((u) => u.email?.toLowerCase() === email);
        return user ? this.userInfo({ user: user.id, include_locale: true }) : { ok: false, error: "users_not_found" };
      }
      case "files.getUploadURLExternal": {
        const length = Number(args.length);
        if (!args.filename || !Number.isFinite(length) || length <= 0) return { ok: false, error: "invalid_arguments" };
        const fileId = this.nextId("F");
        this.pendingUploads.set(fileId, { fileId, filename: String(args.filename), length, bytes: Buffer.alloc(0) });
        return { ok: true, upload_url: `${this.origin}/upload/${fileId}`, file_id: fileId };
      }
      case "files.completeUploadExternal":
        return this.completeUploads(args);
      default:
        return { ok: false, error: "unknown_method" };
    }
  }

  private userInfo(args: Json): Json {
    const user = this.users.get(String(args.user ?? ""));
    if (!user) return { ok: false, error: "user_not_found" };
    const tz = user.tz ?? "Europe/Paris";
    const withLocale = args.include_locale === true || args.include_locale === "true";
    return {
      ok: true,
      user: {
        id: user.id,
        team_id: this.team.id,
        name: user.name ?? user.id.toLowerCase(),
        real_name: user.realName ?? user.name ?? user.id,
        deleted: user.deleted ?? false,
        is_bot: user.isBot ?? false,
        tz,
        tz_label: tz,
        tz_offset: DateTime.now().setZone(tz).offset * 60,
        ...(withLocale && user.locale ? { locale: user.locale } : {}),
        profile: {
          real_name: user.realName ?? user.name ?? user.id,
          display_name: user.name ?? "",
          ...(user.email ? { email: user.email } : {}),
        },
      },
    };
  }

  private async receiveUpload(fileId: string, req: http.IncomingMessage, raw: Buffer, res: http.ServerResponse) {
    const pending = this.pendingUploads.get(fileId);
    if (!pending) {
      res.writeHead(404).end();
      return;
    }
    const type = req.headers["content-type"] ?? "";
    let bytes = raw;
    if (type.startsWith("multipart/form-data")) {
      const form = await new Response(raw, { headers: { "content-type": type } }).formData();
      const part = [...form.values()][0] ?? "";
      bytes = typeof part === "string" ? Buffer.from(part) : Buffer.from(await part.arrayBuffer());
    }
    pending.bytes = bytes;
    res.writeHead(200, { "content-type": "text/plain" }).end(`OK - ${bytes.length}`);
  }

  private completeUploads(args: Json): Json {
    const files = Array.isArray(args.files) ? (args.files as Json[]) : [];
    if (files.length === 0) return { ok: false, error: "invalid_arguments" };
    const done: Json[] = [];
    for (const f of files) {
      const pending = this.pendingUploads.get(String(f.id));
      if (!pending || pending.bytes.length === 0) return { ok: false, error: "file_not_found" };
      if (pending.bytes.length !== pending.length) return { ok: false, error: "file_upload_size_mismatch" };
      this.pendingUploads.delete(pending.fileId);
      const channelId = args.channel_id ? this.channelArg({ channel: args.channel_id }) : undefined;
      const title = typeof f.title === "string" ? f.title : pending.filename;
      this.uploads.push({
        ...pending,
        title,
        ...(channelId ? { channelId } : {}),
        ...(typeof args.initial_comment === "string" ? { initialComment: args.initial_comment } : {}),
      });
      done.push({ id: pending.fileId, name: pending.filename, title, size: pending.length });
    }
    return { ok: true, files: done };
  }
}
