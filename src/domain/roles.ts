import { DomainError } from "./errors";

export const ROLES = ["daect", "committee", "embassy", "focal_point"] as const;
export type Role = (typeof ROLES)[number];

export interface RoleGrant {
  role: Role;
  /** "" for daect and committee, the ISO country code for embassy, the organisation id for focal_point. */
  scope: string;
}

/** What the domain needs to know about who acts. */
export interface ActorFacts {
  personId: string;
  roles: readonly RoleGrant[];
}

/** What the domain needs to know about the thing acted upon. */
export interface Subject {
  organisationId?: string;
  countryCode?: string;
  missionaryIds?: readonly string[];
  /** Who filed the application acted upon: filing gives them a hold on that application only, never on the body. */
  applicantId?: string;
}

export type Permission =
  | "application.submit"
  | "application.view"
  | "application.withdraw"
  | "application.recommend"
  | "application.decide"
  | "application.request_changes"
  | "application.resubmit"
  | "committee.declare_ties"
  | "label.view"
  | "label.list"
  | "label.revoke"
  | "solicitation.declare"
  | "mission.open"
  | "mission.edit"
  | "mission.cancel"
  | "mission.embassy_decide"
  | "mission.confirm"
  | "mission.record_return"
  | "mission.view"
  | "report.submit"
  | "report.review"
  | "reimbursement.manage"
  | "extension.request"
  | "extension.decide"
  | "admin.manage"
  | "export.read"
  | "dashboard.view"
  | "stats.view"
  | "directory.search";

type Who = "daect" | "committee" | "embassy_of_country" | "focal_point_of_body" | "missionary" | "applicant" | "anyone";

/** Who may do what: the one table every surface and the CLI go through. */
export const PERMISSIONS: Record<Permission, readonly Who[]> = {
  // A body without a focal point may be applied for by anyone (see mayFileFor in ./application): filing grants no role.
  "application.submit": ["focal_point_of_body", "daect"],
  "application.view": ["applicant", "focal_point_of_body", "committee", "daect"],
  "application.withdraw": ["applicant", "focal_point_of_body", "daect"],
  "application.recommend": ["committee", "daect"],
  "application.decide": ["committee"],
  "application.request_changes": ["committee"],
  // The file sent back for changes comes back from whoever may withdraw it: the applicant or the body.
  "application.resubmit": ["applicant", "focal_point_of_body", "daect"],
  "committee.declare_ties": ["committee"],
  // A label's facts (its diploma) are the body's; every active label, to choose one from, is DAECT's.
  "label.view": ["focal_point_of_body", "committee", "daect"],
  "label.list": ["daect"],
  "label.revoke": ["daect"],
  "solicitation.declare": ["focal_point_of_body", "daect"],
  "mission.open": ["daect"],
  "mission.edit": ["daect"],
  "mission.cancel": ["daect"],
  "mission.embassy_decide": ["embassy_of_country"],
  "mission.confirm": ["focal_point_of_body", "daect"],
  "mission.record_return": ["daect", "focal_point_of_body", "missionary"],
  "mission.view": ["daect", "committee", "embassy_of_country", "focal_point_of_body", "missionary"],
  "report.submit": ["missionary", "focal_point_of_body"],
  // R1: the report is validated by the labelled French body.
  "report.review": ["focal_point_of_body"],
  "reimbursement.manage": ["daect"],
  "extension.request": ["missionary", "focal_point_of_body"],
  "extension.decide": ["daect"],
  "admin.manage": ["daect"],
  "export.read": ["daect"],
  "dashboard.view": ["daect"],
  // Issue 13 §4: the capitalisation counts span every body and country, as DAECT's dashboard does.
  "stats.view": ["daect"],
  // The expertise directory shows active labels only, which the public verification page shows too.
  "directory.search": ["anyone"],
};

function matches(who: Who, actor: ActorFacts, subject: Subject): boolean {
  const has = (role: Role, scope?: string) =>
    actor.roles.some((g) => g.role === role && (scope === undefined || g.scope === scope));
  switch (who) {
    case "anyone":
      return true;
    case "daect":
      return has("daect");
    case "committee":
      return has("committee");
    case "embassy_of_country":
      return subject.countryCode !== undefined && has("embassy", subject.countryCode);
    case "focal_point_of_body":
      return subject.organisationId !== undefined && has("focal_point", subject.organisationId);
    case "missionary":
      return subject.missionaryIds?.includes(actor.personId) ?? false;
    case "applicant":
      return actor.personId !== "" && subject.applicantId === actor.personId;
  }
}

export function isAllowed(permission: Permission, actor: ActorFacts, subject: Subject = {}): boolean {
  return PERMISSIONS[permission].some((who) => matches(who, actor, subject));
}

/**
 * Why a refused actor is refused, as something they can act on: an embassy of another country, the focal point of
 * another body, a person outside the mission, a role they do not hold (those the table names), a person the
 * programme does not know, or a body whose focal point alone may file for it.
 */
export type RefusalReason =
  | "other_country"
  | "other_body"
  | "not_in_mission"
  | "role_required"
  | "unknown_person"
  | "body_has_focal_point";

/** A forbidden error's params: worded at the edge (src/i18n/messages/refusals.ts), never shown as codes. */
export type RefusalParams = {
  /** A Permission, or a surface's own action (conversation.save…). */
  action: string;
  reason: RefusalReason;
  /** other_country: the subject's country and the one the actor answers for. */
  country?: string;
  yours?: string;
  /** role_required: who may, space-separated, in the table's order. */
  needs?: string;
};

/** The typed reason of a refusal of `permission`. */
export function refusalOf(permission: Permission, actor: ActorFacts, subject: Subject = {}): RefusalParams {
  const whos = PERMISSIONS[permission];
  const countries = embassyCountries(actor);
  if (whos.includes("embassy_of_country") && subject.countryCode && countries.length > 0) {
    return { action: permission, reason: "other_country", country: subject.countryCode, yours: countries[0] };
  }
  if (whos.includes("focal_point_of_body") && subject.organisationId && focalPointOrganisations(actor).length > 0) {
    return { action: permission, reason: "other_body" };
  }
  if (whos.includes("missionary") && subject.missionaryIds) return { action: permission, reason: "not_in_mission" };
  return { action: permission, reason: "role_required", needs: whos.join(" ") };
}

export function assertAllowed(permission: Permission, actor: ActorFacts, subject: Subject = {}): void {
  if (!isAllowed(permission, actor, subject)) {
    throw new DomainError("forbidden", refusalOf(permission, actor, subject));
  }
}

export function hasRole(actor: ActorFacts, role: Role): boolean {
  return actor.roles.some((g) => g.role === role);
}

/** The countries an embassy person answers for. */
export function embassyCountries(actor: ActorFacts): string[] {
  return actor.roles.filter((g) => g.role === "embassy").map((g) => g.scope);
}

export function focalPointOrganisations(actor: ActorFacts): string[] {
  return actor.roles.filter((g) => g.role === "focal_point").map((g) => g.scope);
}
