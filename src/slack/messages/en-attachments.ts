import type { frAttachments } from "./fr-attachments";

/** The Slack surface's English words for the files joined to an application or a report. */
export const enAttachments = {
  "slack.committee.attachments": ":paperclip: Attachments: {count} (in “See the file”).",
  "slack.attachments.label": "Attachments",
  "slack.attachments.hint":
    "Optional: {types}, {perFile} per file, {perCase} and {count} files at most per case. The files' content is checked.",
  "slack.attachments.applicationHint":
    "Council decision, references… Optional: {types}, {perFile} per file, {perCase} and {count} files at most per case.",
  "slack.attachments.title": "*Attachments*",
  "slack.attachments.line": "• {name} ({size})",
  "slack.attachments.download": "Download",
  "slack.attachments.linksExpire": "Personal links, valid for 24 hours: open the case again to get new ones.",
  "slack.attachments.kept": "Attachments kept with the case: {names}.",
  "slack.attachments.refused": "Some files were not kept:",
} satisfies Record<keyof typeof frAttachments, string>;
