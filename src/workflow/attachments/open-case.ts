import type { AttachmentCaseKind } from "../../domain/attachments";
import type { PersonActor, WorkflowContext } from "../context";

/** The case a file sent in a chat goes to, as the reply names it. */
export interface OpenCase {
  kind: AttachmentCaseKind;
  id: string;
  /** The body's name (an application) or the mission's reference (a report). */
  title: string;
}

/**
 * Where a file a person sends in a personal chat goes: their most recently filed application still before the
 * committee, or report not yet validated, whichever they sent last. Null when they have none open.
 */
export async function openCaseOf(ctx: WorkflowContext, actor: PersonActor): Promise<OpenCase | null> {
  const [app, report] = await Promise.all([
    ctx.db.application.findFirst({
      where: { submittedById: actor.personId, status: { in: ["submitted", "under_review", "changes_requested"] } },
      orderBy: { submittedAt: "desc" },
      select: { id: true, submittedAt: true, organisation: { select: { name: true } } },
    }),
    ctx.db.report.findFirst({
      where: { submittedById: actor.personId, status: { in: ["submitted", "returned"] } },
      orderBy: { submittedAt: "desc" },
      select: { id: true, submittedAt: true, mission: { select: { reference: true } } },
    }),
  ]);
  if (report && (!app || report.submittedAt > app.submittedAt)) {
    return { kind: "report", id: report.id, title: report.mission.reference };
  }
  return app ? { kind: "application", id: app.id, title: app.organisation.name } : null;
}
