import { z } from "zod";
import { readSignedToken, signToken } from "../http/signed-token";

/** Where diploma download links point and how they are signed (DIPLOMA_LINK_SECRET, PUBLIC_BASE_URL). */
export interface DiplomaLinkOptions {
  secret: string;
  /** The bot's public address, e.g. https://expect.example.org: Teams opens the link in the person's browser. */
  baseUrl: string;
  /** How long a link works; a new link comes with each diploma notification. */
  ttlMs?: number;
}

export const DIPLOMA_LINK_TTL_MS = 7 * 24 * 3600_000;
export const DIPLOMA_DOWNLOAD_PATH = "/diplomes/telechargement";

/** What a link grants: this person may download this label's diploma until `exp` (epoch seconds). */
const ZGrant = z.object({ l: z.string().min(1), p: z.string().min(1), exp: z.number().int() });
export type DiplomaGrant = { labelId: string; personId: string; expiresAt: Date };

export type CheckedToken = { ok: true; grant: DiplomaGrant } | { ok: false; reason: "invalid" | "expired" };

/** A signed token (src/http/signed-token.ts) carrying the grant. */
export function signDiplomaToken(secret: string, grant: DiplomaGrant): string {
  return signToken(secret, { l: grant.labelId, p: grant.personId, exp: Math.floor(grant.expiresAt.getTime() / 1000) });
}

/** The grant a token carries, once its signature is ours and its time has not run out. */
export function checkDiplomaToken(secret: string, token: string, now: Date): CheckedToken {
  const payload = readSignedToken(secret, token, ZGrant);
  if (!payload) return { ok: false, reason: "invalid" };
  const expiresAt = new Date(payload.exp * 1000);
  if (expiresAt <= now) return { ok: false, reason: "expired" };
  return { ok: true, grant: { labelId: payload.l, personId: payload.p, expiresAt } };
}

/** A link for one person and one label, valid `ttlMs` from `now`. */
export function diplomaLink(
  options: DiplomaLinkOptions,
  grant: { labelId: string; personId: string },
  now: Date,
): { url: string; expiresAt: Date } {
  const expiresAt = new Date(now.getTime() + (options.ttlMs ?? DIPLOMA_LINK_TTL_MS));
  const token = signDiplomaToken(options.secret, { ...grant, expiresAt });
  const base = options.baseUrl.replace(/\/+$/u, "");
  return { url: `${base}${DIPLOMA_DOWNLOAD_PATH}/${token}`, expiresAt };
}
