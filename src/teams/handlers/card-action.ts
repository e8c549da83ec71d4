import type { App } from "@microsoft/teams.apps";
import { z } from "zod";
import { toLocale } from "../../i18n";
import { type Card, messageCard } from "../cards/card-kit";
import { escapeMarkdown, tmd } from "../cards/markdown";
import { ADAPTIVE_CARD, VERB } from "../constants";
import { explainTeamsFailure } from "../failure-text";
import { identifySender } from "../identity";
import type { TeamsRuntime } from "../runtime";
import type { CardActionHandler } from "../turn";
import { openRenewalFromCard } from "./application-renew";
import { reviseApplicationFromCard } from "./application-revise";
import { submitApplicationFromCard } from "./application-submit";
import { withdrawApplicationFromCard } from "./application-withdraw";
import { decideFromCard } from "./embassy-decision";
import { askQuestionFromCard } from "./embassy-question";
import { requestExtensionFromCard } from "./extension-request";
import { confirmMissionFromCard } from "./mission-confirm";
import { refreshMissionCard } from "./mission-refresh";
import { openReportForm } from "./report-form";
import { reviewReportFromCard } from "./report-review";
import { snoozeFromCard } from "./report-snooze";
import { submitReportFromCard } from "./report-submit";
import { declareSolicitationFromCard } from "./solicitation-declare";

const ACTIONS: Record<string, CardActionHandler> = {
  [VERB.embassyValidate]: decideFromCard("validate"),
  [VERB.embassyRefuse]: decideFromCard("refuse"),
  [VERB.embassyAsk]: askQuestionFromCard,
  [VERB.missionRefresh]: refreshMissionCard,
  [VERB.missionConfirm]: confirmMissionFromCard,
  [VERB.reportForm]: openReportForm,
  [VERB.reportSubmit]: submitReportFromCard,
  [VERB.reportSnooze]: snoozeFromCard,
  [VERB.extensionRequest]: requestExtensionFromCard,
  [VERB.reportValidate]: reviewReportFromCard("validate"),
  [VERB.reportReturn]: reviewReportFromCard("return"),
  [VERB.applicationSubmit]: submitApplicationFromCard,
  [VERB.applicationWithdraw]: withdrawApplicationFromCard,
  [VERB.applicationRenew]: openRenewalFromCard,
  [VERB.applicationRevise]: reviseApplicationFromCard,
  [VERB.solicitationDeclare]: declareSolicitationFromCard,
};

/** The verbs this surface answers: the cards may only use these (checked by a test). */
export const CARD_VERBS = Object.keys(ACTIONS);

/** What an Action.Execute carries: the verb, and the card's data merged with its inputs. */
const ZCardActionValue = z.looseObject({
  action: z.looseObject({ verb: z.string().max(100), data: z.record(z.string(), z.unknown()).nullish() }),
});

/**
 * Every Action.Execute of our cards (and their refresh) lands here. The answer is the card that replaces
 * the clicked one, for the clicker, in the same HTTP exchange: errors included, so nothing is lost.
 */
export function registerCardActions(app: App, rt: TeamsRuntime): void {
  app.on("card.action", async (ctx) => {
    const activity = ctx.activity;
    const parsed = ZCardActionValue.safeParse(activity.value);
    const action = parsed.success ? parsed.data.action : undefined;
    const verb = action?.verb;
    // Own keys only: a verb such as "constructor" must not find Object's.
    const handler = verb !== undefined && Object.hasOwn(ACTIONS, verb) ? ACTIONS[verb] : undefined;
    let locale = toLocale(activity.locale);
    let card: Card;
    try {
      const sender = await identifySender(rt, activity);
      if (!sender) card = messageCard({ tone: "error", text: tmd(locale, "teams.identity.unknown") });
      else if (!handler || !action)
        card = messageCard({ tone: "error", text: tmd(sender.locale, "error.stale_action") });
      else {
        locale = sender.locale;
        card = await handler({ rt, sender, data: action.data ?? {}, activity });
      }
    } catch (error) {
      const text = await explainTeamsFailure(rt, error, locale, `Teams card action ${verb ?? ""}`);
      card = messageCard({ tone: "error", text: escapeMarkdown(text) });
    }
    return { statusCode: 200, type: ADAPTIVE_CARD, value: card };
  });
}
