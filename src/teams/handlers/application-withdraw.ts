import { isDomainError } from "../../domain/errors";
import { describeError } from "../../i18n";
import { withdrawApplication, withdrawableApplications } from "../../workflow";
import { applicationListCard } from "../cards/application-list-card";
import type { Card, CardNotice } from "../cards/card-kit";
import { escapeMarkdown, tmd } from "../cards/markdown";
import { type CardActionHandler, field } from "../turn";

/**
 * §3: the applicant or the body's focal point takes the application back, through the verb Slack's App Home
 * calls; the answer is the list again, topped by what happened (the committee's message follows from the outbox).
 */
export const withdrawApplicationFromCard: CardActionHandler = async ({ rt, sender, data }): Promise<Card> => {
  const applicationId = field(data, "applicationId") ?? "";
  const before = await withdrawableApplications(rt.ctx, sender.actor);
  const organisation = before.find((a) => a.applicationId === applicationId)?.organisation;
  let notice: CardNotice;
  try {
    await withdrawApplication(rt.ctx, sender.actor, { applicationId });
    notice = organisation
      ? { tone: "info", text: tmd(sender.locale, "teams.applications.withdrawn", { organisation }) }
      : { tone: "info", text: tmd(sender.locale, "teams.applications.withdrawn_any") };
  } catch (error) {
    if (!isDomainError(error)) throw error;
    notice = { tone: "error", text: escapeMarkdown(describeError(error, sender.locale)) };
  }
  const applications = await withdrawableApplications(rt.ctx, sender.actor);
  return applicationListCard({ locale: sender.locale, applications, notice });
};
