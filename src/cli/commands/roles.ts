import { parseArgs } from "node:util";
import { grantRole, revokeRole } from "../../workflow";
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
