import { applicationFormCard } from "../../src/teams/cards/application-form-card";
import { applicationListCard } from "../../src/teams/cards/application-list-card";
import { embassyValidationCard } from "../../src/teams/cards/embassy-validation-card";
import { helpCard } from "../../src/teams/cards/help-card";
import { escapeMarkdown, Markdown } from "../../src/teams/cards/markdown";
import { missionListCard } from "../../src/teams/cards/mission-list-card";
import { renderNotification } from "../../src/teams/cards/notification-card";
import { reportFormCard } from "../../src/teams/cards/report-form-card";
import { reportReviewCard } from "../../src/teams/cards/report-review-card";
import { solicitationFormCard } from "../../src/teams/cards/solicitation-form-card";
import { VERB } from "../../src/teams/constants";
import { CARD_VERBS } from "../../src/teams/handlers/card-action";
import { teamsMessages } from "../../src/teams/messages";
import type { MissionDetails } from "../../src/workflow";
import { NOTIFICATION_KINDS } from "../../src/workflow/notifications";
import { assertValidCard } from "../support/adaptive-cards";
import { fitNotification } from "../support/notification-samples";

const mission: MissionDetails = {
  id: "m1",
  reference: "M-2026-0001",
  status: "awaiting_embassy",
  version: 0,
  countryCode: "SN",
  organisationId: "o1",
  organisation: "Ville de Lyon",
  labelId: "l1",
  labelNumber: "EXPECT-2026-001",
  foreignPartner: "Ville de Saint-Louis",
  nature: "expertise_request",
  natureDetail: null,
  expectedResult: "Plan de collecte sélective",
  followUp: "Accueil d’une délégation en 2027",
  transportCostCents: 185_000,
  stayCostBearer: "Ville de Saint-Louis",
  startDate: "2026-04-06",
  endDate: "2026-04-10",
  reportDeadline: "2026-06-10",
  reportDue: { date: "2026-06-10", planned: false },
  legs: [{ kind: "outbound", startDate: "2026-04-06", endDate: "2026-04-10", peopleCount: 2, place: "Saint-Louis" }],
  missionaries: [
    { id: "p1", name: "Marie Durand", email: "marie.durand@lyon.fr" },
    { id: "p2", name: "Jean Martin", email: "jean.martin@lyon.fr" },
  ],
  decision: null,
  report: null,
  reimbursementCents: null,
};

const report: NonNullable<MissionDetails["report"]> = {
  status: "submitted",
  objectAccount: "Diagnostic de la collecte",
  complementaryAction: true,
  complementaryDetail: "Formation des agents",
  longTermCooperation: false,
  cooperationDetail: null,
  submittedBy: "Marie Durand",
  submittedAt: new Date("2026-05-01T10:00:00Z"),
  late: false,
  reviewedBy: null,
  reviewedAt: null,
  reviewComment: null,
};

const texts = (card: unknown) => JSON.stringify(card);

