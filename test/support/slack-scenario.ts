import { confirmMission, decideAsEmbassy, recordReturn } from "../../src/workflow";
import { type Kit, labelledBody, openedMission } from "./workflow-kit";

/**
 * A labelled body (Ville de Lyon, focal point referent@lyon.fr) whose mission to Senegal (6–10 April 2026, Marie
 * Durand and Jean Martin) was validated, confirmed and came back: its report is due by 10 June 2026.
 */
export async function missionAwaitingReport(kit: Kit) {
  const body = await labelledBody(kit);
  const missionId = await openedMission(kit, body.labelId);
  await decideAsEmbassy(kit.ctx, kit.embassySN, { missionId, decision: "validate" });
  await confirmMission(kit.ctx, body.focal, { missionId });
  kit.clock.set("2026-04-13T08:00:00Z");
  await recordReturn(kit.ctx, kit.daect, { missionId });
  return { ...body, missionId };
}
