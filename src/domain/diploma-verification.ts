import { labelStateAt } from "./label";
import { LIMITS } from "./limits";

/**
 * What a diploma's public verification says of its label: the only facts a stranger holding the paper may learn.
 * "unknown" is not one of them: a number nobody issued has no label to describe.
 */
export const DIPLOMA_STANDINGS = ["valid", "expired", "suspended", "revoked"] as const;
export type DiplomaStanding = (typeof DIPLOMA_STANDINGS)[number];

/** The standing, with the date that goes with it: since when it is revoked or expired, until when suspended. */
export type DiplomaVerdict =
  | { standing: "valid" }
  | { standing: "expired"; date: Date }
  | { standing: "suspended"; date: Date }
  | { standing: "revoked"; date: Date | null };

export interface VerifiableLabel {
  status: string;
  validUntil: Date;
  revokedAt: Date | null;
  suspendedUntil: Date | null;
}

/**
 * The one mapping from a label's row to what the verification page, Slack and Teams say of it, from the label's
 * own state at that instant (labelStateAt): a revocation wins over everything (it is the fact a funder must not
 * miss), a label past its validity reads as expired before the nightly job rewrites its row, and a suspension reads
 * as suspended only until its date, since it ends with no job.
 */
export function diplomaVerdict(label: VerifiableLabel, now: Date): DiplomaVerdict {
  switch (labelStateAt(label, now)) {
    case "revoked":
      return { standing: "revoked", date: label.revokedAt };
    case "expired":
      return { standing: "expired", date: label.validUntil };
    case "suspended":
      return { standing: "suspended", date: label.suspendedUntil ?? label.validUntil };
    default:
      return { standing: "valid" };
  }
}

/** Letters, digits and inner dashes, dots or underscores: what EXPE-CT and PACT numbers are made of. */
const NUMBER_SHAPE = /^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?$/;

/** Dashes a keyboard or a word processor puts for "-" (hyphen, non-breaking hyphen, en and em dashes, minus). */
const DASHES = /[\u2010-\u2015\u2212]/g;
/** Spaces of any kind, inside the number too: "pact 2 - 0042", "EXPE-CT 2026-0007" copied from a letter. */
const SPACES = /\s+/g;

/**
 * A diploma number as typed or read from a URL, or null when it cannot be one (too long, a slash, a letter from
 * another script): such a text is answered "unknown" without a read. The one place a number's spelling is forgiven,
 * for the page, `/expect verifier` and Teams' `vérifier` alike: spaces (around and inside) and typographic dashes
 * go, and the spellings to look up are the rest as typed and in upper case (Teams hands commands over in lower
 * case; EXPE-CT and PACT numbers are upper case).
 */
export function diplomaNumberSpellings(text: string): string[] | null {
  // Bounded before the replacements: a page's path or a command is never a reason to scan a long text.
  if (text.length > LIMITS.labelNumber * 4) return null;
  const compact = text.replace(SPACES, "").replace(DASHES, "-");
  if (compact.length === 0 || compact.length > LIMITS.labelNumber || !NUMBER_SHAPE.test(compact)) return null;
  const upper = compact.toUpperCase();
  return upper === compact ? [compact] : [compact, upper];
}
