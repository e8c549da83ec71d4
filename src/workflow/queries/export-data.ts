import { assertAllowed } from "../../domain/roles";
import type { Actor, WorkflowContext } from "../context";
import { loadActor } from "../people";
import { inTransaction } from "../run";

export const EXPORTS = {
  labels: ["number", "organisation", "kind", "source", "status", "themes", "competences", "validFrom", "validUntil"],
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
  ],
} as const;
export type ExportName = keyof typeof EXPORTS;

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
      return {
        columns,
        rows: labels.map((l) => ({
          ...l,
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
    return {
      columns,
      rows: reports.map((r) => ({
        ...r,
        mission: r.mission.reference,
        organisation: r.mission.organisation.name,
        country: r.mission.countryCode,
      })),
    };
  });
}
