import { DomainError } from "./errors";

/**
 * Personal data (RGPD): what an erasure leaves in place of a person, when it must wait, and how long records are kept.
 * Pure: the workflow reads the facts and writes the changes.
 */

/** Crockford's base 32 without the look-alike letters, so a pseudonym reads aloud without doubt. */
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/** A short code stable from the person's id (FNV-1a over its characters): the same person, the same code. */
export function erasureCode(personId: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < personId.length; i++) {
    hash ^= personId.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  let code = "";
  for (let i = 0; i < 4; i++) {
    code += ALPHABET.charAt(hash % 32);
    hash = Math.floor(hash / 32);
  }
  return code;
}

/** The name an erased person keeps, so that the audit and the programme's records still read "who" without naming. */
export function erasedPseudonym(personId: string): string {
  return `Personne effacée ${erasureCode(personId)}`;
}

/**
 * The e-mail an erased person keeps: unique (the column is), never deliverable (`.invalid` is reserved for that,
 * RFC 2606), and no longer anyone's address, so the person's real address can join the programme again as new.
 */
export function erasedEmail(personId: string): string {
  return `effacee-${personId.toLowerCase()}@expect.invalid`;
}

/** What would leave the programme without its contact or its report if the person went now. */
export interface ErasureFacts {
  /** Numbers of the active labels whose only focal point the person is. */
  soleFocalPointOf: readonly string[];
  /** References of the missions whose report the person still owes as missionary. */
  reportsDue: readonly string[];
}

/**
 * An erasure waits while a body would be left with no focal point for an active label (nobody could validate its
 * reports or confirm its missions) or while the person owes a mission report (R1: DAECT would lose whom to ask).
 */
export function assertErasable(facts: ErasureFacts): void {
  if (facts.soleFocalPointOf.length > 0)
    throw new DomainError("erasure_sole_focal_point", { number: facts.soleFocalPointOf.join(", ") });
  if (facts.reportsDue.length > 0)
    throw new DomainError("erasure_report_due", { reference: facts.reportsDue.join(", ") });
}

/** How long records are kept, from the configuration (NOTIFICATION_RETENTION_DAYS, AUDIT_RETENTION_YEARS). */
export interface RetentionPolicy {
  notificationDays: number;
  auditYears: number;
}

export const DEFAULT_RETENTION: RetentionPolicy = { notificationDays: 90, auditYears: 10 };

/** The instants before which sent notifications and audit records go. */
export function retentionCutoffs(now: Date, policy: RetentionPolicy): { notificationsBefore: Date; auditBefore: Date } {
  const notificationsBefore = new Date(now.getTime() - policy.notificationDays * 24 * 3600 * 1000);
  const auditBefore = new Date(now);
  auditBefore.setUTCFullYear(auditBefore.getUTCFullYear() - policy.auditYears);
  return { notificationsBefore, auditBefore };
}

/**
 * Replaces a person's own identifying values in a JSON text (an audit record's data, a notification's payload):
 * their e-mail wherever it appears (whatever its case), their name as a whole value, and inside a longer text when
 * it has at least two words (a one-word name such as "ana" would also match inside other words).
 */
export function scrubJson(
  json: string,
  person: { name: string; email: string },
  replacement: { name: string; email: string },
): string {
  const emailPattern = new RegExp(escapeRegExp(person.email), "giu");
  const fullName = person.name.trim().split(/\s+/u).length >= 2;
  const scrub = (value: unknown): unknown => {
    if (typeof value === "string") {
      if (value === person.name) return replacement.name;
      const text = value.replace(emailPattern, replacement.email);
      return fullName ? text.split(person.name).join(replacement.name) : text;
    }
    if (Array.isArray(value)) return value.map(scrub);
    if (value && typeof value === "object") {
      return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, scrub(v)]));
    }
    return value;
  };
  try {
    return JSON.stringify(scrub(JSON.parse(json)));
  } catch {
    return scrub(json) as string;
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
}
