import type { types } from "@slack/bolt";
import type { ActorFacts } from "../../src/domain/roles";
import type { Locale } from "../../src/i18n";
import { describeDiplomaCheck } from "../../src/i18n/diploma-check";
import type { Block, ModalView, SlackMessage } from "../../src/slack/blocks";
import { SUBCOMMANDS } from "../../src/slack/commands";
import { homeCapitalisation } from "../../src/slack/home/home-capitalisation";
import { homeLabels } from "../../src/slack/home/home-labels";
import { homeView } from "../../src/slack/home/home-view";
import { escapeMrkdwn, type Mrkdwn } from "../../src/slack/mrkdwn";
import { ownApplicationLine, pendingApplicationLine, withdrawButton } from "../../src/slack/views/application-buttons";
import { applicationModal } from "../../src/slack/views/application-modal";
import { attachmentInput, attachmentList } from "../../src/slack/views/attachment-blocks";
import { committeeFileBlocks } from "../../src/slack/views/committee-file";
import {
  committeeMessage,
  decisionLine,
  lateClickText,
  opinionCounts,
  resubmissionLine,
} from "../../src/slack/views/committee-message";
import { changesModal, detailsModal, tiesInvite, tiesModal } from "../../src/slack/views/committee-modals";
import { loadingModal, noticeModal, recommendModal, rejectModal } from "../../src/slack/views/decision-modals";
import { diplomaCheckBlocks } from "../../src/slack/views/diploma-check-message";
import { directoryBlocks } from "../../src/slack/views/directory-message";
import { extensionDecisionModal } from "../../src/slack/views/extension-decision-modal";
import { extensionModal } from "../../src/slack/views/extension-modal";
import { helpBlocks } from "../../src/slack/views/help-message";
import { labelDoneText, labelRevokeModal, labelSuspendModal } from "../../src/slack/views/label-modals";
import { closeButton, missionAtOf, missionButtons, settleButtons } from "../../src/slack/views/mission-buttons";
import { missionLine, missionListBlocks, nextStepButton } from "../../src/slack/views/mission-list";
import { missionModal } from "../../src/slack/views/mission-modal";
import { cancelModal, waiveModal } from "../../src/slack/views/mission-step-modals";
import { notificationMessage } from "../../src/slack/views/notification-message";
import { reportModal } from "../../src/slack/views/report-modal";
import { reportSummary } from "../../src/slack/views/report-summary";
import { reviewModal } from "../../src/slack/views/review-modal";
import { solicitationModal } from "../../src/slack/views/solicitation-modal";
import type { ApplicationView, BodyLabel, MissionSummary } from "../../src/workflow";
import { NOTIFICATION_KINDS } from "../../src/workflow/notifications";
import { hostileMission, hostileSummary } from "./hostile-text";
import { fitNotification } from "./notification-samples";

/** What a builder gives: a message (its notification text too), a modal or the Home, some blocks, or one line. */
export type SlackPayload =
  | { message: SlackMessage }
  | { view: ModalView | types.HomeView }
  | { blocks: Block[] }
  | { line: Mrkdwn };

export interface SlackBuilder {
  render(v: string, locale: Locale): SlackPayload[];
  /** Whether people's text is shown as text (not only as the initial value of an input). */
  shows: boolean;
}

const when = new Date("2026-03-02T09:00:00Z");
const ROLES = ["daect", "committee", "focal_point", "embassy"] as const;
const who = (v: string, locale: Locale) => ({
  personId: "p1",
  name: v,
  locale,
  roles: ROLES.map((role) => ({ role, scope: role === "focal_point" ? "o1" : role === "embassy" ? "SN" : "" })),
});
const STATUSES = [
  "awaiting_embassy",
  "validated",
  "confirmed",
  "in_progress",
  "report_due",
  "report_submitted",
  "report_overdue",
  "reimbursement_requested",
  "report_validated",
];
const summaries = (v: string): MissionSummary[] => STATUSES.map((status) => hostileSummary(v, status));

function application(v: string, status: string, extra: Partial<ApplicationView> = {}): ApplicationView {
  const expert = { name: v, function: v, qualifications: v, category: "university" };
  return {
    id: "a1",
    status,
    organisation: v,
    organisationKind: "association",
    basis: "cooperation",
    competenceScope: "broad",
    competences: v,
    themes: ["waste", "water"],
    experts: [expert, expert, expert],
    submittedBy: v,
    submittedAt: when,
    opinions: [],
    counts: { favourable: 0, unfavourable: 0, abstention: 0 },
    myOpinion: null,
    standing: null,
    changeRequest: { comment: v, by: v, at: when, resubmittedAt: when, changed: ["competences", "experts"] },
    decision: null,
    renewalOf: { number: v, source: "pact3" },
    body: {
      known: true,
      label: { number: v, source: "pact3", status: "expired", validFrom: when, validUntil: when },
      focalPoints: [v, v],
    },
    focalPointOnApproval: v,
    attachments: [{ id: "f1", name: v, type: "pdf", size: 4000 }],
    ...extra,
  };
}

