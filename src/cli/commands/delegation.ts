import { typedDate } from "../../domain/time";
import { delegate, endDelegation } from "../../workflow";
import { CLI_ACTOR, type CliCommand, UsageError } from "../command";

/** `delegation add <délégant> <délégué> <du> <au>`, `delegation end <délégant>`: the operator acts as DAECT. */
export const delegation: CliCommand = {
  name: "delegation",
  usage: "delegation add <delegator email> <delegate email> <from YYYY-MM-DD> <to YYYY-MM-DD> | delegation end <email>",
  summary: "name a stand-in for an absent embassy validator or focal point (dates in Paris, both included), or end it",
  async run(args, { ctx, io }) {
    const [action, delegatorEmail, ...rest] = args;
    if (action === "end" && delegatorEmail && rest.length === 0) {
      const { value } = await endDelegation(ctx, CLI_ACTOR, { delegatorEmail: delegatorEmail.toLowerCase() });
      io.out(`${value.ended} delegation(s) of ${delegatorEmail} ended`);
      return;
    }
    const [delegateEmail, from, to, ...extra] = rest;
    const [fromDate, toDate] = [typedDate(from ?? ""), typedDate(to ?? "")];
    if (action !== "add" || !delegatorEmail || !delegateEmail || !fromDate || !toDate || extra.length > 0) {
      throw new UsageError("delegation_arguments");
    }
    const input = {
      delegatorEmail: delegatorEmail.toLowerCase(),
      delegateEmail: delegateEmail.toLowerCase(),
      from: fromDate,
      to: toDate,
    };
    const { changed } = await delegate(ctx, CLI_ACTOR, input);
    const range = `from ${fromDate} to ${toDate}`;
    io.out(
      changed
        ? `${input.delegateEmail} stands in for ${input.delegatorEmail} ${range}`
        : `${input.delegateEmail} already stood in for ${input.delegatorEmail} ${range}`,
    );
  },
};
