import { emptyApplication } from "../../src/slack/forms/application-form";
import { emptyMission } from "../../src/slack/forms/mission-form";
import { homeView } from "../../src/slack/home/home-view";
import { applicationModal } from "../../src/slack/views/application-modal";
import { committeeMessage } from "../../src/slack/views/committee-message";
import { detailsModal } from "../../src/slack/views/committee-modals";
import { missionModal } from "../../src/slack/views/mission-modal";
import { notificationMessage } from "../../src/slack/views/notification-message";
import { t } from "../../src/slack/words";
import type { ApplicationView, MissionDetails, MissionSummary } from "../../src/workflow";
import { NOTIFICATION_KINDS } from "../../src/workflow/notifications";
import { checkMessageBlocks, checkView } from "../fakes/slack-block-kit-limits";
import { fitNotification } from "../support/notification-samples";

const long = (n: number) => "é".repeat(n);

const mission: MissionDetails = {
  id: "m1",
  reference: "M-2026-0001",
  status: "report_submitted",
  organisationId: "o1",
  organisation: "Ville de Lyon",
  countryCode: "SN",
  foreignPartner: "Ville de Saint-Louis",
  startDate: "2026-04-06",
  endDate: "2026-04-10",
  reportDeadline: "2026-06-10",
  reportDue: { date: "2026-06-10", planned: false },
  version: 4,
  labelId: "l1",
  labelNumber: "EXPE-CT-2026-0001",
  nature: "expertise_request",
  natureDetail: null,
  expectedResult: long(2000),
  followUp: null,
  transportCostCents: 185000,
  stayCostBearer: null,
  legs: [{ kind: "outbound", startDate: "2026-04-06", endDate: "2026-04-10", peopleCount: 2, place: null }],
  decision: null,
  reimbursementCents: null,
  missionaries: [{ id: "p1", name: "Marie Durand", email: "marie.durand@lyon.fr" }],
  report: {
    status: "submitted",
    objectAccount: long(10_000),
    complementaryAction: true,
    complementaryDetail: long(3000),
    longTermCooperation: false,
    cooperationDetail: null,
    submittedBy: "Marie Durand",
    submittedAt: new Date("2026-06-12T08:00:00Z"),
    late: true,
    reviewedBy: null,
    reviewedAt: null,
    reviewComment: null,
  },
};

const data = {
  decision: "approved",
  status: "granted",
  outcome: "paid",
  event: "opened",
  reportDeadline: "2026-06-10",
  daysLeft: 3,
  snoozeChoices: [1, 3],
  amountCents: 185000,
  comment: long(2000),
  by: "Awa Ndiaye",
  labelNumber: "EXPE-CT-2026-0001",
  kind: "report_reminder",
  error: "slack: channel_not_found",
};

