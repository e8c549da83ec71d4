import { renewalDraft } from "../../workflow";
import { applicationFormCard, typedApplicationFrom } from "../cards/application-form-card";
import type { CardActionHandler } from "../turn";

/** "Renouveler" on a label's warning card: the application card, filled in from the previous file. */
export const openRenewalFromCard: CardActionHandler = async ({ rt, sender, data }) => {
  const labelId = typeof data.labelId === "string" ? data.labelId : "";
  const draft = await renewalDraft(rt.ctx, sender.actor, labelId);
  const typed = { ...typedApplicationFrom(draft), renewalOfLabelId: draft.labelId, renewalOfNumber: draft.number };
  return applicationFormCard({ locale: sender.locale, typed });
};
