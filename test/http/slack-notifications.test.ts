import { queueNotifications } from "../../src/workflow/notifications";
import { type SlackBot, startSlackBot, textOf, USERS, viewOf } from "../support/slack-bot";
import { dated, radio, typed } from "../support/slack-form-values";
import { missionAwaitingReport } from "../support/slack-scenario";
import { labelledBody, openedMission } from "../support/workflow-kit";

let bot: SlackBot;

beforeEach(async () => {
  bot = await startSlackBot();
});

afterEach(async () => {
  const rejections = [...bot.fake.rejections];
  await bot.close();
  expect(rejections).toEqual([]);
});

type Block = { elements?: { action_id: string; value: string }[] };
const buttons = (blocks: unknown) => ((blocks ?? []) as Block[]).flatMap((b) => b.elements ?? []);

describe("Slack delivery of the outbox", () => {
  it("posts mission updates to the DAECT channel", async () => {
    const { labelId } = await labelledBody(bot.kit);
    await openedMission(bot.kit, labelId);
    const report = await bot.deliver();
    expect(report.dead).toBe(0);
    const post = bot.fake.calls("chat.postMessage").find((c) => c.args.channel === "C0DAECT");
    expect(post?.args.text).toBe("Mission M-2026-0001 ouverte : Ville de Lyon → Sénégal (Ville de Saint-Louis).");
    const row = await bot.kit.db.outbox.findFirstOrThrow({ where: { kind: "mission_updated" } });
    expect(row.sentVia).toBe("slack");
  });

  it("sends a reminder DM in the person's language, whose snooze button goes through the core", async () => {
    const { missionId } = await missionAwaitingReport(bot.kit);
    await bot.openHome(USERS.missionary.id);
    await bot.fake.waitFor("views.publish");
    const marie = await bot.kit.db.person.findUniqueOrThrow({ where: { email: USERS.missionary.email } });
    await bot.deliver();
    bot.kit.clock.set("2026-05-27T08:00:00Z");
    await bot.kit.db.$transaction((tx) =>
      queueNotifications(tx, bot.kit.clock.now(), [
        {
          kind: "report_reminder",
          recipientId: marie.id,
          missionId,
          data: {
            missionId,
            reference: "M-2026-0001",
            reminderKind: "report_14d_before",
            dueOn: "2026-05-27",
            reportDeadline: "2026-06-10",
            daysLeft: 14,
            snoozeChoices: [1, 3, 7],
            actions: ["open_report_form", "snooze", "request_extension"],
          },
        },
      ]),
    );
    bot.fake.reset();
    await bot.deliver();
    const dm = bot.fake.calls("chat.postMessage").find((c) => c.args.channel === USERS.missionary.id);
    expect(dm?.args.text).toBe("Reminder: the report of mission M-2026-0001 is due by 10 June 2026 (14 day(s)).");
    expect(buttons(dm?.args.blocks).map((b) => b.action_id)).toEqual([
      "report_open",
      "reminder_snooze_1",
      "reminder_snooze_3",
      "reminder_snooze_7",
      "extension_open",
    ]);
    await bot.click({
      userId: USERS.missionary.id,
      channelId: String(dm?.response.channel),
      messageTs: String(dm?.response.ts),
      actions: [{ actionId: "reminder_snooze_3", value: `${missionId}|3` }],
    });
    const told = await bot.fake.waitFor("chat.postEphemeral");
    expect(told.args.text).toContain("Got it: next reminder on");
    expect(await bot.kit.db.snooze.count()).toBe(1);

    await bot.click({
      userId: USERS.missionary.id,
      channelId: String(dm?.response.channel),
      messageTs: String(dm?.response.ts),
      actions: [{ actionId: "extension_open", value: missionId }],
    });
    const form = viewOf(await bot.fake.waitFor("views.open"));
    expect(form.callback_id).toBe("extension_form");
    const sent = await bot.submit({
      userId: USERS.missionary.id,
      callbackId: "extension_form",
      privateMetadata: form.private_metadata,
      values: { reason: typed("Traduction des comptes rendus en cours") },
    });
    expect(sent.body).toMatchObject({ response_action: "update" });
    expect(await bot.kit.db.extensionRequest.findFirstOrThrow()).toMatchObject({ missionId, status: "pending" });

    // DAECT decides from its channel: a later deadline is required to grant.
    bot.fake.reset();
    await bot.deliver();
    const ask = bot.fake.calls("chat.postMessage").find((c) => c.args.channel === "C0DAECT");
    const decide = buttons(ask?.args.blocks).find((b) => b.action_id === "extension_decide_open");
    await bot.click({
      userId: USERS.daect.id,
      channelId: "C0DAECT",
      messageTs: String(ask?.response.ts),
      actions: [{ actionId: "extension_decide_open", value: decide?.value ?? "" }],
    });
    const decision = viewOf(await bot.fake.waitFor("views.open"));
    const grant = { decision: radio("grant"), comment: typed(null) };
    const noDate = await bot.submit({
      userId: USERS.daect.id,
      callbackId: "extension_decision_form",
      privateMetadata: decision.private_metadata,
      values: { ...grant, newDeadline: dated(null) },
    });
    expect(noDate.body).toMatchObject({ response_action: "errors", errors: { newDeadline: expect.any(String) } });
    await bot.submit({
      userId: USERS.daect.id,
      callbackId: "extension_decision_form",
      privateMetadata: decision.private_metadata,
      values: { ...grant, newDeadline: dated("2026-07-10") },
    });
    expect(await bot.kit.db.mission.findUniqueOrThrow({ where: { id: missionId } })).toMatchObject({
      reportDeadline: "2026-07-10",
    });
  });

  it("tells notify who Slack can reach, and fails for good on a channel Slack does not know", async () => {
    const { labelId } = await labelledBody(bot.kit);
    await openedMission(bot.kit, labelId);
    bot.fake.failWith("chat.postMessage", "channel_not_found");
    const report = await bot.deliver();
    expect(report.sent).toBe(0);
    const dead = await bot.kit.db.outbox.findFirstOrThrow({ where: { kind: "mission_updated" } });
    expect(dead).toMatchObject({ status: "dead", attempts: 1, lastError: "slack: channel_not_found" });
    // The embassy's Teams channel is not Slack's: it waits for a deliverer that can reach it.
    const embassy = await bot.kit.db.outbox.findFirstOrThrow({ where: { kind: "embassy_validation_requested" } });
    expect(embassy.status).toBe("pending");
    expect(textOf(embassy.lastError)).toContain("unreachable");
  });
});
