import type { IDateInput } from "@microsoft/teams.cards";
import { LIMITS } from "../../domain/limits";
import type { Locale } from "../../i18n";
import type { SolicitationBody } from "../../workflow";
import { INPUT, VERB } from "../constants";
import { t } from "../words";
import {
  type Card,
  type CardNotice,
  card,
  type Element,
  execute,
  heading,
  noticeBlock,
  subtle,
  textInput,
} from "./card-kit";
import { tmd } from "./markdown";

/** The solicitation card's values as Teams sends them back. */
export interface TypedSolicitation {
  organisationId?: string;
  fromWhom?: string;
  countryCode?: string;
  subject?: string;
  receivedOn?: string;
}

export interface SolicitationFormView {
  locale: Locale;
  /** The bodies the person may declare for: one is named, several are a choice. */
  bodies: readonly SolicitationBody[];
  /** Today, in Paris: the date the card proposes. */
  today: string;
  typed?: TypedSolicitation;
  notice?: CardNotice;
}

const value = (v: string | undefined) => (v ? { value: v } : {});

/** M2: a solicitation received because of the label, declared to DAECT, as a card form like the Slack modal. */
export function solicitationFormCard(view: SolicitationFormView): Card {
  const { locale, bodies, typed = {} } = view;
  const title = tmd(locale, "teams.solicitation.title");
  const required = { isRequired: true, errorMessage: t(locale, "teams.form.required") };
  const [only] = bodies;
  const body: Element[] =
    bodies.length === 1 && only
      ? [subtle(tmd(locale, "teams.solicitation.for", { organisation: only.name }))]
      : [
          {
            type: "Input.ChoiceSet",
            id: INPUT.organisationId,
            label: t(locale, "field.organisationId"),
            style: "compact",
            choices: bodies.map((b) => ({ title: b.name, value: b.id })),
            ...required,
            ...value(typed.organisationId),
          },
        ];
  const receivedOn: IDateInput = {
    type: "Input.Date",
    id: INPUT.receivedOn,
    label: t(locale, "field.receivedOn"),
    max: view.today,
    value: typed.receivedOn ?? view.today,
    ...required,
  };
  return card(
    [
      heading(title),
      ...noticeBlock(view.notice),
      ...body,
      textInput(INPUT.fromWhom, t(locale, "field.fromWhom"), {
        maxLength: LIMITS.solicitationFrom,
        ...required,
        ...value(typed.fromWhom),
      }),
      textInput(INPUT.countryCode, t(locale, "teams.solicitation.country"), {
        maxLength: LIMITS.countryCode,
        placeholder: "SN",
        ...required,
        ...value(typed.countryCode),
      }),
      textInput(INPUT.subject, t(locale, "field.subject"), {
        isMultiline: true,
        maxLength: LIMITS.solicitationSubject,
        ...required,
        ...value(typed.subject),
      }),
      receivedOn,
    ],
    [
      execute(
        t(locale, "teams.solicitation.submit"),
        VERB.solicitationDeclare,
        bodies.length === 1 && only ? { [INPUT.organisationId]: only.id } : {},
        { style: "positive" },
      ),
    ],
    { fallbackText: title },
  );
}
