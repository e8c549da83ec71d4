import type { Activity, IMessageActivity } from "@microsoft/teams.api";
import { ATTACHMENT_LIMITS } from "../../domain/attachments";
import { DomainError } from "../../domain/errors";
import { fetchLimited } from "../../http/fetch-limited";
import { describeError } from "../../i18n";
import { attachFiles, openCaseOf } from "../../workflow";
import { textMessage } from "../cards/card-kit";
import { escapeMarkdown, joinMarkdown, type Markdown, tmd } from "../cards/markdown";
import { isPersonal, type TeamsSender } from "../identity";
import type { TeamsRuntime } from "../runtime";
import type { Reply } from "../turn";

/** What Teams attaches to a message for each file a person sends in a personal chat with a bot. */
const FILE_DOWNLOAD_INFO = "application/vnd.microsoft.teams.file.download.info";

interface SentFile {
  name: string;
  downloadUrl: string;
}

/** The files a message carries (not its cards or inline images), with their pre-authorised download address. */
export function filesOf(activity: Activity): SentFile[] {
  const attachments = activity.type === "message" ? ((activity as IMessageActivity).attachments ?? []) : [];
  return attachments.flatMap((a) => {
    const content = a.content as { downloadUrl?: unknown } | undefined;
    if (a.contentType !== FILE_DOWNLOAD_INFO || typeof content?.downloadUrl !== "string") return [];
    return [{ name: a.name ?? "file", downloadUrl: content.downloadUrl }];
  });
}

/**
 * Files sent in the personal chat join the sender's open case (src/workflow/attachments/open-case.ts): each is
 * fetched from Teams' file host only (TEAMS_FILE_HOSTS), within the size limit, then checked like any other; the
 * reply names what was kept and, one by one, what was refused.
 */
export async function receiveFiles(rt: TeamsRuntime, sender: TeamsSender, activity: Activity): Promise<Reply> {
  const { locale } = sender;
  if (!isPersonal(activity)) return textMessage(tmd(locale, "teams.files.personal_only"));
  if (!rt.attachments) return textMessage(tmd(locale, "teams.files.unavailable"));
  const kase = await openCaseOf(rt.ctx, sender.actor);
  if (!kase) return textMessage(tmd(locale, "teams.files.no_case"));
  const fetched: { name: string; bytes: Buffer }[] = [];
  const refused: DomainError[] = [];
  for (const file of filesOf(activity).slice(0, ATTACHMENT_LIMITS.caseFiles)) {
    const got = await fetchLimited(file.downloadUrl, {
      allowedHosts: rt.attachments.fileHosts,
      maxBytes: ATTACHMENT_LIMITS.fileBytes,
    });
    if (got.ok) fetched.push({ name: file.name, bytes: got.bytes });
    else if (got.reason === "too_large") {
      refused.push(new DomainError("attachment_too_large", { name: file.name, max: ATTACHMENT_LIMITS.fileBytes }));
    } else {
      if (got.reason === "host") rt.logger.warn({ reason: "host" }, "Teams file not fetched");
      refused.push(new DomainError("attachment_unreadable", { name: file.name }));
    }
  }
  const result = fetched.length
    ? await attachFiles(rt.ctx, rt.attachments.store, sender.actor, {
        caseKind: kase.kind,
        caseId: kase.id,
        files: fetched,
      })
    : { attached: [], refused: [] };
  const lines: Markdown[] = [];
  if (result.attached.length) {
    const names = joinMarkdown(
      result.attached.map((f) => escapeMarkdown(f.name)),
      ", ",
    );
    lines.push(tmd(locale, "teams.files.kept", { case: kase.title, names }));
  }
  const refusals = [...refused, ...result.refused];
  if (refusals.length) {
    lines.push(tmd(locale, "teams.files.refused"));
    for (const error of refusals) lines.push(escapeMarkdown(`• ${describeError(error, locale)}`));
  }
  return textMessage(joinMarkdown(lines, "\n\n"));
}
