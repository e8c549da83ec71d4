/**
 * The one maximum of every text people type, in characters. The verb's schema, the Slack modal's `max_length`, the
 * Teams card's `maxLength` and every form prefilled from a stored value read it from here, so that what a verb
 * accepts a form can always show again, and what a form lets through a verb accepts.
 *
 * No limit goes above 3 000: Slack refuses a `plain_text_input` whose `max_length` is larger, and a text typed in
 * Teams must fit the Slack form that may reopen it. Where a stored text is shown later (a section, a fact), the
 * display clips it to the place's own limit; nothing is stored shorter than typed.
 */
export const SLACK_INPUT_MAX = 3000;

export const LIMITS = {
  // --- Names: one line, as an official register writes them.
  /** A body's name: the longest French commune name is 45 characters; 200 leaves room for groupings. */
  organisationName: 200,
  /** A person's name, as on an expert line, a missionary line or the people register. */
  personName: 200,
  /** An expert's position in their body ("Directrice de la propreté urbaine…"). */
  expertFunction: 200,
  /** RFC 5321 caps a forward path at 256 octets, i.e. 254 characters of address. */
  email: 254,
  /** An embassy's name in the register ("Ambassade de France au Sénégal"). */
  embassyName: 200,
  /** A PACT label number from the history ("EXPE-CT-2024-0012"). */
  labelNumber: 50,
  /** A country as ISO 3166 alpha-2 writes it ("SN"). */
  countryCode: 2,
  /** A directory search: a few words. */
  searchKeyword: 200,

  // --- Application (A1): what the committee reads.
  /** The body's competences: the call for applications asks for "a precise description", a page at most. */
  competences: SLACK_INPUT_MAX,
  /** An expert's qualifications: a short paragraph per expert, the application listing up to 20 of them. */
  expertQualifications: 1000,
  /** A free note to the committee. */
  applicationNote: 1000,

  // --- Decisions: a reason or comment is a paragraph, read in a DM, a card or the audit trail.
  /** The committee's recommendation comment (A2). */
  recommendationComment: 2000,
  /** The committee's reason for rejecting an application (A2), sent to the applicant. */
  rejectionReason: 2000,
  /** What the committee asks the body to change before deciding, sent to the body with its file. */
  changeRequestComment: 2000,
  /** The reason a label is revoked, sent to the body. */
  revocationReason: 2000,
  /** The reason a label is suspended, sent to the body with the suspension's end. */
  suspensionReason: 2000,
  /** The embassy's comment on its decision (M1), required when it refuses. */
  embassyComment: 2000,
  /** The embassy's question to DAECT about a mission (M1). */
  embassyQuestion: 2000,
  /** Why a mission is cancelled. */
  cancellationReason: 2000,
  /** Why a report deadline extension is asked (R4). */
  extensionReason: 2000,
  /** DAECT's comment on an extension decision (R4). */
  extensionComment: 2000,
  /** The note with a reimbursement request (R2). */
  reimbursementNote: 2000,
  /** DAECT's note when it pays or waives a reimbursement (R2). */
  settlementNote: 2000,
  /** The focal point's comment when validating or returning a report (R1): it may list every correction. */
  reviewComment: SLACK_INPUT_MAX,

  // --- Mission (M1): what the embassy reads before deciding.
  /** The foreign partner: a body's name, possibly with its country's administrative level. */
  foreignPartner: 300,
  /** What "other" nature the mission is. */
  natureDetail: 1000,
  /** Where a leg takes place: a town, a site. */
  legPlace: 200,
  /** The result the body expects. */
  expectedResult: 2000,
  /** The follow-up it plans. */
  followUp: 2000,
  /** Who bears the stay's costs (the partner, the body…). */
  stayCostBearer: 300,

  // --- Report (R3): returned for corrections, it comes back into the same form, so it must fit that form.
  /** The account of the mission's object: the form's largest box, as large as Slack allows. */
  objectAccount: SLACK_INPUT_MAX,
  /** What complementary action could follow. */
  complementaryDetail: SLACK_INPUT_MAX,
  /** How the contacts could lead to longer-term cooperation. */
  cooperationDetail: SLACK_INPUT_MAX,

  // --- Solicitation (S1): a body declares a request it received.
  /** Who made the request: a name and a position. */
  solicitationFrom: 300,
  /** What the request was about. */
  solicitationSubject: 2000,

  // --- Attachments (issue 13): a file's name as stored and listed, without its folder.
  /** NTFS and ext4 allow 255 per name; 200 leaves room for a suffix when the name is saved again. */
  attachmentName: 200,
} as const;

export type LimitName = keyof typeof LIMITS;
