import {
  advanceMissions,
  cancelMission,
  confirmMission,
  decideAsEmbassy,
  requestReimbursement,
  settleReimbursement,
  submitReport,
} from "../../src/workflow";
import { type Kit, labelledBody, missionaryActor, openedMission, returnedMissionOf } from "./workflow-kit";

const report = (missionId: string, complementaryAction: boolean, longTermCooperation: boolean) => ({
  missionId,
  objectAccount: "Diagnostic de la collecte, atelier avec les élus",
  complementaryAction,
  ...(complementaryAction ? { complementaryDetail: "Accueil de deux techniciens" } : {}),
  longTermCooperation,
});

/**
 * Missions of two bodies over two years, through the verbs: Lyon went to Senegal (report on time, yes to both
 * questions) and to Morocco (no report: reimbursement asked and paid back), both back on 10 April 2026; Brest went
 * to Senegal in January 2027 (report late, yes to a longer-term cooperation only). A cancelled mission and one
 * waiting for its embassy count for nothing. The clock ends on 20 March 2027.
 */
export async function capitalisedMissions(kit: Kit) {
  const lyon = await labelledBody(kit);
  const brest = await labelledBody(kit, "Ville de Brest", "referent@brest.fr");
  const morocco = await openedMission(kit, lyon.labelId, { countryCode: "MA", foreignPartner: "Ville de Fès" });
  await decideAsEmbassy(kit.ctx, kit.embassyMA, { missionId: morocco, decision: "validate" });
  await confirmMission(kit.ctx, lyon.focal, { missionId: morocco });
  const cancelled = await openedMission(kit, brest.labelId, { countryCode: "MA" });
  await cancelMission(kit.ctx, kit.daect, { missionId: cancelled, reason: "Report du partenaire" });
  await openedMission(kit, brest.labelId);
  // Departs and returns Morocco's mission with Senegal's.
  const senegal = await returnedMissionOf(kit, lyon.labelId, lyon.focal);
  const missionary = await missionaryActor(kit);
  await submitReport(kit.ctx, missionary, report(senegal.missionId, true, true));
  kit.clock.set("2026-06-11T08:00:00Z");
  await advanceMissions(kit.ctx);
  await requestReimbursement(kit.ctx, kit.daect, { missionId: morocco });
  await settleReimbursement(kit.ctx, kit.daect, { missionId: morocco, outcome: "paid" });

  kit.clock.set("2026-12-01T09:00:00Z");
  const late = await openedMission(kit, brest.labelId, {
    legs: [{ kind: "outbound", startDate: "2027-01-11", endDate: "2027-01-15", peopleCount: 2 }],
  });
  await decideAsEmbassy(kit.ctx, kit.embassySN, { missionId: late, decision: "validate" });
  await confirmMission(kit.ctx, brest.focal, { missionId: late });
  kit.clock.set("2027-01-11T08:00:00Z");
  await advanceMissions(kit.ctx);
  kit.clock.set("2027-01-16T08:00:00Z");
  await advanceMissions(kit.ctx);
  kit.clock.set("2027-03-20T08:00:00Z");
  await advanceMissions(kit.ctx);
  await submitReport(kit.ctx, missionary, report(late, false, true));
  return { lyon, brest };
}
