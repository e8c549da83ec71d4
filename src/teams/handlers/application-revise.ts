import { resubmissionFile } from "../../workflow";
import { applicationFormCard, COMMITMENT_ON, typedApplicationFrom } from "../cards/application-form-card";
import type { CardActionHandler } from "../turn";

/** "Modifier ma candidature" on the committee's request: the application card, pre-filled, with the comment. */
export const reviseApplicationFromCard: CardActionHandler = async ({ rt, sender, data }) => {
  const applicationId = typeof data.applicationId === "string" ? data.applicationId : "";
  // A file not theirs or no longer sent back is refused by the read model, in words, by the card-action dispatcher.
  const file = await resubmissionFile(rt.ctx, sender.actor, applicationId);
  return applicationFormCard({
    locale: sender.locale,
    // The commitment was given when the file was first filed, and is given again by resubmitting it.
    typed: { ...typedApplicationFrom(file.draft), commitmentAccepted: COMMITMENT_ON },
    applicationId: file.applicationId,
    committeeComment: file.comment,
  });
};
