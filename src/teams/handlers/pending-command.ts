import { isReportReviewable, isReportWritable } from "../../domain/report";
import { missionDetailsFor, missionsFor } from "../../workflow";
import { reportFilesFor } from "../attachment-links";
import { type Card, cardMessage, textMessage } from "../cards/card-kit";
import { embassyValidationCard, isAwaitingEmbassy } from "../cards/embassy-validation-card";
import { tmd } from "../cards/markdown";
import { isAwaitingConfirmation, missionConfirmCard } from "../cards/mission-confirm-card";
import { reportPromptCard } from "../cards/report-prompt-card";
import { reportReviewCard } from "../cards/report-review-card";
import { MAX_CARDS_PER_MESSAGE } from "../constants";
import { snoozeDaysFor } from "../runtime";
import type { CommandHandler } from "../turn";
import { t } from "../words";

type Waiting = { missionId: string; as: "embassy" | "confirmer" | "writer" | "reviewer" };

/**
 * en attente | pending: what waits for this person, each as the card to act on: missions their embassy
 * must decide, missions of their body to confirm, reports they must write, reports of their body to validate.
 */
export const listPending: CommandHandler = async ({ rt, sender }) => {
  const lists = await missionsFor(rt.ctx, sender.actor);
  const waiting: Waiting[] = [
    ...lists.ofMyCountries
      .filter((m) => isAwaitingEmbassy(m.status))
      .map((m) => ({ missionId: m.id, as: "embassy" as const })),
    ...lists.ofMyBodies
      .filter((m) => isAwaitingConfirmation(m.status))
      .map((m) => ({ missionId: m.id, as: "confirmer" as const })),
    ...lists.mine
      .filter((m) => isReportWritable(m.status, m.report?.status))
      .map((m) => ({ missionId: m.id, as: "writer" as const })),
    ...lists.ofMyBodies
      .filter((m) => isReportReviewable(m.report?.status))
      .map((m) => ({ missionId: m.id, as: "reviewer" as const })),
  ];
  const seen = new Set<string>();
  const cards: Card[] = [];
  for (const item of waiting) {
    if (seen.has(item.missionId) || cards.length >= MAX_CARDS_PER_MESSAGE) continue;
    seen.add(item.missionId);
    const { mission, can } = await missionDetailsFor(rt.ctx, sender.actor, item.missionId);
    const locale = sender.locale;
    if (item.as === "embassy")
      cards.push(embassyValidationCard({ mission, locale, timeZone: sender.timeZone, canDecide: can.decideAsEmbassy }));
    else if (item.as === "confirmer") cards.push(missionConfirmCard({ mission, locale, canConfirm: can.confirm }));
    else if (item.as === "reviewer") {
      const files = await reportFilesFor(rt, sender, mission.id);
      cards.push(reportReviewCard({ mission, locale, canReview: can.reviewReport, files }));
    } else {
      const snoozeDays = snoozeDaysFor(rt, mission);
      cards.push(reportPromptCard({ mission, locale, reminder: true, snoozeDays }));
    }
  }
  if (cards.length === 0) return textMessage(tmd(sender.locale, "teams.pending.none"));
  return cardMessage(cards, t(sender.locale, "teams.missions.intro", { count: cards.length }));
};
