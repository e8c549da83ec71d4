import type { types } from "@slack/bolt";
import type { z } from "zod";
import { LIMITS, type LimitName } from "../../src/domain/limits";
import type { Locale } from "../../src/i18n";
import { CALLBACKS } from "../../src/slack/constants";
import { ZDecisionInput } from "../../src/workflow/applications/decide-application";
import { ZRecommendInput } from "../../src/workflow/applications/recommend-application";
import { ZChangeRequestInput } from "../../src/workflow/applications/request-application-changes";
import { ZApplicationInput } from "../../src/workflow/applications/submit-application";
import { ZSolicitationInput } from "../../src/workflow/labels/declare-solicitation";
import { ZRevokeLabelInput } from "../../src/workflow/labels/revoke-label";
import { ZSuspendLabelInput } from "../../src/workflow/labels/suspend-label";
import { ZEmbassyQuestionInput } from "../../src/workflow/missions/ask-embassy-question";
import { ZCancelMissionInput } from "../../src/workflow/missions/cancel-mission";
import { ZEmbassyDecisionInput } from "../../src/workflow/missions/decide-as-embassy";
import { ZEditMissionInput } from "../../src/workflow/missions/edit-mission";
import { ZMissionInput } from "../../src/workflow/missions/mission-input";
import { ZExtensionDecisionInput } from "../../src/workflow/reports/decide-extension";
import { ZExtensionRequestInput } from "../../src/workflow/reports/request-extension";
import { ZReviewReportInput } from "../../src/workflow/reports/review-report";
import { ZSettleReimbursementInput } from "../../src/workflow/reports/settle-reimbursement";
import { ZReportInput } from "../../src/workflow/reports/submit-report";
import { SLACK_BUILDERS } from "./slack-hostile-views";
import { cardOf, TEAMS_BUILDERS } from "./teams-hostile-cards";

/** A text input of a form: where it is, the most it takes, and the action or verb that sends it. */
export interface FormTextInput {
  /** `<callback id>/<block id>` for Slack (row keys as `*`), `teams/<input id>` for Teams. */
  key: string;
  max: number | undefined;
  /** Slack: the modal's callback id and the block id as built. */
  callbackId?: string;
  blockId?: string;
}

