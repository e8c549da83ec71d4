/** The Slack surface's French words for the files joined to an application or a report. */
export const frAttachments = {
  "slack.committee.attachments": ":paperclip: Pièces jointes : {count} (dans « Voir le dossier »).",
  "slack.attachments.label": "Pièces jointes",
  "slack.attachments.hint":
    "Facultatif : {types}, {perFile} par fichier, {perCase} et {count} fichiers au plus par dossier. Le contenu des fichiers est vérifié.",
  "slack.attachments.applicationHint":
    "Délibération du conseil, références… Facultatif : {types}, {perFile} par fichier, {perCase} et {count} fichiers au plus par dossier.",
  "slack.attachments.title": "*Pièces jointes*",
  "slack.attachments.line": "• {name} ({size})",
  "slack.attachments.download": "Télécharger",
  "slack.attachments.linksExpire":
    "Liens personnels, valables 24 heures : rouvrez le dossier pour en obtenir de nouveaux.",
  "slack.attachments.kept": "Pièces jointes enregistrées avec le dossier : {names}.",
  "slack.attachments.refused": "Certains fichiers n’ont pas été enregistrés :",
} satisfies Record<string, string>;
