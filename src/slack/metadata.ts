import { z } from "zod";
import type { RowState } from "./form-state";
import type { ApplicationForm } from "./forms/application-form";
import type { CommitteeMessageAt } from "./views/decision-modals";
import type { LabelDecisionAt } from "./views/label-modals";
import type { MissionStepAt } from "./views/mission-step-modals";

/**
 * What our modals carry in private_metadata, as parseMetadata reads it back. Slack returns it as the modal stored
 * it, but anyone who can post to the endpoint can rewrite it: a field of the wrong kind makes the whole metadata
 * fall back to its defaults (which name nothing), and the workflow verbs still decide who may act on what.
 */

/** Rows added inside a modal; more than any of our modals holds is not ours. */
const rowState = {
  rows: z.array(z.string().max(20)).min(1).max(20).default(["r0"]),
  next: z.number().int().min(0).default(1),
};
export const ZRowState: z.ZodType<RowState> = z.object(rowState);

/**
 * The application modal: its expert rows, the label it renews when opened from "Renouveler", and the file it
 * resubmits when the committee sent one back.
 */
export const ZApplicationForm: z.ZodType<ApplicationForm> = z.object({
  ...rowState,
  renewalOfLabelId: z.string().max(100).optional(),
  renewalOfNumber: z.string().max(100).optional(),
  applicationId: z.string().max(100).optional(),
});

/** Which mission an edit form changes, and the version it showed: a form older than the mission changes nothing. */
export interface MissionEditing {
  missionId: string;
  version: number;
  reference: string;
  fromHome: boolean;
}

/** The mission modal: its rows, and for an edit the mission and the version the form was drawn from. */
export const ZMissionFormMeta: z.ZodType<RowState & Partial<MissionEditing>> = z.object({
  ...rowState,
  missionId: z.string().max(100).optional(),
  version: z.number().int().optional(),
  reference: z.string().max(100).optional(),
  fromHome: z.boolean().optional(),
});

/** A step on one mission (cancel, waive), and whether it was opened from the App Home. */
export const ZMissionStepAt: z.ZodType<MissionStepAt> = z.object({
  missionId: z.string().max(100).default(""),
  fromHome: z.boolean().default(false),
});

/** A decision on one label (revoke, suspend), and whether it was opened from the App Home. */
export const ZLabelDecisionAt: z.ZodType<LabelDecisionAt> = z.object({
  labelId: z.string().max(100).default(""),
  number: z.string().max(100).default(""),
  fromHome: z.boolean().default(false),
});

/** The committee modals: the application, and the channel message to update. */
export const ZCommitteeMessageAt: z.ZodType<CommitteeMessageAt> = z.object({
  applicationId: z.string().max(100).default(""),
  channel: z.string().max(100).optional(),
  ts: z.string().max(100).optional(),
});

export const ZMissionAt = z.object({ missionId: z.string().max(100).default("") });
export const ZExtensionAt = z.object({ extensionId: z.string().max(100).default("") });
/** Forms opened on one mission or one body, or on none (the form then asks which). */
export const ZFixedMission = z.object({ missionId: z.string().max(100).optional() });
export const ZFixedBody = z.object({ organisationId: z.string().max(100).optional() });

/** The ties form: whether it lists bodies (else it has only the "no tie" box). */
export const ZTiesFormMeta = z.object({ bodies: z.boolean().default(false) });
