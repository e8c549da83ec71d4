import type { Db, Prisma } from "../../db/client";
import { dueAnchorRanges, dueLabelReminders, type ReminderPolicy } from "../../domain/reminder-policy";
import { dateIn, daysBetween, endOfDate, startOfDate } from "../../domain/time";
import { type Prompt, type PromptRecipient, promptKey } from "./prompt";
import { focalPointsByOrganisation, loadPeople } from "./recipients";

/** The label expiry warnings due on `today`, to each body's focal points; the (status, validUntil) index serves. */
export async function labelPrompts(
  db: Db,
  today: string,
  policy: ReminderPolicy,
  defaultTimeZone: string,
): Promise<Prompt[]> {
  const found: {
    label: { id: string; number: string; organisationId: string; validUntil: Date };
    kind: string;
    dueOn: string;
  }[] = [];
  for (const rule of policy.rules.filter((r) => r.subject === "label")) {
    const where: Prisma.LabelWhereInput = { status: { in: [...rule.states] } };
    for (const range of dueAnchorRanges(rule, today)) {
      where.validUntil = {
        gte: range.onOrAfter ? startOfDate(range.onOrAfter) : undefined,
        lte: range.onOrBefore ? endOfDate(range.onOrBefore) : undefined,
      };
    }
    const labels = await db.label.findMany({
      where,
      select: { id: true, number: true, organisationId: true, validUntil: true, status: true },
    });
    for (const label of labels) {
      for (const due of dueLabelReminders(label, today, { settings: policy.settings, rules: [rule] })) {
        found.push({ label, kind: due.kind, dueOn: due.dueOn });
      }
    }
  }
  const focal = await focalPointsByOrganisation(
    db,
    found.map((f) => f.label.organisationId),
    today,
  );
  const people = await loadPeople(db, [...focal.values()].flat(), defaultTimeZone);
  return found.flatMap(({ label, kind, dueOn }) => {
    const validUntil = dateIn(label.validUntil);
    const data = {
      labelId: label.id,
      number: label.number,
      reminderKind: kind,
      validUntil,
      daysLeft: daysBetween(today, validUntil),
    };
    return (focal.get(label.organisationId) ?? [])
      .map((id) => people.get(id))
      .filter((p): p is PromptRecipient & { type: "person" } => p !== undefined)
      .map(
        (recipient): Prompt => ({
          key: promptKey("label", label.id, kind, dueOn, recipient),
          subject: "label",
          subjectId: label.id,
          missionId: null,
          reference: label.number,
          kind,
          notification: "label_expiring",
          recipient,
          dueOn,
          data,
        }),
      );
  });
}
