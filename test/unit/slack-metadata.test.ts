import { parseMetadata } from "../../src/slack/form-state";
import { missionFormMeta } from "../../src/slack/forms/mission-form";
import { ZMissionStepAt, ZRowState } from "../../src/slack/metadata";

describe("a modal's private_metadata read back", () => {
  it("keeps what our modals write, filling what is absent", () => {
    expect(parseMetadata(JSON.stringify({ rows: ["r0", "r2"], next: 3 }), ZRowState)).toEqual({
      rows: ["r0", "r2"],
      next: 3,
    });
    expect(parseMetadata(JSON.stringify({ missionId: "m1" }), ZMissionStepAt)).toEqual({
      missionId: "m1",
      fromHome: false,
    });
  });

  it("falls back to the defaults, which name nothing, when it was rewritten with the wrong shapes", () => {
    for (const raw of ['{"rows":5}', '{"rows":null}', '{"rows":[{}]}', '{"next":"x"}', "[1]", "null", '"s"', "{"]) {
      expect(parseMetadata(raw, ZRowState)).toEqual({ rows: ["r0"], next: 1 });
    }
    expect(parseMetadata('{"missionId":["m1"]}', ZMissionStepAt)).toEqual({ missionId: "", fromHome: false });
    expect(missionFormMeta('{"rows":5,"missionId":"m1","version":2}')).toEqual({ form: { rows: ["r0"], next: 1 } });
  });
});
