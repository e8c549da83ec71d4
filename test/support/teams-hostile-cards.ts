import type { Locale } from "../../src/i18n";
import { describeDiplomaCheck } from "../../src/i18n/diploma-check";
import { applicationFormCard } from "../../src/teams/cards/application-form-card";
import { applicationListCard } from "../../src/teams/cards/application-list-card";
import { type Card, card, type Element, messageCard } from "../../src/teams/cards/card-kit";
import { diplomaCheckCard } from "../../src/teams/cards/diploma-check-card";
import { embassyValidationCard } from "../../src/teams/cards/embassy-validation-card";
import { helpCard } from "../../src/teams/cards/help-card";
import { escapeMarkdown, Markdown } from "../../src/teams/cards/markdown";
import { missionConfirmCard } from "../../src/teams/cards/mission-confirm-card";
import { missionListCard } from "../../src/teams/cards/mission-list-card";
import { dateRange, missionSummaryFacts, missionTermsSections } from "../../src/teams/cards/mission-sections";
import { diplomaDownloadCard, renderNotification } from "../../src/teams/cards/notification-card";
import { reportFormCard } from "../../src/teams/cards/report-form-card";
import { reportPromptCard } from "../../src/teams/cards/report-prompt-card";
import { reportReviewCard } from "../../src/teams/cards/report-review-card";
import { solicitationFormCard } from "../../src/teams/cards/solicitation-form-card";
import type { MissionDetails } from "../../src/workflow";
import { NOTIFICATION_KINDS } from "../../src/workflow/notifications";
import { hostileMission } from "./hostile-text";
import { fitNotification } from "./notification-samples";

/** What a builder gives: a card, some card elements, or markdown (sent as a text message or used in a card). */
export type TeamsPayload = { card: Card } | { elements: Element[] } | { markdown: Markdown };

export interface TeamsBuilder {
  render(v: string, locale: Locale): TeamsPayload[];
  /** Whether people's text is shown (not only given back as the value of an input). */
  shows: boolean;
}

const cards = (...list: Card[]): TeamsPayload[] => list.map((c) => ({ card: c }));
const notice = (v: string) => ({ tone: "error" as const, text: escapeMarkdown(v) });

function decided(v: string, status: string, decision: string): MissionDetails {
  const mission = hostileMission(v, status);
  return { ...mission, decision: mission.decision && { ...mission.decision, decision } };
}

function reviewed(v: string, status: string): MissionDetails {
  const mission = hostileMission(v, "report_submitted");
  return { ...mission, report: mission.report && { ...mission.report, status } };
}

/** The outbox data of every kind, with everything people wrote holding `v`. */
function notificationData(v: string) {
  return {
    decision: "validated",
    status: "granted",
    outcome: "paid",
    by: v,
    at: "2026-03-02T09:00:00Z",
    comment: v,
    reason: v,
    question: v,
    error: v,
    organisation: v,
    number: "EXPE-CT-2026-0001",
    labelNumber: "EXPE-CT-2026-0001",
    amountCents: 185_000,
  };
}

