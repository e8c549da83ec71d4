import { isDomainError } from "../../domain/errors";
import { describeError } from "../../i18n";
import { type ApplicationInput, resubmitApplication, submitApplication } from "../../workflow";
import { applicationFormCard, COMMITMENT_ON, type TypedApplication } from "../cards/application-form-card";
import { messageCard } from "../cards/card-kit";
import { escapeMarkdown, tmd } from "../cards/markdown";
import { EXPERT_FIELDS, EXPERT_ROWS, expertInput, INPUT } from "../constants";
import { type CardActionHandler, field } from "../turn";

function readTyped(data: Record<string, unknown>): TypedApplication {
  const experts = Array.from({ length: EXPERT_ROWS }, (_, row) =>
    Object.fromEntries(EXPERT_FIELDS.map((name) => [name, field(data, expertInput(row, name))])),
  );
  return {
    organisationName: field(data, INPUT.organisationName),
    organisationKind: field(data, INPUT.organisationKind),
    basis: field(data, INPUT.basis),
    competenceScope: field(data, INPUT.competenceScope),
    competences: field(data, INPUT.competences),
    themes: field(data, INPUT.themes),
    note: field(data, INPUT.note),
    commitmentAccepted: field(data, INPUT.commitmentAccepted),
    experts,
    renewalOfLabelId: field(data, "renewalOfLabelId"),
    renewalOfNumber: field(data, "renewalOfNumber"),
  };
}

/** The verb's input: rows up to the last one filled in (the first always), so an error names the card's row. */
function toApplicationInput(typed: TypedApplication): ApplicationInput {
  const { experts, themes, commitmentAccepted, renewalOfNumber: _shown, ...rest } = typed;
  const filled = experts.map((e) => Object.values(e).some(Boolean));
  const count = Math.max(1, filled.lastIndexOf(true) + 1);
  return {
    ...rest,
    themes: (themes ?? "").split(",").filter(Boolean),
    commitmentAccepted: commitmentAccepted === COMMITMENT_ON,
    experts: experts.slice(0, count),
  } as ApplicationInput;
}

/** L1–L6 from the card form, through the same core verb as Slack; an error brings the card back as typed. */
export const submitApplicationFromCard: CardActionHandler = async ({ rt, sender, data }) => {
  const typed = readTyped(data);
  // A file the committee sent back carries its id: the same form then resubmits it.
  const applicationId = typeof data.applicationId === "string" ? data.applicationId : undefined;
  try {
    const file = toApplicationInput(typed);
    if (applicationId) await resubmitApplication(rt.ctx, sender.actor, { ...file, applicationId });
    else await submitApplication(rt.ctx, sender.actor, file);
  } catch (error) {
    if (!isDomainError(error)) throw error;
    const notice = { tone: "error" as const, text: escapeMarkdown(describeError(error, sender.locale)) };
    return applicationFormCard({ locale: sender.locale, typed, notice, applicationId });
  }
  const organisation = typed.organisationName ?? "";
  if (applicationId) {
    return messageCard({ tone: "info", text: tmd(sender.locale, "teams.application.resubmitted", { organisation }) });
  }
  return messageCard({ tone: "info", text: tmd(sender.locale, "teams.application.submitted", { organisation }) });
};
