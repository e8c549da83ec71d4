import { isDomainError } from "../../domain/errors";
import { describeError, formatDate } from "../../i18n";
import { missionDetailsFor, snoozeReminders } from "../../workflow";
import type { CardNotice } from "../cards/card-kit";
import { escapeMarkdown, tmd } from "../cards/markdown";
import { reportPromptCard } from "../cards/report-prompt-card";
import { snoozeDaysFor } from "../runtime";
import { type CardActionHandler, missionIdOf } from "../turn";

/** "Dans N j" on a report prompt: the scheduler holds this person's prompts for that mission until then. */
export const snoozeFromCard: CardActionHandler = async ({ rt, sender, data }) => {
  const missionId = missionIdOf(data);
  const days = Number(data.days);
  let notice: CardNotice;
  try {
    const { value } = await snoozeReminders(rt.ctx, sender.actor, { missionId, days });
    const date = formatDate(value.until, sender.locale);
    notice = { tone: "info", text: tmd(sender.locale, "teams.report.snoozed", { date }) };
  } catch (error) {
    if (!isDomainError(error)) throw error;
    notice = { tone: "error", text: escapeMarkdown(describeError(error, sender.locale)) };
  }
  const { mission } = await missionDetailsFor(rt.ctx, sender.actor, missionId);
  const snoozeDays = snoozeDaysFor(rt, mission);
  return reportPromptCard({ mission, locale: sender.locale, reminder: true, snoozeDays, notice });
};