describe("Teams cards", () => {
  it("has the same keys in French and English", () => {
    expect(Object.keys(teamsMessages.en).sort()).toEqual(Object.keys(teamsMessages.fr).sort());
  });

  it("renders the embassy card with the terms and three buttons, then who decided", () => {
    const open = embassyValidationCard({ mission, locale: "fr", canDecide: true });
    assertValidCard(open);
    expect(texts(open)).toContain("Ville de Saint-Louis");
    expect(texts(open)).toMatch(/1\s850,00/u);
    expect(open.actions?.map((a) => a.type)).toEqual(["Action.Execute", "Action.ShowCard", "Action.ShowCard"]);
    expect(open.refresh?.action?.verb).toBe(VERB.missionRefresh);

    const decided = embassyValidationCard({
      mission: {
        ...mission,
        status: "refused",
        decision: {
          decision: "refused",
          by: "Awa Ndiaye",
          byId: "awa",
          at: new Date("2026-03-02T09:00:00Z"),
          comment: "Trop tôt",
          round: 0,
        },
      },
      locale: "en",
      canDecide: true,
    });
    assertValidCard(decided);
    expect(decided.actions).toBeUndefined();
    expect(texts(decided)).toContain("Refused by Awa Ndiaye");
  });

  it("renders the report form, the review card, the list and the help", () => {
    assertValidCard(reportFormCard({ mission, locale: "fr", notice: { tone: "error", text: escapeMarkdown("x") } }));
    assertValidCard(reportReviewCard({ mission: { ...mission, report }, locale: "fr", canReview: true }));
    assertValidCard(missionListCard({ locale: "en", missions: [{ ...mission, confirmable: true }], more: 3 }));
    assertValidCard(helpCard("fr", "team"));
  });

  it.each(NOTIFICATION_KINDS.map((kind) => [kind]))("renders %s in both languages", (kind) => {
    for (const locale of ["fr", "en"] as const) {
      for (const m of [{ ...mission, report }, null]) {
        const out = renderNotification({
          ...fitNotification(kind, { decision: "validated", by: "X" }),
          mission: m,
          locale,
          snoozeDays: [1, 3, 7],
          diplomaLink: { url: "https://bot.example.org/diplomes/telechargement/t", expiresAt: new Date() },
        });
        if (out instanceof Markdown) expect(String(out).length).toBeGreaterThan(0);
        else assertValidCard(out);
        expect(out instanceof Markdown ? String(out) : texts(out)).not.toMatch(/teams\.|state\.|nature\./);
      }
    }
  });

  it("puts Confirmer la mission on mission_to_confirm and on the embassy's validation while the body has to confirm", () => {
    const validated = { ...mission, status: "validated" };
    const verbsOf = (card: unknown) =>
      (texts(card).match(/"verb":"[^"]+"/g) ?? []).filter((v) => !v.includes("refresh"));
    const confirm = `"verb":"${VERB.missionConfirm}"`;
    const base = { locale: "fr" as const, snoozeDays: [1, 3, 7] };
    const toConfirm = renderNotification({ ...fitNotification("mission_to_confirm", {}), mission: validated, ...base });
    expect(verbsOf(toConfirm)).toEqual([confirm]);
    const decided = fitNotification("embassy_decided", {
      decision: "validated",
      by: "Awa",
      at: "2026-03-02T09:00:00Z",
    });
    expect(verbsOf(renderNotification({ ...decided, mission: validated, ...base }))).toEqual([confirm]);
    const confirmed = { ...validated, status: "confirmed" };
    expect(verbsOf(renderNotification({ ...decided, mission: confirmed, ...base }))).toEqual([]);
    expect(
      verbsOf(renderNotification({ ...fitNotification("mission_to_confirm", {}), mission: confirmed, ...base })),
    ).toEqual([]);
  });

  it("uses only verbs the card-action handler answers", () => {
    expect([...Object.values(VERB)].sort()).toEqual([...CARD_VERBS].sort());
    const verbs = new Set<string>();
    const collect = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(collect);
      else if (node && typeof node === "object") {
        const record = node as Record<string, unknown>;
        if (record.type === "Action.Execute") verbs.add(String(record.verb));
        Object.values(record).forEach(collect);
      }
    };
    for (const kind of NOTIFICATION_KINDS) {
      for (const status of ["awaiting_embassy", "report_due"]) {
        const m = { ...mission, status, report: { ...report, status: "submitted" } };
        collect(renderNotification({ ...fitNotification(kind, {}), mission: m, locale: "fr", snoozeDays: [1, 3, 7] }));
      }
      // Label news comes without a mission (a label's warning carries Renouveler).
      collect(renderNotification({ ...fitNotification(kind, {}), mission: null, locale: "fr", snoozeDays: [] }));
    }
    const sentBack = fitNotification("application_changes_requested", {});
    collect(renderNotification({ ...sentBack, mission: null, locale: "fr", snoozeDays: [] }));
    collect(reportFormCard({ mission, locale: "fr" }));
    collect(applicationFormCard({ locale: "fr" }));
    const pending = { applicationId: "a1", organisation: "Lyon", status: "submitted", submittedAt: new Date() };
    collect(missionListCard({ locale: "fr", missions: [{ ...mission, confirmable: true }], more: 0 }));
    collect(applicationListCard({ locale: "fr", applications: [pending] }));
    collect(solicitationFormCard({ locale: "fr", bodies: [{ id: "o1", name: "Lyon" }], today: "2026-03-02" }));
    for (const verb of verbs) expect(CARD_VERBS).toContain(verb);
    expect(verbs.size).toBe(CARD_VERBS.length);
  });
});
