import { parseArgs } from "node:util";
import { grantRole, revokeRole, setPreferredChannel } from "../../workflow";
import { CLI_ACTOR, type CliCommand, UsageError } from "../command";

function roleArgs(args: string[]) {
  const { positionals, values } = parseArgs({ args, allowPositionals: true, options: { name: { type: "string" } } });
  const [email, role, scope] = positionals;
  if (!email || !role) throw new UsageError("email_and_role");
  return { email: email.trim().toLowerCase(), role: role as "daect", scope, name: values.name };
}

export const grant: CliCommand = {
  name: "grant",
  usage: 'grant <email> <daect|committee|embassy|focal_point> [country code | organisation] [--name "Full Name"]',
  summary: "give a person a role (the person is created if unknown)",
  async run(args, { ctx, io }) {
    const input = roleArgs(args);
    const { changed } = await grantRole(ctx, CLI_ACTOR, input);
    io.out(changed ? `granted ${input.role} to ${input.email}` : `${input.email} already has ${input.role}`);
  },
};

export const revoke: CliCommand = {
  name: "revoke",
  usage: "revoke <email> <role> [country code | organisation]",
  summary: "take a role back",
  async run(args, { ctx, io }) {
    const input = roleArgs(args);
    const { changed } = await revokeRole(ctx, CLI_ACTOR, input);
    io.out(changed ? `revoked ${input.role} from ${input.email}` : `${input.email} did not have ${input.role}`);
  },
};

/** The delivery channels the composition root registers (src/surfaces.ts), by name; "none" clears the preference. */
const CHANNELS = ["slack", "teams"];

export const prefer: CliCommand = {
  name: "prefer",
  usage: `prefer <email> <${CHANNELS.join("|")}|none>`,
  summary: "choose where a person on both Slack and Teams hears from the bot",
  async run(args, { ctx, io }) {
    const [email, channel] = args;
    if (!email || !channel || ![...CHANNELS, "none"].includes(channel)) {
      throw new UsageError("email_and_channel", { choices: [...CHANNELS, "none"].join(", ") });
    }
    const input = { email: email.trim().toLowerCase(), channel: channel === "none" ? null : channel };
    const { changed } = await setPreferredChannel(ctx, CLI_ACTOR, input);
    const where = input.channel ?? "the routing order";
    io.out(changed ? `${input.email} now hears on ${where}` : `${input.email} already hears on ${where}`);
  },
};