describe("Slack Block Kit builders stay within Slack's limits", () => {
  it.each(NOTIFICATION_KINDS)("renders %s in both languages, placeholders filled", (kind) => {
    for (const locale of ["fr", "en"] as const) {
      const message = notificationMessage(locale, { ...fitNotification(kind, data), mission });
      expect(checkMessageBlocks(message.blocks)).toEqual([]);
      expect(String(message.text)).not.toMatch(/\{\w+\}|slack\.notify/);
    }
  });

  it("puts the buttons a prompt needs on report reminders and submitted reports", () => {
    const ids = (kind: (typeof NOTIFICATION_KINDS)[number]) =>
      JSON.stringify(notificationMessage("fr", { ...fitNotification(kind, data), mission }).blocks).match(
        /"action_id":"[a-z_0-9]+"/g,
      );
    expect(ids("report_reminder")).toEqual([
      '"action_id":"report_open"',
      '"action_id":"reminder_snooze_1"',
      '"action_id":"reminder_snooze_3"',
    ]);
    expect(ids("report_submitted")).toEqual(['"action_id":"report_validate"', '"action_id":"report_return"']);
    expect(ids("reimbursement_proposal")).toEqual(['"action_id":"reimbursement_request"']);
  });

  it("keeps a long application's committee message and its file under Slack's limits", () => {
    const app: ApplicationView = {
      id: "a1",
      status: "submitted",
      organisation: long(200),
      organisationKind: "association",
      basis: "cooperation",
      competenceScope: "broad",
      competences: long(3000),
      themes: ["waste", "water", "crisis", "sdg", "climate", "health"],
      experts: Array.from({ length: 20 }, () => ({
        name: long(200),
        function: long(200),
        qualifications: long(1000),
        category: "university",
      })),
      submittedBy: "Léa",
      submittedAt: new Date("2026-03-02T09:00:00Z"),
      opinions: [],
      counts: { favourable: 0, unfavourable: 0, abstention: 0 },
      myOpinion: null,
      standing: null,
      changeRequest: null,
      decision: null,
      body: {
        known: true,
        label: {
          number: long(50),
          source: "pact3",
          status: "expired",
          validFrom: new Date("2017-01-01T00:00:00Z"),
          validUntil: new Date("2020-12-31T22:59:59Z"),
        },
        focalPoints: Array.from({ length: 5 }, () => long(200)),
      },
      focalPointOnApproval: null,
      renewalOf: null,
      attachments: Array.from({ length: 10 }, (_, i) => ({
        id: `f${i}`,
        name: "n".repeat(200),
        type: "pdf",
        size: 9e6,
      })),
    };
    expect(checkMessageBlocks(committeeMessage("fr", app).blocks)).toEqual([]);
    expect(checkView(detailsModal("fr", app))).toEqual([]);
  });

  it("keeps the application modal with every expert row, and the mission modal with every leg, valid", () => {
    const rows = Array.from({ length: 8 }, (_, i) => `r${i}`);
    expect(checkView(applicationModal("fr", emptyApplication(), { rows, next: 8 }))).toEqual([]);
    const legs = { rows: ["r0", "r1", "r2", "r3"], next: 4 };
    const embassies = Array.from({ length: 150 }, (_, i) => ({ countryCode: `C${i}`, name: long(100) }));
    expect(checkView(missionModal("en", { draft: emptyMission(), form: legs, embassies }))).toEqual([]);
  });

  it("keeps the App Home within 100 blocks for a person with every role and many files", () => {
    const m = {
      id: "m",
      reference: "M-2026-0001",
      status: "report_overdue",
      organisationId: "o1",
      countryCode: "SN",
      startDate: "2026-04-06",
      endDate: "2026-04-10",
      reportDeadline: "2026-06-10",
      reportDue: { date: "2026-06-10", planned: false },
      organisation: { name: "Ville de Lyon" },
      missionaries: [{ personId: "p1", missionId: "m" }],
      report: { status: "submitted", submittedAt: new Date(), late: false },
    } as unknown as MissionSummary;
    const many = Array.from({ length: 60 }, (_, i) => ({ ...m, id: `m${i}` }));
    const view = homeView({
      who: {
        personId: "p1",
        name: "Dana",
        locale: "fr",
        roles: [
          { role: "daect", scope: "" },
          { role: "focal_point", scope: "o1" },
        ],
      },
      today: "2026-06-20",
      dashboard: {
        missionsByStatus: { report_overdue: 60 },
        applicationsPending: 2,
        awaitingEmbassy: 0,
        reportsDueSoon: 0,
        reportsOverdue: 60,
        reimbursementsOpen: 0,
        activeLabels: 1,
        coverageByCountry: Array.from({ length: 200 }, (_, i) => ({ countryCode: `C${i}`, missions: i })),
        pendingExtensions: 0,
        deadLetters: 0,
      },
      allMissions: many,
      labels: [
        {
          organisationId: "o1",
          organisation: "Ville de Lyon",
          labelId: "l1",
          number: "EXPE-CT-2026-0001",
          status: "active",
          validUntil: new Date(),
          suspendedUntil: null,
          renewable: false,
          themes: [],
          pendingApplication: { id: "a1", status: "under_review", submittedAt: new Date(), submittedById: "p1" },
        },
      ],
      ownApplications: [
        {
          id: "a2",
          status: "submitted",
          submittedAt: new Date(),
          submittedById: "p1",
          organisationId: "o2",
          organisation: long(200),
        },
      ],
      bodyMissions: many,
      myMissions: many.map((x) => ({ ...x, report: null })),
    });
    expect(checkView(view)).toEqual([]);
    expect(JSON.stringify(view)).toContain(t("fr", "slack.home.daysLate", { days: 10 }));
  });
});
