import type { Role, RoleGrant } from "../../domain/roles";
import type { WorkflowContext } from "../context";

export interface SlackPerson {
  personId: string;
  name: string;
  locale: "fr" | "en";
  roles: RoleGrant[];
}

/** The person a Slack account is linked to, with the roles that decide what the surface offers: one indexed read. */
export async function findSlackPerson(ctx: WorkflowContext, slackUserId: string): Promise<SlackPerson | null> {
  const person = await ctx.db.person.findUnique({
    where: { slackUserId },
    select: { id: true, name: true, locale: true, roles: { select: { role: true, scope: true } } },
  });
  if (!person) return null;
  return {
    personId: person.id,
    name: person.name,
    locale: person.locale === "en" ? "en" : "fr",
    roles: person.roles.map((r) => ({ role: r.role as Role, scope: r.scope })),
  };
}
