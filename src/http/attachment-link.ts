import { createHmac, timingSafeEqual } from "node:crypto";
import { z } from "zod";

/** How attachment download links are signed (DIPLOMA_LINK_SECRET's secret) and where they point (PUBLIC_BASE_URL). */
export interface AttachmentLinkOptions {
  secret: string;
  baseUrl: string;
  /** How long a link works: a day, since each view of the case draws fresh ones. */
  ttlMs?: number;
}

export const ATTACHMENT_LINK_TTL_MS = 24 * 3600_000;
export const ATTACHMENT_DOWNLOAD_PATH = "/pieces-jointes";

/** Who the link was drawn for, and from where: the download checks that person's rights again, as on that platform. */
export interface AttachmentGrant {
  attachmentId: string;
  personId: string;
  platform: "slack" | "teams";
}

const ZPayload = z.object({
  a: z.string().min(1),
  p: z.string().min(1),
  s: z.enum(["slack", "teams"]),
  exp: z.number().int(),
  // A different key set from the diploma links', so that one kind of token can never pass for the other.
  k: z.literal("attachment"),
});

export type CheckedAttachmentToken =
  | { ok: true; grant: AttachmentGrant }
  | { ok: false; reason: "invalid" | "expired" };

function sign(secret: string, body: string): string {
  return createHmac("sha256", secret).update(body).digest("base64url");
}

export function attachmentLink(options: AttachmentLinkOptions, grant: AttachmentGrant, now: Date): string {
  const exp = Math.floor((now.getTime() + (options.ttlMs ?? ATTACHMENT_LINK_TTL_MS)) / 1000);
  const payload = { a: grant.attachmentId, p: grant.personId, s: grant.platform, exp, k: "attachment" };
  const body = Buffer.from(JSON.stringify(payload)).toString("base64url");
  const base = options.baseUrl.replace(/\/+$/u, "");
  return `${base}${ATTACHMENT_DOWNLOAD_PATH}/${body}.${sign(options.secret, body)}`;
}

export function checkAttachmentToken(secret: string, token: string, now: Date): CheckedAttachmentToken {
  const [body, signature, extra] = token.split(".");
  if (!body || !signature || extra !== undefined) return { ok: false, reason: "invalid" };
  const expected = Buffer.from(sign(secret, body));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: "invalid" };
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(body, "base64url").toString("utf8"));
  } catch {
    return { ok: false, reason: "invalid" };
  }
  const parsed = ZPayload.safeParse(decoded);
  if (!parsed.success) return { ok: false, reason: "invalid" };
  if (parsed.data.exp * 1000 <= now.getTime()) return { ok: false, reason: "expired" };
  return { ok: true, grant: { attachmentId: parsed.data.a, personId: parsed.data.p, platform: parsed.data.s } };
}
