import { webApi } from "@slack/bolt";
import type { IncidentReporter } from "../errors/unexpected";
import type { AttachmentLinkOptions } from "../http/attachment-link";
import { readerZone } from "../i18n";
import type { FileStore, IdentifiedActor, PersonalDataHolder, WorkflowContext } from "../workflow";
import { recordChannelLinked, savePersonProfile } from "../workflow";
import { findSlackPerson, linkSlackAccount, type SlackPerson } from "./store/slack-accounts";

export interface SlackChannels {
  /** SLACK_DAECT_CHANNEL: mission updates and escalations. */
  daect?: string;
  /** SLACK_COMMITTEE_CHANNEL: applications for the selection committee. */
  committee?: string;
}

/** Where the files sent in Slack forms are kept, how their links are signed, and where Slack serves them from. */
export interface SlackAttachments {
  store: FileStore;
  links: AttachmentLinkOptions;
  /** files.slack.com, and SLACK_API_URL's host (a test's fake): a file anywhere else is never fetched. */
  fileHosts: readonly string[];
}

export interface SlackDeps {
  ctx: WorkflowContext;
  channels: SlackChannels;
  /** Where unexpected errors are logged with a reference (and DAECT alerted): see src/errors/unexpected.ts. */
  incidents: IncidentReporter;
  /** How long a linked Slack profile is trusted before locale and time zone are read again (default 10 min). */
  profileTtlMs?: number;
  /** What every surface keeps about people, for DAECT's personal data export (src/personal-data.ts). */
  personalData: readonly PersonalDataHolder[];
  /** Where the files sent in the application and report forms go, and how their links are signed. */
  attachments: SlackAttachments;
}

export interface Caller extends Omit<SlackPerson, "timeZone"> {
  slackUserId: string;
  /** The zone the person reads times in: their Slack profile's, else TZ_DEFAULT. */
  timeZone: string;
  /** Carries the person and roles read for this request, so read models do not read them again. */
  actor: IdentifiedActor;
}

/** The name of Slack's delivery channel (src/notify), also a person's preferred channel when they hear on Slack. */
export const SLACK_CHANNEL_NAME = "slack";

const DEFAULT_PROFILE_TTL_MS = 10 * 60_000;

/**
 * Slack user → person. The first contact (and once per TTL) reads the profile with users.info and links the
 * account by e-mail, which also refreshes locale and time zone; every request then reads the person and its roles
 * fresh (one statement, no cache: correct with several instances), so a role granted a second ago counts. Null when Slack gives no e-mail (a bot, or a missing scope).
 */
export class CallerResolver {
  private readonly linkedUntil = new Map<string, number>();

  constructor(
    private readonly ctx: WorkflowContext,
    private readonly ttlMs = DEFAULT_PROFILE_TTL_MS,
  ) {}

  async resolve(client: webApi.WebClient, slackUserId: string): Promise<Caller | null> {
    const now = Date.now();
    if ((this.linkedUntil.get(slackUserId) ?? 0) <= now) {
      const linked = await this.link(client, slackUserId);
      if (!linked) return null;
      this.linkedUntil.set(slackUserId, now + this.ttlMs);
    }
    const person = await findSlackPerson(this.ctx, slackUserId);
    if (!person) {
      this.linkedUntil.delete(slackUserId);
      return null;
    }
    const timeZone = readerZone(person.timeZone, this.ctx.settings.defaultTimeZone);
    return {
      ...person,
      timeZone,
      slackUserId,
      actor: { personId: person.personId, platform: "slack", known: person },
    };
  }

  private async link(client: webApi.WebClient, slackUserId: string): Promise<boolean> {
    const { user } = await client.users.info({ user: slackUserId, include_locale: true }).catch((error: unknown) => {
      // Slack answering that it knows no such account is an answer, not a failure: nobody the bot can name.
      if (isPlatformError(error, "user_not_found")) return { user: undefined };
      throw error;
    });
    const email = user?.profile?.email;
    if (!user || user.is_bot || user.deleted || !email) return false;
    const { personId } = await savePersonProfile(this.ctx, {
      email,
      name: user.real_name || user.profile?.real_name || user.name,
      locale: user.locale,
      timeZone: user.tz,
    });
    if (await linkSlackAccount(this.ctx, { personId, slackUserId, slackTeamId: user.team_id })) {
      await recordChannelLinked(this.ctx, { personId, platform: "slack" }, SLACK_CHANNEL_NAME);
    }
    return true;
  }
}

/** What every handler gets: the workflow, the configured channels and the caller resolution. */
export interface SlackSurface {
  ctx: WorkflowContext;
  channels: SlackChannels;
  callers: CallerResolver;
  incidents: IncidentReporter;
  personalData: readonly PersonalDataHolder[];
  attachments: SlackAttachments;
}

function isPlatformError(error: unknown, code: string): boolean {
  const e = error as { code?: unknown; data?: { error?: unknown } } | null;
  return e?.code === webApi.ErrorCode.PlatformError && e.data?.error === code;
}
