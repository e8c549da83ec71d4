import { renewalDraft } from "../../workflow";
import { applicationFormCard, type TypedApplication } from "../cards/application-form-card";
import type { CardActionHandler } from "../turn";

/** "Renouveler" on a label's warning card: the application card, filled in from the previous file. */
export const openRenewalFromCard: CardActionHandler = async ({ rt, sender, data }) => {
  const labelId = typeof data.labelId === "string" ? data.labelId : "";
  const draft = await renewalDraft(rt.ctx, sender.actor, labelId);
  const typed: TypedApplication = {
    organisationName: draft.organisationName,
    organisationKind: draft.organisationKind,
    basis: draft.basis,
    competenceScope: draft.competenceScope,
    competences: draft.competences,
    themes: draft.themes.join(","),
    experts: draft.experts.map((e) => ({ ...e })),
    renewalOfLabelId: draft.labelId,
    renewalOfNumber: draft.number,
  };
  return applicationFormCard({ locale: sender.locale, typed });
};
