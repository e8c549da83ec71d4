import { canTransition } from "../../domain/lifecycle";
import { MISSION_TRANSITIONS, type MissionState } from "../../domain/mission";
import type { Locale } from "../../i18n";
import type { MissionDetails } from "../../workflow";
import { VERB } from "../constants";
import { t, word } from "../words";
import {
  type Card,
  type CardNotice,
  card,
  type Element,
  execute,
  good,
  heading,
  noticeBlock,
  subtle,
} from "./card-kit";
import { tmd } from "./markdown";
import { missionTermsSections } from "./mission-sections";

export interface MissionConfirmView {
  mission: MissionDetails;
  locale: Locale;
  /** The body's focal point, while the mission waits for its confirmation, gets *Confirmer la mission*. */
  canConfirm: boolean;
  notice?: CardNotice;
}

/** The life cycle's word on it: the embassy has validated, the body has not confirmed yet. */
export function isAwaitingConfirmation(status: string): boolean {
  return canTransition(MISSION_TRANSITIONS, "confirm", status as MissionState);
}

/** *Confirmer la mission*: the button of this card, of the embassy's validation news and of the missions list. */
export function confirmAction(missionId: string, locale: Locale) {
  return execute(t(locale, "teams.mission.confirm"), VERB.missionConfirm, { missionId }, { style: "positive" });
}

function stateLines(mission: MissionDetails, locale: Locale): Element[] {
  if (isAwaitingConfirmation(mission.status)) return [];
  if (mission.status === "confirmed") return [good(tmd(locale, "teams.mission.confirmed"))];
  return [
    subtle(tmd(locale, "teams.mission.state", { state: word(locale, `state.${mission.status}`, mission.status) })),
  ];
}

/** §3: the embassy validated the mission; the body says it goes, with the terms it commits to in front of it. */
export function missionConfirmCard(view: MissionConfirmView): Card {
  const { mission, locale } = view;
  const awaiting = isAwaitingConfirmation(mission.status);
  const title = tmd(locale, awaiting ? "teams.mission.to_confirm" : "teams.mission.title", {
    reference: mission.reference,
  });
  const body: Element[] = [
    heading(title),
    ...missionTermsSections(mission, locale),
    ...stateLines(mission, locale),
    ...noticeBlock(view.notice),
  ];
  const actions =
    awaiting && view.canConfirm
      ? [
          execute(
            t(locale, "teams.mission.confirm"),
            VERB.missionConfirm,
            { missionId: mission.id },
            { style: "positive" },
          ),
        ]
      : [];
  return card(body, actions, { fallbackText: title });
}
