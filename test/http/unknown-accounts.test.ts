import { t as slackT } from "../../src/slack/words";
import { t as teamsT } from "../../src/teams/words";
import { startSlackBot } from "../support/slack-bot";
import { messageActivity } from "../support/teams-activity";
import { startHarness } from "./teams-harness";

/** Log lines written by the incident reporter: one per unexpected error. */
function incidentLog() {
  const lines: string[] = [];
  return { lines, stream: { write: (line: string) => lines.push(line) } };
}

describe("an account the platform does not know is told so, not sent an error reference", () => {
  it("Slack: users.info answers user_not_found", async () => {
    const log = incidentLog();
    const bot = await startSlackBot({ incidentLog: log.stream });
    try {
      const reply = await bot.command("U0GHOST", "missions");
      expect(reply.status).toBe(200);
      expect((await bot.response(0)).args.text).toBe(slackT("fr", "slack.identity.unknown"));
      await bot.transport.idle();
      expect(log.lines).toEqual([]);
      expect(await bot.kit.db.outbox.count({ where: { kind: "unexpected_error" } })).toBe(0);
    } finally {
      await bot.close();
    }
  });

  it("Teams: the member look-up answers 404, no such member in the conversation", async () => {
    const log = incidentLog();
    const h = await startHarness({ incidentLog: log.stream });
    try {
      const ghost = { id: "29:ghost", name: "Ghost", aadObjectId: "aad-ghost" };
      const res = await h.post(messageActivity({ serviceUrl: h.fake.serviceUrl, from: ghost, text: "aide" }));
      expect(res.status).toBe(200);
      await h.surface.idle();
      expect(String(h.fake.sent().at(-1)?.activity.text)).toBe(teamsT("fr", "teams.identity.unknown"));
      expect(log.lines).toEqual([]);
      expect(await h.kit.db.outbox.count({ where: { kind: "unexpected_error" } })).toBe(0);
    } finally {
      await h.close();
    }
  });
});
