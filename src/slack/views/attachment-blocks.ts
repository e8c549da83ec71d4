import { ATTACHMENT_EXTENSIONS, ATTACHMENT_LIMITS } from "../../domain/attachments";
import { formatSize, type Locale } from "../../i18n";
import { type Block, button, context, input, section } from "../blocks";
import { ACTIONS } from "../constants";
import { tm } from "../mrkdwn";
import { t } from "../words";

/** A file of a case, with the personal download link drawn for the person who reads it. */
export interface AttachmentLink {
  name: string;
  size: number;
  url: string;
}

/** The optional file input of the application and report forms: Slack filters by name, the bot checks the bytes. */
export function attachmentInput(locale: Locale, kind: "application" | "report"): Block {
  const hint = t(locale, kind === "application" ? "slack.attachments.applicationHint" : "slack.attachments.hint", {
    types: ATTACHMENT_EXTENSIONS.join(", "),
    perFile: formatSize(ATTACHMENT_LIMITS.fileBytes, locale),
    perCase: formatSize(ATTACHMENT_LIMITS.caseBytes, locale),
    count: ATTACHMENT_LIMITS.caseFiles,
  });
  return input(
    "attachments",
    t(locale, "slack.attachments.label"),
    {
      type: "file_input",
      action_id: "value",
      filetypes: [...ATTACHMENT_EXTENSIONS],
      max_files: ATTACHMENT_LIMITS.caseFiles,
    },
    { optional: true, hint },
  );
}

/**
 * The files of a case, each with a button opening its personal link (a link button: Slack opens the address in the
 * browser, and the bot only acknowledges the click), for the committee's file and the report review.
 */
export function attachmentList(locale: Locale, files: readonly AttachmentLink[]): Block[] {
  if (files.length === 0) return [];
  const lines = files.map((f, i) =>
    section(tm(locale, "slack.attachments.line", { name: f.name, size: formatSize(f.size, locale) }), {
      ...button(t(locale, "slack.attachments.download"), `${ACTIONS.openAttachment}.${i}`, String(i)),
      url: f.url,
    }),
  );
  return [
    section(tm(locale, "slack.attachments.title")),
    ...lines,
    context(tm(locale, "slack.attachments.linksExpire")),
  ];
}