/** Which verb field each form input feeds, and the limit both read: a new input must be added here. */
export const INPUT_LIMITS: Record<string, { limit: LimitName; schema: z.ZodType; path: string }> = {
  [`${CALLBACKS.application}/organisationName`]: {
    limit: "organisationName",
    schema: ZApplicationInput,
    path: "organisationName",
  },
  [`${CALLBACKS.application}/competences`]: { limit: "competences", schema: ZApplicationInput, path: "competences" },
  [`${CALLBACKS.application}/note`]: { limit: "applicationNote", schema: ZApplicationInput, path: "note" },
  [`${CALLBACKS.application}/experts.*.name`]: { limit: "personName", schema: ZApplicationInput, path: "experts.name" },
  [`${CALLBACKS.application}/experts.*.function`]: {
    limit: "expertFunction",
    schema: ZApplicationInput,
    path: "experts.function",
  },
  [`${CALLBACKS.application}/experts.*.qualifications`]: {
    limit: "expertQualifications",
    schema: ZApplicationInput,
    path: "experts.qualifications",
  },
  [`${CALLBACKS.application}/experts.*.email`]: { limit: "email", schema: ZApplicationInput, path: "experts.email" },
  ...missionInputs(CALLBACKS.mission, ZMissionInput),
  ...missionInputs(CALLBACKS.missionEdit, ZEditMissionInput),
  [`${CALLBACKS.report}/objectAccount`]: { limit: "objectAccount", schema: ZReportInput, path: "objectAccount" },
  [`${CALLBACKS.report}/complementaryDetail`]: {
    limit: "complementaryDetail",
    schema: ZReportInput,
    path: "complementaryDetail",
  },
  [`${CALLBACKS.report}/cooperationDetail`]: {
    limit: "cooperationDetail",
    schema: ZReportInput,
    path: "cooperationDetail",
  },
  [`${CALLBACKS.solicitation}/fromWhom`]: { limit: "solicitationFrom", schema: ZSolicitationInput, path: "fromWhom" },
  [`${CALLBACKS.solicitation}/countryCode`]: { limit: "countryCode", schema: ZSolicitationInput, path: "countryCode" },
  [`${CALLBACKS.solicitation}/subject`]: { limit: "solicitationSubject", schema: ZSolicitationInput, path: "subject" },
  [`${CALLBACKS.recommend}/comment`]: { limit: "recommendationComment", schema: ZRecommendInput, path: "comment" },
  [`${CALLBACKS.reject}/reason`]: { limit: "rejectionReason", schema: ZDecisionInput, path: "reason" },
  [`${CALLBACKS.requestChanges}/comment`]: {
    limit: "changeRequestComment",
    schema: ZChangeRequestInput,
    path: "comment",
  },
  [`${CALLBACKS.review}/comment`]: { limit: "reviewComment", schema: ZReviewReportInput, path: "comment" },
  [`${CALLBACKS.extension}/reason`]: { limit: "extensionReason", schema: ZExtensionRequestInput, path: "reason" },
  [`${CALLBACKS.extensionDecision}/comment`]: {
    limit: "extensionComment",
    schema: ZExtensionDecisionInput,
    path: "comment",
  },
  [`${CALLBACKS.waive}/note`]: { limit: "settlementNote", schema: ZSettleReimbursementInput, path: "note" },
  [`${CALLBACKS.labelRevoke}/reason`]: { limit: "revocationReason", schema: ZRevokeLabelInput, path: "reason" },
  [`${CALLBACKS.labelSuspend}/reason`]: { limit: "suspensionReason", schema: ZSuspendLabelInput, path: "reason" },
  [`${CALLBACKS.cancel}/reason`]: { limit: "cancellationReason", schema: ZCancelMissionInput, path: "reason" },
  "teams/objectAccount": { limit: "objectAccount", schema: ZReportInput, path: "objectAccount" },
  "teams/complementaryDetail": { limit: "complementaryDetail", schema: ZReportInput, path: "complementaryDetail" },
  "teams/cooperationDetail": { limit: "cooperationDetail", schema: ZReportInput, path: "cooperationDetail" },
  "teams/embassyComment": { limit: "embassyComment", schema: ZEmbassyDecisionInput, path: "comment" },
  "teams/embassyQuestion": { limit: "embassyQuestion", schema: ZEmbassyQuestionInput, path: "question" },
  "teams/extensionReason": { limit: "extensionReason", schema: ZExtensionRequestInput, path: "reason" },
  "teams/reviewComment": { limit: "reviewComment", schema: ZReviewReportInput, path: "comment" },
  "teams/organisationName": { limit: "organisationName", schema: ZApplicationInput, path: "organisationName" },
  "teams/competences": { limit: "competences", schema: ZApplicationInput, path: "competences" },
  "teams/note": { limit: "applicationNote", schema: ZApplicationInput, path: "note" },
  "teams/experts.*.name": { limit: "personName", schema: ZApplicationInput, path: "experts.name" },
  "teams/experts.*.function": { limit: "expertFunction", schema: ZApplicationInput, path: "experts.function" },
  "teams/experts.*.qualifications": {
    limit: "expertQualifications",
    schema: ZApplicationInput,
    path: "experts.qualifications",
  },
  "teams/experts.*.email": { limit: "email", schema: ZApplicationInput, path: "experts.email" },
  "teams/fromWhom": { limit: "solicitationFrom", schema: ZSolicitationInput, path: "fromWhom" },
  "teams/countryCode": { limit: "countryCode", schema: ZSolicitationInput, path: "countryCode" },
  "teams/subject": { limit: "solicitationSubject", schema: ZSolicitationInput, path: "subject" },
};

function missionInputs(callbackId: string, schema: z.ZodType) {
  const at = (block: string, limit: LimitName, path: string) => [`${callbackId}/${block}`, { limit, schema, path }];
  return Object.fromEntries([
    at("foreignPartner", "foreignPartner", "foreignPartner"),
    at("natureDetail", "natureDetail", "natureDetail"),
    at("legs.*.place", "legPlace", "legs.place"),
    at("missionaries.*.email", "email", "missionaries.email"),
    at("missionaries.*.name", "personName", "missionaries.name"),
    at("expectedResult", "expectedResult", "expectedResult"),
    at("followUp", "followUp", "followUp"),
    at("stayCostBearer", "stayCostBearer", "stayCostBearer"),
  ]) as Record<string, { limit: LimitName; schema: z.ZodType; path: string }>;
}

