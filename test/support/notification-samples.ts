import type { NotificationKind } from "../../src/domain/notification-urgency";
import {
  NOTIFICATION_DATA,
  type NotificationDataInput,
  type TypedNotification,
} from "../../src/workflow/notification-kinds";
import type { NotificationInput } from "../../src/workflow/notifications";

const prompt = { missionId: "m1", reference: "M-2026-0001", reminderKind: "report_3d_before", dueOn: "2026-06-07" };

/** Data of the right shape for every kind, for tests about delivery rather than wording. */
export const SAMPLE_DATA: { [K in NotificationKind]: NotificationDataInput<K> } = {
  application_submitted: { applicationId: "a1" },
  application_recommended: { applicationId: "a1" },
  application_decided: { applicationId: "a1", decision: "rejected" },
  application_withdrawn: { applicationId: "a1" },
  application_changes_requested: {
    applicationId: "a1",
    organisation: "Ville de Lyon",
    comment: "Précisez les experts",
  },
  application_resubmitted: { applicationId: "a1", changed: ["competences", "experts"] },
  diploma_issued: { labelId: "l1", labelNumber: "EXPE-CT-2026-0001", organisation: "Ville de Lyon" },
  label_revoked: { labelId: "l1", number: "EXPE-CT-2026-0001", reason: "Manquement" },
  label_suspended: { labelId: "l1", number: "EXPE-CT-2026-0001", reason: "Enquête", until: "2026-04-30" },
  label_reinstated: { labelId: "l1", number: "EXPE-CT-2026-0001" },
  label_missions_flagged: {
    labelId: "l1",
    number: "EXPE-CT-2026-0001",
    organisation: "Ville de Lyon",
    change: "revoked",
    missions: [
      { missionId: "m1", reference: "M-2026-0001", countryCode: "SN", startDate: "2026-05-04", status: "confirmed" },
    ],
  },
  label_expiring: {
    labelId: "l1",
    number: "EXPE-CT-2026-0001",
    reminderKind: "label_90d",
    validUntil: "2029-03-01",
    daysLeft: 90,
  },
  label_expired: { labelId: "l1", number: "EXPE-CT-2026-0001" },
  solicitation_declared: { solicitationId: "s1" },
  embassy_validation_requested: { round: 0 },
  embassy_decided: { decision: "validated", by: "Ambassade", at: "2026-03-02T10:00:00.000Z" },
  embassy_question: { question: "Quand ?", by: "Ambassade", byId: "p1", country: "SN" },
  mission_to_confirm: {},
  mission_confirmed: {},
  mission_cancelled: { reason: "Annulée" },
  mission_updated: { event: "opened" },
  report_requested: { reportDeadline: "2026-06-10" },
  report_submitted: {},
  report_validated: { by: "Léa" },
  report_returned: { by: "Léa", comment: "À compléter" },
  report_reminder: { ...prompt, reportDeadline: "2026-06-10", daysLeft: 3, snoozeChoices: [1, 3], actions: [] },
  report_validation_reminder: { ...prompt, submittedAt: null, daysWaiting: null, actions: [] },
  report_escalation: { ...prompt, reportDeadline: "2026-06-10", daysLate: 3, status: "report_overdue" },
  reimbursement_proposal: { ...prompt, reportDeadline: "2026-06-10", daysLate: 30, amountCents: 1000, actions: [] },
  reimbursement_requested: { amountCents: 1000 },
  reimbursement_settled: { outcome: "paid" },
  late_report: {},
  extension_requested: { extensionId: "e1" },
  extension_decided: { status: "refused" },
  delivery_failed: {
    outboxId: "o1",
    kind: "report_reminder",
    recipientId: null,
    channel: null,
    attempts: 10,
    error: "x",
  },
  unexpected_error: {
    kind: "TypeError@src/workflow/x.ts",
    reference: "7KQ2-M9XD",
    surface: "slack",
    where: "block_actions",
    summary: "TypeError at x.ts:1",
    hour: "2026-03-06T19",
  },
  delegation_named: { by: "Awa Ndiaye", from: "2026-08-03", to: "2026-08-17" },
};

export type NotificationSketch = NotificationInput extends infer T
  ? T extends unknown
    ? Omit<T, "data"> & { data?: unknown }
    : never
  : never;

/** A notification whose data, when the test leaves it out, is the kind's sample. */
export function withSampleData(item: NotificationSketch): NotificationInput {
  return { ...item, data: item.data ?? SAMPLE_DATA[item.kind] } as NotificationInput;
}

function keysOf(schema: unknown): string[] {
  const s = schema as { shape?: Record<string, unknown>; options?: unknown[] };
  if (s.shape) return Object.keys(s.shape);
  return [...new Set((s.options ?? []).flatMap(keysOf))];
}

/**
 * A kind's sample with every field the loose object also has and that still fits the kind's schema taken from
 * it: one bag of hostile or long values tried on every kind, each kind keeping its typed shape.
 */
export function fitNotification<K extends NotificationKind>(
  kind: K,
  loose: Record<string, unknown>,
): TypedNotification {
  const schema = NOTIFICATION_DATA[kind];
  let data: Record<string, unknown> = { ...(SAMPLE_DATA[kind] as Record<string, unknown>) };
  for (const key of keysOf(schema)) {
    if (!(key in loose)) continue;
    const candidate = { ...data, [key]: loose[key] };
    if (schema.safeParse(candidate).success) data = candidate;
  }
  return { kind, data: schema.parse(data) } as TypedNotification;
}
