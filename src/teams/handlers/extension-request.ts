import { isDomainError } from "../../domain/errors";
import { describeError } from "../../i18n";
import { missionDetailsFor, requestExtension } from "../../workflow";
import type { CardNotice } from "../cards/card-kit";
import { escapeMarkdown, tmd } from "../cards/markdown";
import { reportPromptCard } from "../cards/report-prompt-card";
import { INPUT } from "../constants";
import { snoozeDaysFor } from "../runtime";
import { type CardActionHandler, field, missionIdOf } from "../turn";

/** Demander un délai: the reason goes to DAECT, who grants a new deadline or not. */
export const requestExtensionFromCard: CardActionHandler = async ({ rt, sender, data }) => {
  const missionId = missionIdOf(data);
  let notice: CardNotice = { tone: "info", text: tmd(sender.locale, "teams.report.extension_sent") };
  try {
    await requestExtension(rt.ctx, sender.actor, { missionId, reason: field(data, INPUT.extensionReason) ?? "" });
  } catch (error) {
    if (!isDomainError(error)) throw error;
    notice = { tone: "error", text: escapeMarkdown(describeError(error, sender.locale)) };
  }
  const { mission } = await missionDetailsFor(rt.ctx, sender.actor, missionId);
  const snoozeDays = snoozeDaysFor(rt, mission);
  return reportPromptCard({ mission, locale: sender.locale, reminder: true, snoozeDays, notice });
};
