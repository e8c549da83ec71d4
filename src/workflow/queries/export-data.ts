import type { AttachmentCaseKind } from "../../domain/attachments";
import { assertAllowed } from "../../domain/roles";
import type { Actor, Tx, WorkflowContext } from "../context";
import { loadActor } from "../people";
import { inTransaction } from "../run";

export const EXPORTS = {
  labels: [
    "number",
    "organisation",
    "kind",
    "source",
    "status",
    "themes",
    "competences",
    "validFrom",
    "validUntil",
    "attachments",
  ],
  missions: [
    "reference",
    "status",
    "organisation",
    "label",
    "country",
    "foreignPartner",
    "nature",
    "startDate",
    "endDate",
    "people",
    "transportCostEuros",
    "returnedOn",
    "reportDeadline",
  ],
  reports: [
    "mission",
    "organisation",
    "country",
    "status",
    "late",
    "submittedAt",
    "reviewedAt",
    "complementaryAction",
    "longTermCooperation",
    "objectAccount",
    "attachments",
  ],
} as const;
export type ExportName = keyof typeof EXPORTS;

/** The names of each case's files, "|" between them as between themes: what was sent, not the files themselves. */
async function attachmentNames(tx: Tx, caseKind: AttachmentCaseKind): Promise<(caseId: string | null) => string> {
  const rows = await tx.attachment.findMany({
    where: { caseKind },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { caseId: true, name: true },
  });
  const byCase = new Map<string, string[]>();
  for (const row of rows) byCase.set(row.caseId, [...(byCase.get(row.caseId) ?? []), row.name]);
  return (caseId) => (caseId ? (byCase.get(caseId) ?? []).join("|") : "");
}

/** DAECT's exports, one row per record, in the columns of EXPORTS. */
export async function exportData(
  ctx: WorkflowContext,
  actor: Actor,
  name: ExportName,
): Promise<{ columns: readonly string[]; rows: Record<string, unknown>[] }> {
  return inTransaction(ctx, async (tx) => {
    assertAllowed("export.read", await loadActor(tx, actor));
    const columns = EXPORTS[name];
    if (name === "labels") {
      const labels = await tx.label.findMany({ include: { organisation: true }, orderBy: { number: "asc" } });
      // A label's files are those of the application it was issued on (none for a label of the PACT history).
      const files = await attachmentNames(tx, "application");
      return {
        columns,
        rows: labels.map((l) => ({
          ...l,
          attachments: files(l.applicationId),
          organisation: l.organisation.name,
          kind: l.organisation.kind,
          themes: (JSON.parse(l.themes) as string[]).join("|"),
        })),
      };
    }
    if (name === "missions") {
      const missions = await tx.mission.findMany({
        include: { organisation: true, label: true, missionaries: true },
        orderBy: { reference: "asc" },
      });
      return {
        columns,
        rows: missions.map((m) => ({
          ...m,
          organisation: m.organisation.name,
          label: m.label.number,
          country: m.countryCode,
          people: m.missionaries.length,
          transportCostEuros: (m.transportCostCents / 100).toFixed(2),
        })),
      };
    }
    const reports = await tx.report.findMany({
      include: { mission: { include: { organisation: true } } },
      orderBy: { submittedAt: "asc" },
    });
    const files = await attachmentNames(tx, "report");
    return {
      columns,
      rows: reports.map((r) => ({
        ...r,
        attachments: files(r.id),
        mission: r.mission.reference,
        organisation: r.mission.organisation.name,
        country: r.mission.countryCode,
      })),
    };
  });
}
