import { isDomainError } from "../../domain/errors";
import { describeError } from "../../i18n";
import { type ApplicationInput, resubmissionFile } from "../../workflow";
import { applicationFormCard, COMMITMENT_ON, type TypedApplication } from "../cards/application-form-card";
import { messageCard } from "../cards/card-kit";
import { escapeMarkdown } from "../cards/markdown";
import type { CardActionHandler } from "../turn";

/** The file as the card form's inputs hold it: themes comma-separated, the commitment as the toggle's value. */
function typedFrom(draft: ApplicationInput): TypedApplication {
  return {
    organisationName: draft.organisationName,
    organisationKind: draft.organisationKind,
    basis: draft.basis,
    competenceScope: draft.competenceScope,
    competences: draft.competences,
    themes: draft.themes.join(","),
    commitmentAccepted: COMMITMENT_ON,
    experts: draft.experts.map((e) => ({
      name: e.name,
      function: e.function,
      qualifications: e.qualifications,
      category: e.category,
      email: e.email,
    })),
  };
}

/** "Modifier ma candidature" on the committee's request: the application card, pre-filled, with the comment. */
export const reviseApplicationFromCard: CardActionHandler = async ({ rt, sender, data }) => {
  const applicationId = typeof data.applicationId === "string" ? data.applicationId : "";
  try {
    const file = await resubmissionFile(rt.ctx, sender.actor, applicationId);
    return applicationFormCard({
      locale: sender.locale,
      typed: typedFrom(file.draft),
      applicationId: file.applicationId,
      committeeComment: file.comment,
    });
  } catch (error) {
    if (!isDomainError(error)) throw error;
    return messageCard({ tone: "error", text: escapeMarkdown(describeError(error, sender.locale)) });
  }
};
