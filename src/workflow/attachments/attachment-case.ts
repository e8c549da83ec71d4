import type { AttachmentCaseKind } from "../../domain/attachments";
import { DomainError } from "../../domain/errors";
import type { Permission, Subject } from "../../domain/roles";
import type { Tx } from "../context";
import { conflict, found } from "../guard";
import { loadMission, missionSubject } from "../missions/mission-store";

/** The application or report files are joined to, as the permission table and the life cycle see it. */
export interface AttachmentCase {
  kind: AttachmentCaseKind;
  id: string;
  status: string;
  subject: Subject;
}

/** Who may add files: those who may send the file again, while it is still open. */
export const ADD_PERMISSION: Record<AttachmentCaseKind, Permission> = {
  application: "application.resubmit",
  report: "report.submit",
};
/** Who may read them: those who may see the application or the mission the report is of. */
export const READ_PERMISSION: Record<AttachmentCaseKind, Permission> = {
  application: "application.view",
  report: "mission.view",
};
/** Files are added while the committee or the focal point has not yet decided. */
const OPEN_STATES: Record<AttachmentCaseKind, readonly string[]> = {
  application: ["submitted", "under_review", "changes_requested"],
  report: ["submitted", "returned"],
};

export async function loadAttachmentCase(tx: Tx, kind: AttachmentCaseKind, id: string): Promise<AttachmentCase> {
  if (kind === "application") {
    const app = found(
      await tx.application.findUnique({
        where: { id },
        select: { status: true, organisationId: true, submittedById: true },
      }),
      "application",
      id,
    );
    return {
      kind,
      id,
      status: app.status,
      subject: { organisationId: app.organisationId, applicantId: app.submittedById },
    };
  }
  const report = found(
    await tx.report.findUnique({ where: { id }, select: { missionId: true, status: true } }),
    "report",
    id,
  );
  const mission = await loadMission(tx, report.missionId);
  return { kind, id, status: report.status, subject: missionSubject(mission) };
}

export function assertOpenForFiles(kase: AttachmentCase): void {
  if (!OPEN_STATES[kase.kind].includes(kase.status)) {
    throw new DomainError("wrong_state", { entity: kase.kind, state: kase.status, action: "attach" });
  }
}

/**
 * Takes the case's row for the rest of the transaction (PostgreSQL locks it; SQLite runs one writer at a time), so
 * that two uploads at once cannot both read the case's total before either adds to it.
 */
export async function lockAttachmentCase(tx: Tx, kase: AttachmentCase): Promise<void> {
  const where = { id: kase.id, status: kase.status };
  const { count } =
    kase.kind === "application"
      ? await tx.application.updateMany({ where, data: { status: kase.status } })
      : await tx.report.updateMany({ where, data: { status: kase.status } });
  if (count === 0) conflict(kase.kind, kase.id);
}
