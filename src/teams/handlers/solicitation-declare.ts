import { isDomainError } from "../../domain/errors";
import { dateIn } from "../../domain/time";
import { countryLabel, describeError } from "../../i18n";
import { declareSolicitation, solicitationBodies } from "../../workflow";
import { messageCard } from "../cards/card-kit";
import { escapeMarkdown, tmd } from "../cards/markdown";
import { solicitationFormCard, type TypedSolicitation } from "../cards/solicitation-form-card";
import { INPUT } from "../constants";
import { type CardActionHandler, field } from "../turn";

/** M2 from the card form, through the same core verb as Slack; an error brings the card back as typed. */
export const declareSolicitationFromCard: CardActionHandler = async ({ rt, sender, data }) => {
  const typed: TypedSolicitation = {
    organisationId: field(data, INPUT.organisationId),
    fromWhom: field(data, INPUT.fromWhom),
    countryCode: field(data, INPUT.countryCode),
    subject: field(data, INPUT.subject),
    receivedOn: field(data, INPUT.receivedOn),
  };
  let declared: Awaited<ReturnType<typeof declareSolicitation>>["value"];
  try {
    ({ value: declared } = await declareSolicitation(rt.ctx, sender.actor, {
      ...typed,
      fromWhom: typed.fromWhom ?? "",
      countryCode: typed.countryCode ?? "",
      subject: typed.subject ?? "",
      receivedOn: typed.receivedOn ?? "",
    }));
  } catch (error) {
    if (!isDomainError(error)) throw error;
    const bodies = await solicitationBodies(rt.ctx, sender.actor);
    const notice = { tone: "error" as const, text: escapeMarkdown(describeError(error, sender.locale)) };
    const today = dateIn(rt.ctx.clock.now());
    return solicitationFormCard({ locale: sender.locale, bodies, today, typed, notice });
  }
  const from = typed.fromWhom ?? "";
  // The form takes a code; the confirmation names the country, so a typo shows at once.
  const country = countryLabel(declared.countryCode, sender.locale);
  return messageCard({ tone: "info", text: tmd(sender.locale, "teams.solicitation.declared", { from, country }) });
};
