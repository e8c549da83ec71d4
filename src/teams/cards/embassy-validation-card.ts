import { canTransition } from "../../domain/lifecycle";
import { LIMITS } from "../../domain/limits";
import { MISSION_TRANSITIONS, type MissionState } from "../../domain/mission";
import { formatDateTime, type Locale } from "../../i18n";
import type { MissionDetails } from "../../workflow";
import { INPUT, VERB } from "../constants";
import { t, word } from "../words";
import {
  type Actions,
  alert,
  type Card,
  type CardNotice,
  card,
  commentAction,
  type Element,
  execute,
  good,
  heading,
  noticeBlock,
  subtle,
  text,
} from "./card-kit";
import { tmd } from "./markdown";
import { missionTermsSections } from "./mission-sections";

export interface EmbassyCardView {
  mission: MissionDetails;
  locale: Locale;
  /** The reader's zone for the decision's time (an embassy in Dakar reads Dakar time); Paris when unknown. */
  timeZone?: string;
  /**
   * Whether the buttons are shown. A card posted to a channel shows them to everyone: the core decides
   * who may use them, and the refresh gives each viewer their own version.
   */
  canDecide: boolean;
  notice?: CardNotice;
  /** What the reader typed, given back with an error so nothing is lost. */
  typed?: { comment?: string; question?: string };
}

/** Whether the embassy's decision is still to take: the life cycle lets it validate the mission now. */
export function isAwaitingEmbassy(status: string): boolean {
  return canTransition(MISSION_TRANSITIONS, "embassy_validate", status as MissionState);
}

function outcome(mission: MissionDetails, locale: Locale, timeZone?: string): Element[] {
  if (isAwaitingEmbassy(mission.status)) return [];
  const decision = mission.decision;
  if (!decision)
    return [
      subtle(tmd(locale, "teams.mission.state", { state: word(locale, `state.${mission.status}`, mission.status) })),
    ];
  const params = { by: decision.by, at: formatDateTime(decision.at, locale, timeZone) };
  const line =
    decision.decision === "validated"
      ? good(tmd(locale, "teams.embassy.validated", params))
      : alert(tmd(locale, "teams.embassy.refused", params));
  const comment = decision.comment ? [text(tmd(locale, "teams.embassy.comment", { comment: decision.comment }))] : [];
  const later =
    mission.status === "validated" || mission.status === "refused"
      ? []
      : [
          subtle(
            tmd(locale, "teams.mission.state", { state: word(locale, `state.${mission.status}`, mission.status) }),
          ),
        ];
  return [line, ...comment, ...later];
}

function decisionActions(view: EmbassyCardView): Actions {
  const { mission, locale, typed } = view;
  const data = { missionId: mission.id, round: mission.version };
  return [
    execute(t(locale, "teams.embassy.validate"), VERB.embassyValidate, data, {
      style: "positive",
      associatedInputs: "none",
    }),
    commentAction(
      t(locale, "teams.embassy.refuse"),
      {
        id: INPUT.embassyComment,
        label: t(locale, "teams.embassy.comment_label"),
        maxLength: LIMITS.embassyComment,
        errorMessage: t(locale, "teams.embassy.comment_required"),
        value: typed?.comment,
      },
      execute(t(locale, "teams.embassy.refuse_confirm"), VERB.embassyRefuse, data, { style: "destructive" }),
    ),
    commentAction(
      t(locale, "teams.embassy.ask"),
      {
        id: INPUT.embassyQuestion,
        label: t(locale, "teams.embassy.question_label"),
        maxLength: LIMITS.embassyQuestion,
        errorMessage: t(locale, "teams.embassy.question_required"),
        value: typed?.question,
      },
      execute(t(locale, "teams.embassy.question_send"), VERB.embassyAsk, data),
    ),
  ];
}

/**
 * M1: the card an embassy decides on. While the mission awaits the embassy it carries the three buttons;
 * once decided, it says who decided and when. Its refresh action gives every viewer the current state.
 */
export function embassyValidationCard(view: EmbassyCardView): Card {
  const { mission, locale } = view;
  const awaiting = isAwaitingEmbassy(mission.status);
  const title = awaiting ? "teams.mission.to_validate" : "teams.mission.title";
  const body: Element[] = [
    heading(tmd(locale, title, { reference: mission.reference })),
    ...missionTermsSections(mission, locale),
    ...outcome(mission, locale, view.timeZone),
    ...noticeBlock(view.notice),
  ];
  return card(body, awaiting && view.canDecide ? decisionActions(view) : [], {
    refresh: { action: { type: "Action.Execute", verb: VERB.missionRefresh, data: { missionId: mission.id } } },
    fallbackText: tmd(locale, title, { reference: mission.reference }),
  });
}
