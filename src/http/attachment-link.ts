import { z } from "zod";
import { readSignedToken, signToken } from "./signed-token";

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

export function attachmentLink(options: AttachmentLinkOptions, grant: AttachmentGrant, now: Date): string {
  const exp = Math.floor((now.getTime() + (options.ttlMs ?? ATTACHMENT_LINK_TTL_MS)) / 1000);
  const token = signToken(options.secret, {
    a: grant.attachmentId,
    p: grant.personId,
    s: grant.platform,
    exp,
    k: "attachment",
  });
  const base = options.baseUrl.replace(/\/+$/u, "");
  return `${base}${ATTACHMENT_DOWNLOAD_PATH}/${token}`;
}

export function checkAttachmentToken(secret: string, token: string, now: Date): CheckedAttachmentToken {
  const payload = readSignedToken(secret, token, ZPayload);
  if (!payload) return { ok: false, reason: "invalid" };
  if (payload.exp * 1000 <= now.getTime()) return { ok: false, reason: "expired" };
  return { ok: true, grant: { attachmentId: payload.a, personId: payload.p, platform: payload.s } };
}
