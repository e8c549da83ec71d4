import { missionPageFor } from "../../workflow";
import { MAX_LISTED, missionListBlocks } from "../views/mission-list";
import { ephemeral, type Subcommand } from "./subcommand";

export const missions: Subcommand = {
  names: ["missions", "dossiers"],
  key: "missions",
  allowed: () => true,
  run: async ({ caller, respond, surface }) => {
    const page = await missionPageFor(surface.ctx, caller.actor, MAX_LISTED);
    const message = missionListBlocks(caller, page);
    await ephemeral(respond, message.text, message.blocks);
  },
};