/** A person's file name, as sent (the name is sanitised of control characters only), with the bot's own link. */
const hostileFiles = (v: string) => [
  { name: v, size: 4000, url: "https://expect.example.org/pieces-jointes/eyJhIjoiYTEifQ.c2ln" },
  { name: `${v}.pdf`, size: 9 * 1024 * 1024, url: "https://expect.example.org/pieces-jointes/eyJhIjoiYTIifQ.c2ln" },
];

function managedLabels(v: string) {
  const label = { labelId: "l1", number: v, organisation: v, validUntil: when };
  return {
    labels: [
      { ...label, state: "active" as const, suspendedUntil: null },
      { ...label, labelId: "l2", state: "suspended" as const, suspendedUntil: when },
    ],
    total: 9,
  };
}

function body(v: string): BodyLabel {
  const pendingApplication = { id: "a1", status: "under_review", submittedAt: when, submittedById: "p1" };
  return {
    organisationId: "o1",
    organisation: v,
    labelId: "l1",
    number: "EXPE-CT-2026-0001",
    status: "active",
    validUntil: when,
    suspendedUntil: null,
    renewable: true,
    themes: [],
    pendingApplication,
  };
}

/** The outbox data of every kind, with what people wrote holding `v`. */
function notificationData(v: string) {
  return {
    decision: "approved",
    status: "granted",
    outcome: "waived",
    event: "opened",
    daysLate: 12,
    amountCents: 185_000,
    snoozeChoices: [1, 3],
    actions: ["request_extension"],
    extensionId: "e1",
    by: v,
    organisation: v,
    error: v,
    kind: "report_reminder",
    labelNumber: "EXPE-CT-2026-0001",
    comment: v,
  };
}

/** Buttons as the actions block they go in; none when a state offers none. */
const buttons = (elements: (types.Button | undefined)[]): SlackPayload[] => {
  const shown = elements.filter((b): b is types.Button => Boolean(b));
  return shown.length ? [{ blocks: [{ type: "actions", elements: shown }] }] : [];
};
const at = { applicationId: "a1", channel: "C1", ts: "1.2" };
const step = { missionId: "m1", fromHome: true };
const form = { rows: ["r0", "r1"], next: 2 };
const draftExpert = (v: string) => ({
  name: v,
  function: v,
  qualifications: v,
  category: "university",
  email: "x@y.fr",
});

