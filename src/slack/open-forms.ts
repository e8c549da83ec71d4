import type { webApi } from "@slack/bolt";
import { isDomainError } from "../domain/errors";
import { isReportReviewable, isReportWritable } from "../domain/report";
import { dateIn } from "../domain/time";
import { describeError } from "../i18n";
import {
  embassyChoices,
  missionDetailsFor,
  missionsFor,
  renewalDraft,
  reportAttachments,
  solicitationBodies,
} from "../workflow";
import { emptyApplication, renewalApplication } from "./forms/application-form";
import { emptyMission } from "./forms/mission-form";
import { escapeMrkdwn, tm } from "./mrkdwn";
import { openModal, updateModal } from "./reply";
import { linksFor } from "./slack-attachments";
import type { Caller, SlackSurface } from "./surface";
import { applicationModal } from "./views/application-modal";
import { loadingModal, noticeModal } from "./views/decision-modals";
import { missionModal } from "./views/mission-modal";
import { type ReportChoice, reportModal } from "./views/report-modal";
import { reviewModal } from "./views/review-modal";
import { solicitationModal } from "./views/solicitation-modal";
import { t } from "./words";

/** The modals that commands, App Home buttons and DM buttons all open. Each answers within the trigger's 3 s. */

export async function openApplicationForm(client: webApi.WebClient, triggerId: string, caller: Caller) {
  await openModal(client, triggerId, applicationModal(caller.locale, emptyApplication(), { rows: ["r0"], next: 1 }));
}

/** "Renouveler": the application form filled in from the label's previous file, marked as its renewal. */
export async function openRenewalForm(
  client: webApi.WebClient,
  surface: SlackSurface,
  triggerId: string,
  caller: Caller,
  labelId: string,
) {
  const { draft, form } = renewalApplication(await renewalDraft(surface.ctx, caller.actor, labelId));
  await openModal(client, triggerId, applicationModal(caller.locale, draft, form));
}

/**
 * Opened once with the final view: building it (one read of the embassies, then the blocks) takes about a
 * millisecond, far inside the trigger's 3 s, so a loading modal and its views.update would only cost a Slack call.
 */
export async function openMissionForm(
  client: webApi.WebClient,
  surface: SlackSurface,
  triggerId: string,
  caller: Caller,
) {
  const embassies = await embassyChoices(surface.ctx);
  const view =
    embassies.length === 0
      ? noticeModal(
          caller.locale,
          t(caller.locale, "slack.mission.title"),
          tm(caller.locale, "slack.mission.noEmbassy"),
        )
      : missionModal(caller.locale, { draft: emptyMission(), form: { rows: ["r0"], next: 1 }, embassies });
  await openModal(client, triggerId, view);
}

/** The missions whose report the caller may write now: R1's open window, no report or a returned one. */
async function reportChoices(surface: SlackSurface, caller: Caller, onlyMissionId?: string): Promise<ReportChoice[]> {
  const lists = await missionsFor(surface.ctx, caller.actor);
  const seen = new Set<string>();
  const out: ReportChoice[] = [];
  for (const m of [...lists.mine, ...lists.ofMyBodies]) {
    if (seen.has(m.id) || (onlyMissionId && m.id !== onlyMissionId)) continue;
    seen.add(m.id);
    if (!isReportWritable(m.status, m.report?.status)) continue;
    out.push({
      missionId: m.id,
      reference: m.reference,
      organisation: m.organisation.name,
      countryCode: m.countryCode,
      reportDeadline: m.reportDeadline,
    });
  }
  return out;
}

export async function openReportForm(
  client: webApi.WebClient,
  surface: SlackSurface,
  triggerId: string,
  caller: Caller,
  missionId?: string,
) {
  const viewId = await openModal(client, triggerId, loadingModal(caller.locale));
  const choices = await reportChoices(surface, caller, missionId);
  const view =
    choices.length === 0
      ? noticeModal(caller.locale, t(caller.locale, "slack.report.title"), tm(caller.locale, "slack.report.none"))
      : reportModal(caller.locale, choices);
  await updateModal(client, viewId, view);
}

export async function openReviewForm(
  client: webApi.WebClient,
  surface: SlackSurface,
  triggerId: string,
  caller: Caller,
  missionId: string,
  preset?: "validate" | "return",
) {
  const viewId = await openModal(client, triggerId, loadingModal(caller.locale));
  const title = t(caller.locale, "slack.review.title");
  // The loading modal is already open: a refusal to show the mission is said in it, in place of the form.
  const view = await missionDetailsFor(surface.ctx, caller.actor, missionId).then(
    async ({ mission, can }) =>
      can.reviewReport && isReportReviewable(mission.report?.status)
        ? reviewModal(
            caller.locale,
            mission,
            preset,
            linksFor(surface, caller, await reportAttachments(surface.ctx, missionId)),
          )
        : noticeModal(caller.locale, title, tm(caller.locale, "slack.review.unavailable")),
    (error: unknown) => {
      if (!isDomainError(error)) throw error;
      return noticeModal(caller.locale, title, escapeMrkdwn(describeError(error, caller.locale)));
    },
  );
  await updateModal(client, viewId, view);
}

export async function openSolicitationForm(
  client: webApi.WebClient,
  surface: SlackSurface,
  triggerId: string,
  caller: Caller,
) {
  const viewId = await openModal(client, triggerId, loadingModal(caller.locale));
  const bodies = await solicitationBodies(surface.ctx, caller.actor);
  const title = t(caller.locale, "slack.solicitation.title");
  const view =
    bodies.length === 0
      ? noticeModal(caller.locale, title, tm(caller.locale, "slack.solicitation.none"))
      : solicitationModal(caller.locale, bodies.slice(0, 100), dateIn(surface.ctx.clock.now()));
  await updateModal(client, viewId, view);
}
