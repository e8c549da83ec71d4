import { DateTime } from "luxon";

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

/** A file a person put in a form's file input: Slack holds it, the bot fetches it by id. */
export interface SharedFile {
  id: string;
  name: string;
  bytes: Buffer;
  /** Where files.info says it is; by default the fake's own download route. */
  url?: string;
  /** The size files.info gives (the real one unless a test makes Slack's answer lie). */
  size?: number;
  /** Who uploaded it (files.info's `user`). */
  user?: string;
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

/** What the fake Slack workspace knows (bot, users, files) and the built-in answer of each Web API method. */
export class FakeSlackWorkspace {
  readonly users = new Map<string, FakeSlackUser>();
  readonly uploads: UploadedFile[] = [];
  readonly shared = new Map<string, SharedFile>();
  private pendingUploads = new Map<string, UploadedFile>();
  private counter = 0;

  constructor(
    readonly team: { id: string; domain: string },
    readonly bot: { userId: string; botId: string },
    private readonly uploadUrlOf: (fileId: string) => string,
    private readonly downloadUrlOf: (fileId: string, name: string) => string,
  ) {}

  /** A file in a form's file input: its id goes in the view's state, its bytes are served to the bot's token. */
  shareFile(file: Omit<SharedFile, "id">): string {
    const id = this.nextId("F");
    this.shared.set(id, { ...file, id });
    return id;
  }

  reset(): void {
    this.uploads.length = 0;
    this.pendingUploads.clear();
    this.shared.clear();
  }

  /** Bytes posted to an upload URL; false when no such upload was asked for. */
  storeUpload(fileId: string, bytes: Buffer): boolean {
    const pending = this.pendingUploads.get(fileId);
    if (!pending) return false;
    pending.bytes = bytes;
    return true;
  }

  private nextId(prefix: string): string {
    this.counter += 1;
    return `${prefix}${String(this.counter).padStart(8, "0")}`;
  }

  private nextTs(): string {
    this.counter += 1;
    return `${Math.floor(Date.now() / 1000)}.${String(this.counter).padStart(6, "0")}`;
  }

  private dmChannelOf(userId: string): string {
    return `D${userId.replace(/^[UW]/, "")}`;
  }

  private channelArg(args: Json): string {
    const channel = String(args.channel ?? args.channel_id ?? "");
    return /^[UW]/.test(channel) ? this.dmChannelOf(channel) : channel;
  }

  answer(method: string, args: Json): Json {
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
        return { ok: true, upload_url: this.uploadUrlOf(fileId), file_id: fileId };
      }
      case "files.completeUploadExternal":
        return this.completeUploads(args);
      case "files.info": {
        const file = this.shared.get(String(args.file ?? ""));
        if (!file) return { ok: false, error: "file_not_found" };
        const url = file.url ?? this.downloadUrlOf(file.id, file.name);
        return {
          ok: true,
          file: {
            id: file.id,
            name: file.name,
            user: file.user,
            size: file.size ?? file.bytes.length,
            url_private: url,
            url_private_download: url,
          },
        };
      }
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
