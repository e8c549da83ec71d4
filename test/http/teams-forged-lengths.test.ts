import { LIMITS } from "../../src/domain/limits";
import { fieldLabel, formatCount, t } from "../../src/i18n";
import { escapeMarkdown } from "../../src/teams/cards/markdown";
import { VERB } from "../../src/teams/constants";
import { confirmMission, decideAsEmbassy, recordReturn } from "../../src/workflow";
import { INPUT_LIMITS, teamsTextInputs } from "../support/form-inputs";
import type { TeamsUser } from "../support/teams-activity";
import { labelledBody, openedMission } from "../support/workflow-kit";
import { AWA, FOCAL, type Harness, MARIE, startHarness } from "./teams-harness";

/** A value no card lets through: what a forged Action.Execute sends. */
const FORGED = "x".repeat(10_000);

/** Who sends each verb that carries typed text: the person the card is meant for. */
const SENDER: Record<string, TeamsUser> = {
  [VERB.embassyRefuse]: AWA,
  [VERB.embassyAsk]: AWA,
  [VERB.reportSubmit]: MARIE,
  [VERB.extensionRequest]: MARIE,
  [VERB.reportReturn]: FOCAL,
  [VERB.applicationSubmit]: MARIE,
  [VERB.solicitationDeclare]: FOCAL,
};

/** One case per text input and button that sends it. */
const cases = teamsTextInputs("fr").flatMap((input) =>
  input.sends.map((send) => ({ ...input, send, name: `${input.key} by ${send.verb}` })),
);
const unique = [...new Map(cases.map((c) => [c.name, c])).values()];

describe("Teams: a forged over-long text in any input of any card", () => {
  let h: Harness;
  let missionId: string;

  beforeAll(async () => {
    h = await startHarness();
    const body = await labelledBody(h.kit);
    missionId = await openedMission(h.kit, body.labelId);
    await decideAsEmbassy(h.kit.ctx, h.kit.embassySN, { missionId, decision: "validate" });
    await confirmMission(h.kit.ctx, body.focal, { missionId });
    h.kit.clock.set("2026-04-13T09:00:00Z");
    await recordReturn(h.kit.ctx, h.kit.daect, { missionId });
    for (const user of [AWA, MARIE, FOCAL]) expect((await h.install(user)).status).toBe(200);
  });

  afterAll(async () => {
    h.checkAllCards();
    await h.close();
  });

  async function writes() {
    const db = h.kit.db;
    return Promise.all([
      db.auditEvent.count(),
      db.outbox.count(),
      db.report.count(),
      db.extensionRequest.count(),
      db.embassyDecision.count(),
      db.application.count(),
      db.solicitation.count(),
      db.mission.findUniqueOrThrow({ where: { id: missionId } }).then((m) => `${m.status}@${m.version}`),
    ]);
  }

  it("covers every card input that takes text", () => {
    expect(new Set(unique.map((c) => c.key)).size).toBe(17);
  });

  it.each(unique.map((c) => [c.name, c] as const))(
    "%s: the card comes back with the field named and its limit, nothing written",
    async (_name, input) => {
      const user = SENDER[input.send.verb];
      if (!user) throw new Error(`${input.send.verb}: no sender in SENDER`);
      // The other inputs of the card filled in plausibly, as Teams sends them; this one forged.
      const typed = Object.fromEntries(
        input.inputs.map((other) => [other.id, other.choices?.[0] ?? "Texte"]),
      ) as Record<string, string>;
      // A row's input is forged in its first row, and named by its row, as the schema's path says.
      const id = input.key.replace("teams/", "").replace(".*.", ".0.");
      const before = await writes();
      const res = await h.click(user, input.send.verb, { ...input.send.data, missionId, ...typed, [id]: FORGED });
      expect(res.status).toBe(200);
      const entry = INPUT_LIMITS[input.key];
      if (!entry) throw new Error(`${input.key}: no entry in INPUT_LIMITS`);
      const message = t("fr", "field.issue.too_long", {
        max: formatCount(LIMITS[entry.limit], "fr"),
        received: formatCount(FORGED.length, "fr"),
      });
      const label = fieldLabel("fr", id.includes(".0.") ? id : entry.path) ?? "";
      const notice = escapeMarkdown(t("fr", "field.labelled", { label, message })).toString();
      expect(JSON.stringify(res.body?.value)).toContain(JSON.stringify(notice).slice(1, -1));
      expect(await writes()).toEqual(before);
    },
  );
});
