import { createHmac, timingSafeEqual } from "node:crypto";
import type { z } from "zod";

/**
 * Bearer tokens for the bot's download links (diplomas, attachments): `<payload>.<signature>`, both base64url, the
 * payload JSON signed with HMAC-SHA256. Short enough for a URL, and nothing in it is secret. Each kind of link has
 * its own payload schema, with keys the other's lacks, so that one kind of token never passes for another.
 */

function sign(secret: string, body: string): string {
  return createHmac("sha256", secret).update(body).digest("base64url");
}

export function signToken(secret: string, payload: object): string {
  const body = Buffer.from(JSON.stringify(payload)).toString("base64url");
  return `${body}.${sign(secret, body)}`;
}

/** The payload a token carries once its signature is ours and it fits `schema`; null for anything else. */
export function readSignedToken<T>(secret: string, token: string, schema: z.ZodType<T>): T | null {
  const [body, signature, extra] = token.split(".");
  if (!body || !signature || extra !== undefined) return null;
  const expected = Buffer.from(sign(secret, body));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(body, "base64url").toString("utf8"));
  } catch {
    return null;
  }
  const parsed = schema.safeParse(decoded);
  return parsed.success ? parsed.data : null;
}
