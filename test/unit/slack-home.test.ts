import { ACTIONS } from "../../src/slack/constants";
import { homeView } from "../../src/slack/home/home-view";
import { t } from "../../src/slack/words";
import type { MissionSummary } from "../../src/workflow";

const settled = {
  id: "m1",
  reference: "M-2026-0001",
  status: "waived",
  organisationId: "o1",
  countryCode: "SN",
  startDate: "2026-04-06",
  endDate: "2026-04-10",
  reportDeadline: "2026-06-10",
  organisation: { name: "Ville de Lyon" },
  missionaries: [],
  report: null,
} as unknown as MissionSummary;

describe("DAECT's App Home", () => {
  it("lists a mission to close in every state the life cycle closes from, with its close button", () => {
    const view = homeView({
      who: { personId: "p1", name: "Dana", locale: "fr", roles: [{ role: "daect", scope: "" }] },
      today: "2026-09-01",
      dashboard: {
        missionsByStatus: { waived: 1 },
        applicationsPending: 0,
        awaitingEmbassy: 0,
        reportsDueSoon: 0,
        reportsOverdue: 0,
        reimbursementsOpen: 0,
        activeLabels: 0,
        coverageByCountry: [],
        pendingExtensions: 0,
        deadLetters: 0,
      },
      allMissions: [settled],
      labels: [],
      ownApplications: [],
      bodyMissions: [],
      myMissions: [],
    });
    const text = JSON.stringify(view);
    expect(text).toContain(t("fr", "slack.home.toClose"));
    expect(text).toContain(`"action_id":"${ACTIONS.closeMission}"`);
  });
});
