import { explainFailure } from "../errors/unexpected";
import type { Locale } from "../i18n";
import { MemberLookupError } from "./identity";
import type { TeamsRuntime } from "./runtime";
import { t } from "./words";

/**
 * A failure as words for the Teams user: a refusal explained, a failed member look-up said as such (Teams could not
 * say who they are), anything else as an unexpected error with its reference. Each non-refusal is logged once.
 */
export async function explainTeamsFailure(
  rt: TeamsRuntime,
  error: unknown,
  locale: Locale,
  where: string,
): Promise<string> {
  if (!(error instanceof MemberLookupError)) return explainFailure(rt.incidents, error, locale, where);
  const report = await rt.incidents.report(error, `${where}: member look-up`);
  const key = report.daectTold ? "teams.identity.lookup_failed.told" : "teams.identity.lookup_failed";
  return t(locale, key, { reference: report.reference });
}
