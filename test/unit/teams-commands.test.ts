import { normaliseCommandText, parseCommand } from "../../src/teams/commands";
import { COMMANDS } from "../../src/teams/constants";

describe("Teams chat commands", () => {
  it("understands the French and English words, accents, case and an @mention", () => {
    expect(parseCommand("Aide")?.id).toBe("help");
    expect(parseCommand("help")?.id).toBe("help");
    expect(parseCommand("<at>EXPE-CT</at> en attente")?.id).toBe("pending");
    expect(parseCommand("PENDING")?.id).toBe("pending");
    expect(parseCommand("missions")?.id).toBe("missions");
    expect(parseCommand("<at>EXPE-CT</at>&nbsp;ambassade ici sn")).toEqual({ id: "embassy_channel", args: "sn" });
    expect(parseCommand("Use this channel")).toEqual({ id: "embassy_channel", args: "" });
    expect(parseCommand("bonjour")).toBeNull();
    expect(parseCommand("missionsx")).toBeNull();
  });

  it("recognises every command word it lists", () => {
    for (const command of COMMANDS) {
      expect(parseCommand(command.words.fr)?.id).toBe(command.id);
      expect(parseCommand(command.words.en)?.id).toBe(command.id);
    }
    expect(normaliseCommandText("  Élément  ")).toBe("element");
  });
});
