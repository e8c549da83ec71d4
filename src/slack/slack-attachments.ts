import type { webApi } from "@slack/bolt";
import { ATTACHMENT_LIMITS, type AttachmentCaseKind } from "../domain/attachments";
import { DomainError, isDomainError } from "../domain/errors";
import { attachmentLink } from "../http/attachment-link";
import { fetchLimited } from "../http/fetch-limited";
import { describeError } from "../i18n";
import { type AttachmentLine, type AttachResult, attachFiles } from "../workflow";
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
 * One file of a form, from Slack: files.info gives its name, size and private address (a file Slack no longer has is
 * unreadable), then the bytes are read with the bot's token, only from Slack's hosts and within the size limit.
 */
async function fetchSlackFile(
  surface: SlackSurface,
  client: webApi.WebClient,
  caller: Caller,
  fileId: string,
): Promise<{ name: string; bytes: Buffer } | DomainError> {
  // The person is told the file could not be fetched; the failure itself is an incident, with its reference.
  const info = await client.files.info({ file: fileId }).catch(async (error: unknown) => {
    await surface.incidents.report(error, "Slack form file: files.info", { fileId });
    return { file: undefined };
  });
  const file = info.file;
  const name = file?.name ?? fileId;
  const url = file?.url_private_download ?? file?.url_private;
  if ((file?.size ?? 0) > ATTACHMENT_LIMITS.fileBytes) {
    return new DomainError("attachment_too_large", { name, max: ATTACHMENT_LIMITS.fileBytes });
  }
  // A form's file input holds what its submitter uploaded; a forged submission may name any file the bot can read
  // (a DAECT channel's), which would then be the submitter's to download: only their own files are fetched.
  if (!url || file?.user !== caller.slackUserId) return new DomainError("attachment_unreadable", { name });
  const got = await fetchLimited(url, {
    allowedHosts: surface.attachments.fileHosts,
    maxBytes: ATTACHMENT_LIMITS.fileBytes,
    headers: { Authorization: `Bearer ${client.token ?? ""}` },
  });
  if (got.ok) return { name, bytes: got.bytes };
  if (got.reason === "too_large") {
    return new DomainError("attachment_too_large", { name, max: ATTACHMENT_LIMITS.fileBytes });
  }
  return new DomainError("attachment_unreadable", { name });
}

/**
 * After a form's answer: fetches the files the form holds from Slack, joins them to the case, and tells the person
 * in a DM which files were kept and, naming each, which were refused. A form without files costs nothing.
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
    const got = await fetchSlackFile(surface, client, caller, fileId);
    if (got instanceof DomainError) refused.push(got);
    else fetched.push(got);
  }
  let result: AttachResult = { attached: [], refused: [] };
  try {
    if (fetched.length) {
      const files = { caseKind: kase.kind, caseId: kase.id, files: fetched };
      result = await attachFiles(surface.ctx, surface.attachments.store, caller.actor, files);
    }
  } catch (error) {
    // The case closed or changed hands between the form and its files: said, like any refusal.
    if (!isDomainError(error)) throw error;
    refused.push(error);
  }
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
