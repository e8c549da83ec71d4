import { missionsFor } from "../../workflow";
import { missionListBlocks } from "../views/mission-list";
import { ephemeral, type Subcommand } from "./subcommand";

export const missions: Subcommand = {
  names: ["missions", "dossiers"],
  key: "missions",
  allowed: () => true,
  run: async ({ caller, respond, surface }) => {
    const lists = await missionsFor(surface.ctx, caller.actor);
    const message = missionListBlocks(caller, lists);
    await ephemeral(respond, message.text, message.blocks);
  },
};