/** Every Adaptive Card builder of src/teams/cards, fed `v` in every field people type. */
export const TEAMS_BUILDERS: Record<string, TeamsBuilder> = {
  "application-form-card#applicationFormCard": {
    shows: true,
    render: (v, locale) => {
      const expert = { name: v, function: v, qualifications: v, category: "agent", email: v };
      const typed = {
        organisationName: v,
        organisationKind: "collectivite",
        basis: "cooperation",
        competenceScope: "precise",
        competences: v,
        themes: "water,crisis",
        note: v,
        commitmentAccepted: "true",
        experts: [expert, {}, expert],
      };
      return cards(applicationFormCard({ locale }), applicationFormCard({ locale, typed, notice: notice(v) }));
    },
  },
  "diploma-check-card#diplomaCheckCard": {
    shows: true,
    render: (v, locale) => {
      const when = new Date("2026-03-02T09:00:00Z");
      const check = { number: v, organisation: v, themes: ["waste" as const], validFrom: when, validUntil: when };
      return cards(
        diplomaCheckCard(describeDiplomaCheck({ ...check, verdict: { standing: "valid" } }, locale)),
        diplomaCheckCard(describeDiplomaCheck({ ...check, verdict: { standing: "suspended", date: when } }, locale)),
      );
    },
  },
  "application-list-card#applicationListCard": {
    shows: true,
    render: (v, locale) => {
      const app = { applicationId: v, organisation: v, status: "submitted", submittedAt: new Date("2026-03-02") };
      return cards(
        applicationListCard({ locale, applications: [app, { ...app, status: "recommended" }] }),
        applicationListCard({ locale, applications: [], notice: notice(v) }),
      );
    },
  },
  "card-kit#messageCard": { shows: true, render: (v) => cards(messageCard(notice(v))) },
  "embassy-validation-card#embassyValidationCard": {
    shows: true,
    render: (v, locale) =>
      cards(
        embassyValidationCard({
          mission: hostileMission(v, "awaiting_embassy"),
          locale,
          canDecide: true,
          notice: notice(v),
          typed: { comment: v, question: v },
        }),
        embassyValidationCard({ mission: decided(v, "refused", "refused"), locale, canDecide: true }),
        embassyValidationCard({ mission: decided(v, "confirmed", "validated"), locale, canDecide: false }),
        embassyValidationCard({
          mission: { ...hostileMission(v, "cancelled"), decision: null },
          locale,
          canDecide: true,
        }),
      ),
  },
  "help-card#helpCard": {
    shows: false,
    render: (_v, locale) => cards(helpCard(locale, "personal"), helpCard(locale, "team")),
  },
  "mission-confirm-card#missionConfirmCard": {
    shows: true,
    render: (v, locale) =>
      cards(
        missionConfirmCard({ mission: hostileMission(v, "validated"), locale, canConfirm: true, notice: notice(v) }),
        missionConfirmCard({ mission: hostileMission(v, "confirmed"), locale, canConfirm: false }),
        missionConfirmCard({ mission: hostileMission(v, "cancelled"), locale, canConfirm: true }),
      ),
  },
  "mission-list-card#missionListCard": {
    shows: true,
    render: (v, locale) => {
      const line = { ...hostileMission(v, "in_progress"), organisation: v, foreignPartner: v, confirmable: false };
      return cards(missionListCard({ locale, missions: [line, { ...line, confirmable: true }], more: 2 }));
    },
  },
  "mission-sections#dateRange": {
    shows: false,
    render: (_v, locale) => [{ markdown: dateRange("2026-04-06", "2026-04-10", locale) }],
  },
  "mission-sections#missionSummaryFacts": {
    shows: true,
    render: (v, locale) => [{ elements: [missionSummaryFacts(hostileMission(v), locale)] }],
  },
  "mission-sections#missionTermsSections": {
    shows: true,
    render: (v, locale) => [{ elements: missionTermsSections(hostileMission(v), locale) }],
  },
  "notification-card#diplomaDownloadCard": {
    shows: true,
    render: (v, locale) =>
      cards(
        diplomaDownloadCard({
          locale,
          organisation: v,
          labelNumber: v,
          link: { url: "https://bot.example.org/diplomes/telechargement/t", expiresAt: new Date() },
        }),
        diplomaDownloadCard({ locale, organisation: v, labelNumber: v }),
      ),
  },
  "notification-card#renderNotification": {
    shows: true,
    render: (v, locale) =>
      NOTIFICATION_KINDS.flatMap((kind) =>
        [hostileMission(v, "awaiting_embassy"), null].map((mission) => {
          const out = renderNotification({
            ...fitNotification(kind, notificationData(v)),
            mission,
            locale,
            snoozeDays: [1, 3, 7],
            diplomaLink: { url: "https://bot.example.org/diplomes/telechargement/t", expiresAt: new Date() },
          });
          return out instanceof Markdown ? { markdown: out } : { card: out };
        }),
      ),
  },
  "report-form-card#reportFormCard": {
    shows: true,
    render: (v, locale) =>
      cards(
        reportFormCard({
          mission: hostileMission(v, "report_due"),
          locale,
          typed: { objectAccount: v, complementaryAction: "yes", complementaryDetail: v, cooperationDetail: v },
          notice: notice(v),
        }),
      ),
  },
  "report-prompt-card#reportPromptCard": {
    shows: true,
    render: (v, locale) =>
      [true, false].flatMap((reminder) =>
        cards(
          reportPromptCard({
            mission: hostileMission(v, "report_due"),
            locale,
            reminder,
            snoozeDays: [1, 3, 7],
            notice: notice(v),
          }),
        ),
      ),
  },
  "report-review-card#reportReviewCard": {
    shows: true,
    render: (v, locale) =>
      ["submitted", "validated", "returned"].flatMap((status) =>
        cards(
          reportReviewCard({
            mission: reviewed(v, status),
            locale,
            canReview: true,
            notice: notice(v),
            files: [{ name: v, size: 4000, url: "https://expect.example.org/pieces-jointes/eyJhIjoiYTEifQ.c2ln" }],
          }),
        ),
      ),
  },
  "solicitation-form-card#solicitationFormCard": {
    shows: true,
    render: (v, locale) => {
      const typed = { organisationId: "o2", fromWhom: v, countryCode: v, subject: v, receivedOn: "2026-03-01" };
      const today = "2026-03-02";
      return cards(
        solicitationFormCard({ locale, bodies: [{ id: "o1", name: v }], today }),
        solicitationFormCard({
          locale,
          bodies: [
            { id: "o1", name: v },
            { id: "o2", name: v },
          ],
          today,
          typed,
          notice: notice(v),
        }),
      );
    },
  },
};

/** Exports of src/teams/cards that build nothing Teams shows on their own, and why. */
export const NOT_TEAMS_BUILDERS: Record<string, string> = {
  "embassy-validation-card#isAwaitingEmbassy": "a life-cycle predicate",
  "mission-confirm-card#isAwaitingConfirmation": "a life-cycle predicate",
  "mission-confirm-card#confirmAction": "a button, drawn inside the cards listed above",
  "mission-sections#countryText": "a country code from the workflow, drawn inside the mission cards listed above",
  "mission-sections#reportDueFact": "a date from the workflow, drawn inside the mission cards listed above",
  "application-form-card#typedApplicationFrom": "input values from a file, drawn by applicationFormCard above",
};

/** Elements alone are checked inside the card they would go in. */
export const cardOf = (payload: TeamsPayload): Card | undefined =>
  "card" in payload ? payload.card : "elements" in payload ? card(payload.elements) : undefined;