/** Every Block Kit builder of src/slack/views and src/slack/home, fed `v` in every field people type. */
export const SLACK_BUILDERS: Record<string, SlackBuilder> = {
  "views/application-buttons#pendingApplicationLine": {
    shows: false,
    render: (v, l) => [{ line: pendingApplicationLine(l, body(v)) ?? escapeMrkdwn("") }],
  },
  "views/application-buttons#ownApplicationLine": {
    shows: true,
    render: (v, l) => [
      {
        line: ownApplicationLine(l, {
          id: "a2",
          status: "submitted",
          submittedAt: when,
          submittedById: "p2",
          organisationId: "o2",
          organisation: v,
        }),
      },
    ],
  },
  "views/committee-message#lateClickText": {
    shows: true,
    render: (v, l) => [
      {
        line:
          lateClickText(
            l,
            application(v, "approved", {
              decision: { status: "approved", by: v, at: when, reason: null, labelNumber: "EXPE-CT-2026-0001" },
            }),
            "decide",
          ) ?? escapeMrkdwn(""),
      },
      {
        line:
          lateClickText(
            l,
            application(v, "under_review", {
              opinions: [{ value: "favourable", comment: v, by: v, at: when }],
              myOpinion: { value: "favourable", comment: v, by: v, at: when },
              counts: { favourable: 1, unfavourable: 0, abstention: 1 },
            }),
            "recommend",
          ) ?? escapeMrkdwn(""),
      },
    ],
  },
  "views/application-buttons#withdrawButton": {
    shows: true,
    render: (v, l) => buttons([withdrawButton(l, who(v, l), body(v))]),
  },
  "views/application-modal#applicationModal": {
    shows: false,
    render: (v, l) => [
      {
        view: applicationModal(
          l,
          {
            organisationName: v,
            competences: v,
            note: v,
            themes: ["waste"],
            commitmentAccepted: true,
            experts: { r0: draftExpert(v), r1: draftExpert(v) },
          },
          form,
        ),
      },
    ],
  },
  "views/committee-message#committeeMessage": {
    shows: true,
    render: (v, l) => [
      { message: committeeMessage(l, application(v, "submitted")) },
      {
        message: committeeMessage(
          l,
          application(v, "under_review", {
            opinions: [{ value: "favourable", comment: v, by: v, at: when }],
            myOpinion: { value: "favourable", comment: v, by: v, at: when },
            counts: { favourable: 1, unfavourable: 0, abstention: 1 },
          }),
        ),
      },
      {
        message: committeeMessage(
          l,
          application(v, "approved", {
            decision: { status: "approved", by: v, at: when, reason: null, labelNumber: "EXPE-CT-2026-0001" },
          }),
        ),
      },
      {
        message: committeeMessage(
          l,
          application(v, "rejected", {
            decision: { status: "rejected", by: v, at: when, reason: v, labelNumber: null },
          }),
        ),
      },
      { message: committeeMessage(l, application(v, "withdrawn")) },
    ],
  },
  "views/committee-message#opinionCounts": {
    // Numbers only: nobody's text.
    shows: false,
    render: (v, l) => [
      {
        line:
          opinionCounts(
            l,
            application(v, "under_review", { counts: { favourable: 2, unfavourable: 1, abstention: 1 } }),
          ) ?? escapeMrkdwn(""),
      },
    ],
  },
  "views/committee-message#decisionLine": {
    shows: true,
    render: (v, l) => [
      { line: decisionLine(l, { status: "approved", by: v, at: when, reason: v, labelNumber: v }) },
      { line: decisionLine(l, { status: "rejected", by: v, at: when, reason: v, labelNumber: null }) },
    ],
  },
  "views/committee-message#resubmissionLine": {
    // A changed field's name is a word of the catalogue; one it does not know is shown as stored, escaped.
    shows: true,
    render: (v, l) => [
      {
        line:
          resubmissionLine(l, { by: v, comment: v, at: when, resubmittedAt: when, changed: [v] }) ?? escapeMrkdwn(""),
      },
    ],
  },
  "views/committee-file#committeeFileBlocks": {
    shows: true,
    render: (v, l) => [
      { blocks: committeeFileBlocks(l, application(v, "submitted")) },
      {
        blocks: committeeFileBlocks(
          l,
          application(v, "approved", {
            decision: { status: "approved", by: v, at: when, reason: null, labelNumber: v },
          }),
        ),
      },
      { blocks: committeeFileBlocks(l, application(v, "withdrawn")) },
    ],
  },
  "views/committee-modals#tiesModal": {
    // Bodies' names are only the options of a select, clipped to Slack's 75 characters.
    shows: false,
    render: (v, l) => [
      { view: tiesModal(l, { bodies: [{ id: "o1", name: v }], declared: true, organisationIds: ["o1"] }) },
      { view: tiesModal(l, { bodies: [], declared: false, organisationIds: [] }) },
    ],
  },
  "views/attachment-blocks#attachmentInput": {
    // The limits and types only: nobody's text.
    shows: false,
    render: (_v, l) => [{ blocks: [attachmentInput(l, "application")] }, { blocks: [attachmentInput(l, "report")] }],
  },
  "views/attachment-blocks#attachmentList": {
    shows: true,
    render: (v, l) => [{ blocks: attachmentList(l, hostileFiles(v)) }],
  },
  "views/committee-modals#changesModal": { shows: true, render: (v, l) => [{ view: changesModal(l, at, v) }] },
  "views/committee-modals#detailsModal": {
    shows: true,
    render: (v, l) => [
      {
        view: detailsModal(
          l,
          application(v, "under_review", {
            opinions: [{ value: "favourable", comment: v, by: v, at: when }],
            counts: { favourable: 1, unfavourable: 0, abstention: 1 },
            standing: "free",
          }),
          hostileFiles(v),
        ),
      },
      {
        view: detailsModal(
          l,
          application(v, "rejected", {
            decision: { status: "rejected", by: v, at: when, reason: v, labelNumber: null },
          }),
        ),
      },
    ],
  },
  "views/committee-modals#tiesInvite": { shows: false, render: (_v, l) => [{ blocks: tiesInvite(l, "a1").blocks }] },
  "views/decision-modals#recommendModal": { shows: true, render: (v, l) => [{ view: recommendModal(l, at, v) }] },
  "views/decision-modals#rejectModal": { shows: true, render: (v, l) => [{ view: rejectModal(l, at, v) }] },
  "views/decision-modals#noticeModal": {
    shows: true,
    render: (v, l) => [{ view: noticeModal(l, "EXPE-CT", escapeMrkdwn(v)) }],
  },
  "views/decision-modals#loadingModal": { shows: false, render: (_v, l) => [{ view: loadingModal(l) }] },
  "views/directory-message#directoryBlocks": {
    shows: true,
    render: (v, l) => {
      const expert = { name: v, function: v, qualifications: v };
      const hit = {
        labelId: "l1",
        labelNumber: "EXPE-CT-2026-0001",
        organisationId: "o1",
        organisationName: v,
        themes: ["waste" as const],
        competences: v,
        validUntil: when,
        experts: [expert, expert],
        missionsInCountry: 2,
      };
      return [{ message: directoryBlocks(l, v, [hit, hit]) }, { message: directoryBlocks(l, v, []) }];
    },
  },
  "views/diploma-check-message#diplomaCheckBlocks": {
    shows: true,
    render: (v, l) => {
      const check = { number: v, organisation: v, themes: ["waste" as const], validFrom: when, validUntil: when };
      const revoked = { ...check, verdict: { standing: "revoked" as const, date: when } };
      return [
        { message: diplomaCheckBlocks(l, describeDiplomaCheck(revoked, l)) },
        { message: diplomaCheckBlocks(l, null) },
      ];
    },
  },
  "views/extension-decision-modal#extensionDecisionModal": {
    shows: false,
    render: (_v, l) => [{ view: extensionDecisionModal(l, "e1", "M-2026-0001", "2026-06-10") }],
  },
  "views/extension-modal#extensionModal": {
    shows: false,
    render: (_v, l) => [{ view: extensionModal(l, "m1", "M-2026-0001") }],
  },
  "views/help-message#helpBlocks": { shows: false, render: (_v, l) => [{ message: helpBlocks(l, SUBCOMMANDS) }] },
  "views/mission-buttons#settleButtons": { shows: false, render: (_v, l) => buttons(settleButtons(l, "m1")) },
  "views/mission-buttons#closeButton": { shows: false, render: (_v, l) => buttons([closeButton(l, "m1")]) },
  "views/mission-buttons#missionButtons": {
    shows: false,
    render: (v, l) => summaries(v).flatMap((m) => buttons(missionButtons(l, who(v, l), missionAtOf(m)))),
  },
  "views/mission-list#nextStepButton": {
    shows: false,
    render: (v, l) => summaries(v).flatMap((m) => buttons([nextStepButton(l, who(v, l), m)])),
  },
  "views/mission-list#missionLine": {
    shows: true,
    render: (v, l) => [{ line: missionLine(l, hostileSummary(v, "report_due")) }],
  },
  "views/mission-list#missionListBlocks": {
    shows: true,
    render: (v, l) => [
      { message: missionListBlocks(who(v, l), { missions: summaries(v), total: 40 }) },
      { message: missionListBlocks(who(v, l), { missions: [], total: 0 }) },
    ],
  },
  "views/mission-modal#missionModal": {
    shows: false,
    render: (v, l) => {
      const draft = {
        label: { value: "l1", text: v },
        countryCode: "SN",
        foreignPartner: v,
        nature: "expertise_request",
        natureDetail: v,
        legs: { r0: { kind: "outbound", place: v }, r1: { kind: "hosting", place: v } },
        missionaries: [{ email: "x@y.fr", name: v }],
        expectedResult: v,
        followUp: v,
        stayCostBearer: v,
      };
      const embassies = [{ countryCode: "SN", name: v }];
      const editing = { missionId: "m1", version: 2, reference: "M-2026-0001", fromHome: true };
      return [
        { view: missionModal(l, { draft, form, embassies }) },
        { view: missionModal(l, { draft, form, embassies, editing }) },
      ];
    },
  },
  "views/mission-step-modals#cancelModal": {
    shows: false,
    render: (_v, l) => [{ view: cancelModal(l, step, "M-2026-0001") }],
  },
  "views/label-modals#labelRevokeModal": {
    shows: true,
    render: (v, l) => [{ view: labelRevokeModal(l, { labelId: "l1", number: v, fromHome: true }) }],
  },
  "views/label-modals#labelSuspendModal": {
    shows: true,
    render: (v, l) => [{ view: labelSuspendModal(l, { labelId: "l1", number: v, fromHome: false }, when) }],
  },
  "views/label-modals#labelDoneText": {
    shows: true,
    render: (v, l) =>
      [true, false].flatMap((changed) =>
        [undefined, "2026-04-30"].map((until) => ({
          line: labelDoneText(l, { changed, value: { labelId: "l1", number: v, flaggedMissions: 2, until } }),
        })),
      ),
  },
  "home/home-labels#homeLabels": {
    shows: true,
    render: (v, l) => [{ blocks: homeLabels(l, managedLabels(v)) }],
  },
  "views/mission-step-modals#waiveModal": { shows: false, render: (_v, l) => [{ view: waiveModal(l, step) }] },
  "views/notification-message#notificationMessage": {
    shows: true,
    render: (v, l) =>
      NOTIFICATION_KINDS.flatMap((kind) =>
        [hostileMission(v, "reimbursement_requested"), null].map((mission) => ({
          message: notificationMessage(l, { ...fitNotification(kind, notificationData(v)), mission }),
        })),
      ),
  },
  "views/report-modal#reportModal": {
    shows: true,
    render: (v, l) => {
      const choice = {
        missionId: "m1",
        reference: "M-2026-0001",
        organisation: v,
        countryCode: "SN",
        reportDeadline: "2026-06-10",
      };
      return [{ view: reportModal(l, [choice]) }, { view: reportModal(l, [choice, { ...choice, missionId: "m2" }]) }];
    },
  },
  "views/report-summary#reportSummary": {
    shows: true,
    render: (v, l) => [
      { blocks: reportSummary(l, hostileMission(v)) },
      { blocks: reportSummary(l, { ...hostileMission(v), report: null }) },
    ],
  },
  "views/review-modal#reviewModal": {
    shows: true,
    render: (v, l) => [{ view: reviewModal(l, hostileMission(v), "return", hostileFiles(v)) }],
  },
  "views/solicitation-modal#solicitationModal": {
    shows: true,
    render: (v, l) => [
      { view: solicitationModal(l, [{ id: "o1", name: v }], "2026-03-02") },
      {
        view: solicitationModal(
          l,
          [
            { id: "o1", name: v },
            { id: "o2", name: v },
          ],
          "2026-03-02",
        ),
      },
    ],
  },
  // Years and country names only, the domain's and the catalog's: a code no country has is shown upper-cased.
  "home/home-capitalisation#homeCapitalisation": {
    shows: false,
    render: (v, l) => {
      const row = (key: string) => ({
        key,
        missionsDone: 3,
        reportsLate: 1,
        reimbursementsAsked: 1,
        reimbursementsSettled: 0,
        complementaryAction: 2,
        longTermCooperation: 1,
      });
      return [
        {
          blocks: homeCapitalisation(l, { year: 2026, byYear: [row("2026"), row(v)], byCountry: [row(v), row("SN")] }),
        },
        { blocks: homeCapitalisation(l, { year: 2026, byYear: [], byCountry: [] }) },
      ];
    },
  },
  "home/home-view#homeView": {
    shows: true,
    render: (v, l) => {
      const missions = summaries(v);
      const dashboard = {
        missionsByStatus: { report_overdue: 2, in_progress: 1 },
        applicationsPending: 1,
        awaitingEmbassy: 1,
        reportsDueSoon: 1,
        reportsOverdue: 1,
        reimbursementsOpen: 1,
        activeLabels: 1,
        coverageByCountry: [{ countryCode: "SN", missions: 2 }],
        pendingExtensions: 0,
        deadLetters: 0,
      };
      const model = {
        today: "2026-06-20",
        labels: [body(v)],
        managedLabels: managedLabels(v),
        allMissions: missions,
        bodyMissions: missions,
        myMissions: missions,
        ownApplications: [{ ...body(v).pendingApplication!, organisationId: "o2", organisation: v }],
      };
      const nobody: ActorFacts & { locale: Locale; name: string } = { personId: "p2", name: v, locale: l, roles: [] };
      return [
        {
          view: homeView({
            ...model,
            who: who(v, l),
            dashboard,
            capitalisation: { year: 2026, byYear: [], byCountry: [] },
          }),
        },
        { view: homeView({ ...model, who: nobody, dashboard: null, labels: [] }) },
      ];
    },
  },
};

/** Exports of those folders that build nothing Slack shows, and why. */
export const NOT_SLACK_BUILDERS: Record<string, string> = {
  "views/mission-buttons#isSettleable": "a life-cycle predicate",
  "views/mission-buttons#isClosable": "a life-cycle predicate",
  "views/mission-buttons#missionAtOf": "maps a summary to what the buttons look at",
  "views/mission-list#reportDueText": "a date from the workflow, no one's text, drawn inside the mission lines above",
};
