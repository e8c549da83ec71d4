import { z } from "zod";
import type { Tx } from "../context";
import { found } from "../guard";
import { ZEmail, ZId } from "../validate";

/** A person named by their e-mail, or by their id (an erased person keeps only that, as the audit shows it). */
export const ZPersonKey = z.object({ person: z.union([ZEmail, ZId]) });

export interface PersonRow {
  id: string;
  email: string;
  name: string;
  organisationId: string | null;
}

export async function findPerson(tx: Tx, key: string): Promise<PersonRow> {
  const person = await tx.person.findFirst({
    where: { OR: [{ email: key.toLowerCase() }, { id: key }] },
    select: { id: true, email: true, name: true, organisationId: true },
  });
  return found(person, "person", key);
}

/** The bodies a person belongs to: the one their profile names, and those they are focal point of. */
export async function bodiesOf(tx: Tx, person: PersonRow): Promise<string[]> {
  const roles = await tx.roleAssignment.findMany({
    where: { personId: person.id, role: "focal_point" },
    select: { scope: true },
  });
  return [...new Set([person.organisationId, ...roles.map((r) => r.scope)].filter((id): id is string => !!id))];
}

/**
 * The experts of applications that are this person. An application names its experts as free text (L5), with an
 * e-mail or without: a row is the person when it has their e-mail, or, without one, their exact name in an
 * application of a body they belong to (a namesake elsewhere is someone else).
 */
export async function expertRowsOf(tx: Tx, person: PersonRow) {
  const bodies = await bodiesOf(tx, person);
  return tx.applicationExpert.findMany({
    where: {
      OR: [
        { email: person.email },
        { email: null, name: person.name, application: { organisationId: { in: bodies } } },
      ],
    },
    include: { application: { select: { id: true, status: true, submittedAt: true, organisationId: true } } },
    orderBy: { id: "asc" },
  });
}
