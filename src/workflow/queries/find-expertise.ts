import { z } from "zod";
import { LIMITS } from "../../domain/limits";
import { assertAllowed } from "../../domain/roles";
import { THEME_KEYS, THEMES, type Theme } from "../../domain/themes";
import type { WorkflowContext } from "../context";
import { loadViewer, type Viewer } from "../people";
import { inTransaction } from "../run";
import { parseInput, ZCountryCode, ZOptionalText } from "../validate";
import { labelsInForce } from "./labels-in-force";

export const ZFindExpertiseInput = z.object({
  theme: z.enum(THEME_KEYS).optional(),
  countryCode: ZCountryCode.optional(),
  keyword: ZOptionalText(LIMITS.searchKeyword),
  limit: z.number().int().min(1).max(50).default(20),
});

export interface ExpertiseHit {
  labelId: string;
  labelNumber: string;
  organisationId: string;
  organisationName: string;
  themes: Theme[];
  competences: string;
  validUntil: Date;
  experts: { name: string; function: string; qualifications: string }[];
  /** Missions the body already did in the country asked for: experience there counts first. */
  missionsInCountry: number;
}

function normalise(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase();
}

/**
 * The expertise directory: active labels by theme, keyword (competences, theme names, experts'
 * qualifications, accents ignored) and country, bodies with experience in that country first.
 */
export async function findExpertise(
  ctx: WorkflowContext,
  viewer: Viewer,
  rawInput: z.input<typeof ZFindExpertiseInput>,
): Promise<ExpertiseHit[]> {
  const input = parseInput(ZFindExpertiseInput, rawInput);
  const labels = await inTransaction(ctx, async (tx, now) => {
    assertAllowed("directory.search", await loadViewer(tx, viewer));
    return tx.label.findMany({
      where: labelsInForce(now),
      include: {
        organisation: true,
        application: { include: { experts: true } },
        missions: { select: { countryCode: true, status: true } },
      },
    });
  });
  const words = input.keyword ? normalise(input.keyword).split(/\s+/).filter(Boolean) : [];
  const hits: ExpertiseHit[] = [];
  for (const label of labels) {
    const themes = (JSON.parse(label.themes) as string[]).filter((t): t is Theme => t in THEMES);
    if (input.theme && !themes.includes(input.theme)) continue;
    const experts = label.application?.experts ?? [];
    const haystack = normalise(
      [
        label.organisation.name,
        label.competences,
        ...themes.flatMap((t) => [t, THEMES[t].fr, THEMES[t].en]),
        ...experts.map((e) => `${e.function} ${e.qualifications}`),
      ].join(" "),
    );
    if (!words.every((w) => haystack.includes(w))) continue;
    hits.push({
      labelId: label.id,
      labelNumber: label.number,
      organisationId: label.organisationId,
      organisationName: label.organisation.name,
      themes,
      competences: label.competences,
      validUntil: label.validUntil,
      experts: experts.map((e) => ({ name: e.name, function: e.function, qualifications: e.qualifications })),
      missionsInCountry: input.countryCode
        ? label.missions.filter((m) => m.countryCode === input.countryCode && m.status !== "cancelled").length
        : 0,
    });
  }
  hits.sort(
    (a, b) => b.missionsInCountry - a.missionsInCountry || a.organisationName.localeCompare(b.organisationName),
  );
  return hits.slice(0, input.limit);
}
