/** Every id the Teams surface puts in a card or reads back from one, in one place. */

export const ADAPTIVE_CARD = "application/vnd.microsoft.card.adaptive";
/** Teams renders Adaptive Cards up to 1.5 on every client (desktop, web, mobile). */
export const CARD_VERSION = "1.5";

/** Action.Execute verbs: the card-action handler dispatches on them. */
export const VERB = {
  embassyValidate: "embassy.validate",
  embassyRefuse: "embassy.refuse",
  embassyAsk: "embassy.ask",
  /** The card's `refresh` action: each viewer gets the mission's current state. */
  missionRefresh: "mission.refresh",
  missionConfirm: "mission.confirm",
  reportForm: "report.form",
  reportSubmit: "report.submit",
  reportSnooze: "report.snooze",
  extensionRequest: "extension.request",
  reportValidate: "report.validate",
  reportReturn: "report.return",
  applicationSubmit: "application.submit",
  applicationWithdraw: "application.withdraw",
  /** "Renouveler" on a label's warning: the application card filled in from the previous file. */
  applicationRenew: "application.renew",
  /** The file the committee sent back, opened pre-filled to change and resubmit. */
  applicationRevise: "application.revise",
  solicitationDeclare: "solicitation.declare",
} as const;

/** The invokes this bot answers: Action.Execute clicks. Any other invoke is refused before the SDK routes it. */
export const BOT_INVOKES: readonly string[] = ["adaptiveCard/action"];

/** Input ids: Teams sends each input's value under its id in the action's data. */
export const INPUT = {
  embassyComment: "embassyComment",
  embassyQuestion: "embassyQuestion",
  objectAccount: "objectAccount",
  complementaryAction: "complementaryAction",
  complementaryDetail: "complementaryDetail",
  longTermCooperation: "longTermCooperation",
  cooperationDetail: "cooperationDetail",
  extensionReason: "extensionReason",
  reviewComment: "reviewComment",
  organisationName: "organisationName",
  organisationKind: "organisationKind",
  basis: "basis",
  competenceScope: "competenceScope",
  competences: "competences",
  themes: "themes",
  note: "note",
  commitmentAccepted: "commitmentAccepted",
  organisationId: "organisationId",
  fromWhom: "fromWhom",
  countryCode: "countryCode",
  subject: "subject",
  receivedOn: "receivedOn",
} as const;

/** The fields of one expert row of the application card. */
export const EXPERT_FIELDS = ["name", "function", "qualifications", "category", "email"] as const;
export type ExpertField = (typeof EXPERT_FIELDS)[number];

/** An expert row's input id, named like the verb's schema path ("experts.0.name") so errors name the row. */
export const expertInput = (row: number, field: ExpertField) => `experts.${row}.${field}`;

/**
 * A card cannot add rows, so the application card holds as many expert rows as the Slack modal allows, the
 * first ones shown and the rest unfolded by a button; rows left blank after the last filled one are not sent.
 */
export const EXPERT_ROWS = 8;
export const EXPERT_ROWS_SHOWN = 2;
/** The container of the folded expert rows, the target of the button that unfolds them. */
export const MORE_EXPERTS = "experts.more";

/** What a yes/no choice sends. */
export const YES = "yes";
export const NO = "no";

export type CommandId =
  | "help"
  | "apply"
  | "applications"
  | "solicitation"
  | "diploma"
  | "missions"
  | "pending"
  | "embassy_channel"
  | "verify"
  | "delegation";

export interface ChatCommand {
  readonly id: CommandId;
  /** What a person types, French first: the manifest lists the French words, both are understood. */
  readonly words: { readonly fr: string; readonly en: string };
  /** Where the command appears in the Teams command menu. */
  readonly scopes: readonly ("personal" | "team")[];
}

export const COMMANDS: readonly ChatCommand[] = [
  { id: "help", words: { fr: "aide", en: "help" }, scopes: ["personal", "team"] },
  { id: "apply", words: { fr: "candidature", en: "apply" }, scopes: ["personal"] },
  { id: "applications", words: { fr: "candidatures", en: "applications" }, scopes: ["personal"] },
  { id: "solicitation", words: { fr: "sollicitation", en: "solicitation" }, scopes: ["personal"] },
  { id: "missions", words: { fr: "missions", en: "missions" }, scopes: ["personal", "team"] },
  { id: "pending", words: { fr: "en attente", en: "pending" }, scopes: ["personal", "team"] },
  // Also typed without its accent: commands are compared without accents.
  { id: "diploma", words: { fr: "diplôme", en: "diploma" }, scopes: ["personal"] },
  { id: "verify", words: { fr: "vérifier", en: "verify" }, scopes: ["personal"] },
  { id: "delegation", words: { fr: "délégation", en: "delegate" }, scopes: ["personal"] },
  { id: "embassy_channel", words: { fr: "ambassade ici", en: "use this channel" }, scopes: ["team"] },
];

/** Cards in a list: Teams shows a carousel of at most ten attachments per message. */
export const MAX_CARDS_PER_MESSAGE = 10;