/** The most characters a schema takes at a path (objects, arrays, optional values and transforms looked through). */
export function schemaMaxLength(schema: z.ZodType, path: string): number | undefined {
  let current = schema as unknown as { _zod: { def: Record<string, unknown> }; maxLength?: number | null };
  const look = (s: typeof current): typeof current => {
    for (;;) {
      const def = s._zod.def;
      if (def.type === "pipe") s = def.in as typeof current;
      else if (["optional", "nullable", "default"].includes(def.type as string)) s = def.innerType as typeof current;
      else return s;
    }
  };
  for (const name of path.split(".")) {
    current = look(current);
    if (current._zod.def.type === "array") current = look(current._zod.def.element as typeof current);
    const shape = current._zod.def.shape as Record<string, typeof current> | undefined;
    const next = shape?.[name];
    if (!next) return undefined;
    current = next;
  }
  return look(current).maxLength ?? undefined;
}

/** Row keys ("r0", "0") of a block id written as "*", so every row of a group maps to one entry. */
const rowless = (blockId: string) => blockId.replace(/\.(r?\d+)\./g, ".*.");

/** Every text input of every Slack modal the bot builds (each builder's every variant), in both languages. */
export function slackTextInputs(locale: Locale = "fr"): FormTextInput[] {
  const out: FormTextInput[] = [];
  for (const builder of Object.values(SLACK_BUILDERS)) {
    for (const payload of builder.render("Texte", locale)) {
      if (!("view" in payload) || payload.view.type !== "modal") continue;
      const callbackId = payload.view.callback_id ?? "";
      for (const block of payload.view.blocks) {
        if (block.type !== "input") continue;
        const { element, block_id: blockId = "" } = block as types.InputBlock;
        if (element.type !== "plain_text_input") continue;
        out.push({ key: `${callbackId}/${rowless(blockId)}`, max: element.max_length, callbackId, blockId });
      }
    }
  }
  return out;
}

interface CardNode {
  type?: string;
  id?: string;
  maxLength?: number;
  verb?: string;
  data?: Record<string, unknown>;
  choices?: { value: string }[];
  body?: CardNode[];
  items?: CardNode[];
  columns?: CardNode[];
  actions?: CardNode[];
  card?: CardNode;
}

/** An Action.Execute that sends a card's inputs: its verb and the data it carries besides them. */
export interface CardSend {
  verb: string;
  data: Record<string, unknown>;
}

/** An Input.Text of a card, with what sends it and the other inputs sent with it. */
export interface CardTextInput extends FormTextInput {
  sends: CardSend[];
  /** Every input of the same card (this one included), as the card shows them. */
  inputs: { id: string; type: string; choices?: string[] }[];
}

/** The inputs of a card or shown card, through its containers but not into the cards its buttons unfold. */
function inputsOf(node: CardNode): CardNode[] {
  const children = [...(node.body ?? []), ...(node.items ?? []), ...(node.columns ?? [])];
  return children.flatMap((child) => [...(child.type?.startsWith("Input.") ? [child] : []), ...inputsOf(child)]);
}

/** The cards a card's buttons unfold (Action.ShowCard), in its actions and its action sets. */
function shownCards(node: CardNode): CardNode[] {
  const children = [...(node.body ?? []), ...(node.items ?? []), ...(node.columns ?? [])];
  const own = (node.actions ?? []).flatMap((a) => (a.card ? [a.card] : []));
  return [...own, ...children.filter((c) => !c.type?.startsWith("Input.")).flatMap(shownCards)];
}

/** Every Input.Text of every Adaptive Card the bot builds, with the Action.Execute buttons that send it. */
export function teamsTextInputs(locale: Locale = "fr"): CardTextInput[] {
  const out: CardTextInput[] = [];
  const visit = (node: CardNode) => {
    // An input is sent by the buttons of the card (or shown card) it sits in.
    const sends = (node.actions ?? []).flatMap((a) =>
      a.type === "Action.Execute" && a.verb ? [{ verb: a.verb, data: a.data ?? {} }] : [],
    );
    const inputs = inputsOf(node).map((i) => ({
      id: i.id ?? "",
      type: i.type ?? "",
      ...(i.choices ? { choices: i.choices.map((c) => c.value) } : {}),
    }));
    for (const input of inputsOf(node)) {
      if (input.type !== "Input.Text" || !input.id) continue;
      out.push({ key: `teams/${rowless(input.id)}`, max: input.maxLength, sends, inputs });
    }
    for (const shown of shownCards(node)) visit(shown);
  };
  for (const builder of Object.values(TEAMS_BUILDERS)) {
    for (const payload of builder.render("Texte", locale)) {
      const card = cardOf(payload);
      if (card) visit(card as unknown as CardNode);
    }
  }
  return out;
}

export const limitOf = (key: string): number | undefined => {
  const entry = INPUT_LIMITS[key];
  return entry ? LIMITS[entry.limit] : undefined;
};
