import type { webApi } from "@slack/bolt";
import { ATTACHMENT_LIMITS, type AttachmentCaseKind } from "../domain/attachments";
import { DomainError } from "../domain/errors";
import { attachmentLink } from "../http/attachment-link";
import { fetchLimited } from "../http/fetch-limited";
import { describeError } from "../i18n";
import { type AttachmentLine, attachFiles } from "../workflow";
import { messageArgs } from "./blocks";
import { escapeMrkdwn, joinMrkdwn, tm } from "./mrkdwn";
import type { Caller, SlackSurface } from "./surface";
import type { AttachmentLink } from "./views/attachment-blocks";

/** Slack's own file host, besides the API's. */
export const SLACK_FILE_HOST = "files.slack.com";

/** Each file's personal link for this caller, who has seen the case. */
export function linksFor(surface: SlackSurface, caller: Caller, lines: readonly AttachmentLine[]): AttachmentLink[] {
  const now = surface.ctx.clock.now();
  return lines.map((line) => ({
    name: line.name,
    size: line.size,
    url: attachmentLink(
      surface.attachments.links,
      { attachmentId: line.id, personId: caller.personId, platform: "slack" },
      now,
    ),
  }));
}

/**
 * After a form's answer: fetches the files the form holds from Slack with the bot's token (files.info gives the
 * address; the bytes are read within the size limit), joins them to the case, and tells the person in a DM which
 * files were kept and, naming each, which were refused. A form without files costs nothing.
 */
export async function attachFormFiles(
  surface: SlackSurface,
  client: webApi.WebClient,
  caller: Caller,
  kase: { kind: AttachmentCaseKind; id: string },
  fileIds: readonly string[],
): Promise<void> {
  if (fileIds.length === 0) return;
  const fetched: { name: string; bytes: Buffer }[] = [];
  const refused: DomainError[] = [];
  for (const fileId of fileIds.slice(0, ATTACHMENT_LIMITS.caseFiles)) {
    const { file } = await client.files.info({ file: fileId });
    const name = file?.name ?? fileId;
    const url = file?.url_private_download ?? file?.url_private;
    if ((file?.size ?? 0) > ATTACHMENT_LIMITS.fileBytes) {
      refused.push(new DomainError("attachment_too_large", { name, max: ATTACHMENT_LIMITS.fileBytes }));
      continue;
    }
    const got = url
      ? await fetchLimited(url, {
          allowedHosts: surface.attachments.fileHosts,
          maxBytes: ATTACHMENT_LIMITS.fileBytes,
          headers: { Authorization: `Bearer ${client.token ?? ""}` },
        })
      : ({ ok: false, reason: "failed" } as const);
    if (got.ok) fetched.push({ name, bytes: got.bytes });
    else if (got.reason === "too_large") {
      refused.push(new DomainError("attachment_too_large", { name, max: ATTACHMENT_LIMITS.fileBytes }));
    } else refused.push(new DomainError("attachment_unreadable", { name }));
  }
  const result = fetched.length
    ? await attachFiles(surface.ctx, surface.attachments.store, caller.actor, {
        caseKind: kase.kind,
        caseId: kase.id,
        files: fetched,
      })
    : { attached: [], refused: [] };
  const locale = caller.locale;
  const lines = [];
  if (result.attached.length) {
    const names = joinMrkdwn(
      result.attached.map((f) => escapeMrkdwn(f.name)),
      ", ",
    );
    lines.push(tm(locale, "slack.attachments.kept", { names }));
  }
  const refusals = [...refused, ...result.refused];
  if (refusals.length) {
    lines.push(tm(locale, "slack.attachments.refused"));
    for (const error of refusals) lines.push(escapeMrkdwn(`• ${describeError(error, locale)}`));
  }
  const text = joinMrkdwn(lines, "\n");
  await client.chat.postMessage({ channel: caller.slackUserId, ...messageArgs({ text }) });
}
