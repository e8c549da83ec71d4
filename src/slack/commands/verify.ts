import { describeDiplomaCheck } from "../../i18n/diploma-check";
import { verifyDiploma } from "../../workflow";
import { tm } from "../mrkdwn";
import { diplomaCheckBlocks } from "../views/diploma-check-message";
import { ephemeral, type Subcommand } from "./subcommand";

/** `/expect verifier <number>`: the diploma's standing, as the public verification page gives it to anyone. */
export const verify: Subcommand = {
  names: ["verifier", "verify"],
  key: "verify",
  allowed: () => true,
  run: async ({ args, caller, respond, surface }) => {
    if (!args) {
      await ephemeral(respond, tm(caller.locale, "slack.verify.usage"));
      return;
    }
    const check = await verifyDiploma(surface.ctx, args);
    const message = diplomaCheckBlocks(caller.locale, check && describeDiplomaCheck(check, caller.locale));
    await ephemeral(respond, message.text, message.blocks);
  },
};
