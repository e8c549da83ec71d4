import type { ReportDue } from "../../domain/deadline";
import { formatDate, type Locale } from "../../i18n";
import { word } from "../words";
import { type Card, card, type Element, heading, subtle, text } from "./card-kit";
import { joinMarkdown, md, tmd } from "./markdown";
import { confirmAction } from "./mission-confirm-card";
import { countryText, dateRange } from "./mission-sections";

export interface MissionLine {
  id: string;
  reference: string;
  organisation: string;
  countryCode: string;
  foreignPartner: string;
  startDate: string;
  endDate: string;
  status: string;
  /** The report deadline: planned (last leg's end + 2 months, R1) until the return is recorded. */
  reportDue: ReportDue | null;
  /** A mission of the reader's body that waits for its confirmation: the line carries *Confirmer la mission*. */
  confirmable: boolean;
}

export interface MissionListView {
  locale: Locale;
  missions: readonly MissionLine[];
  /** How many were left out of the card. */
  more: number;
}

function confirmButton(mission: MissionLine, locale: Locale): Element[] {
  if (!mission.confirmable) return [];
  return [{ type: "ActionSet", actions: [confirmAction(mission.id, locale)] }];
}

function stateText(mission: MissionLine, locale: Locale) {
  return tmd(locale, "teams.mission.state", { state: word(locale, `state.${mission.status}`, mission.status) });
}

function dueText(mission: MissionLine, locale: Locale) {
  const due = mission.reportDue;
  if (!due) return [];
  return [
    tmd(locale, due.planned ? "teams.mission.due_planned" : "teams.mission.due", {
      date: formatDate(due.date, locale),
    }),
  ];
}

function line(mission: MissionLine, locale: Locale): Element {
  return {
    type: "Container",
    separator: true,
    items: [
      text(
        md`**${mission.reference}** — ${mission.organisation} → ${mission.foreignPartner} (${countryText(mission.countryCode, locale)})`,
      ),
      subtle(
        joinMarkdown(
          [
            dateRange(mission.startDate, mission.endDate, locale),
            stateText(mission, locale),
            ...dueText(mission, locale),
          ],
          " · ",
        ),
      ),
      ...confirmButton(mission, locale),
    ],
  };
}

/** The "missions" command: the open files a person may see, one line each. */
export function missionListCard(view: MissionListView): Card {
  const { locale } = view;
  const body: Element[] = [
    heading(tmd(locale, "teams.missions.intro", { count: view.missions.length + view.more })),
    ...view.missions.map((m) => line(m, locale)),
  ];
  if (view.more > 0) body.push(subtle(tmd(locale, "teams.missions.more", { count: view.more })));
  return card(body);
}
