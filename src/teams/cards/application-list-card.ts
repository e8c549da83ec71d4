import { formatDate, type Locale } from "../../i18n";
import type { WithdrawableApplication } from "../../workflow";
import { VERB } from "../constants";
import { t, word } from "../words";
import {
  type Card,
  type CardNotice,
  card,
  type Element,
  execute,
  heading,
  noticeBlock,
  showCard,
  subtle,
  text,
} from "./card-kit";
import { md, tmd } from "./markdown";

export interface ApplicationListView {
  locale: Locale;
  applications: readonly WithdrawableApplication[];
  /** The outcome of the last click (a withdrawal done, or refused). */
  notice?: CardNotice;
}

/** A withdrawal cannot be undone, so the button only unfolds the question and the button that answers it. */
function line(app: WithdrawableApplication, locale: Locale): Element {
  const confirm = execute(
    t(locale, "teams.applications.confirm"),
    VERB.applicationWithdraw,
    { applicationId: app.applicationId },
    { style: "destructive" },
  );
  const question = text(tmd(locale, "teams.applications.question", { organisation: app.organisation }));
  return {
    type: "Container",
    separator: true,
    items: [
      text(md`**${app.organisation}**`),
      subtle(
        tmd(locale, "teams.applications.line", {
          date: formatDate(app.submittedAt, locale),
          status: word(locale, `state.${app.status}`, app.status),
        }),
      ),
      { type: "ActionSet", actions: [showCard(t(locale, "teams.applications.withdraw"), [question], [confirm])] },
    ],
  };
}

/** candidatures | applications: the person's applications still before the committee, each with *Retirer*. */
export function applicationListCard(view: ApplicationListView): Card {
  const { locale, applications } = view;
  const title = tmd(locale, "teams.applications.title");
  const body: Element[] = [heading(title), ...noticeBlock(view.notice)];
  if (applications.length === 0) body.push(text(tmd(locale, "teams.applications.none")));
  body.push(...applications.map((app) => line(app, locale)));
  return card(body, [], { fallbackText: title });
}
