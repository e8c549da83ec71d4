/** The Slack surface's French words for DAECT's decisions on a label: revoke, suspend, lift a suspension. */
export const frLabels = {
  "slack.home.labels": "Labels en vigueur",
  "slack.home.labelActiveUntil": "actif, valable jusqu’au {date}",
  "slack.home.labelSuspendedUntil": ":double_vertical_bar: suspendu jusqu’au {date} inclus",
  "slack.home.labelsMore":
    "… et {count} autres : `/expect admin suspendre &lt;numéro&gt; &lt;AAAA-MM-JJ&gt; &lt;motif&gt;` ou `/expect admin revoquer &lt;numéro&gt; &lt;motif&gt;`.",
  "slack.action.suspendLabel": "Suspendre",
  "slack.action.revokeLabel": "Retirer le label",
  "slack.action.reinstateLabel": "Lever la suspension",
  "slack.labelReinstate.confirm":
    "Le label {number} redeviendra valable dès maintenant, et la collectivité en sera avertie.",
  "slack.labelDecision.reason": "Motif (envoyé à la collectivité)",
  "slack.labelRevoke.title": "Retirer le label",
  "slack.labelRevoke.submit": "Retirer",
  "slack.labelRevoke.intro":
    "Le label *{number}* sera retiré définitivement : son diplôme ne sera plus valable et aucune mission ne pourra plus être ouverte pour la collectivité. Ses missions pas encore parties vous seront listées.",
  "slack.labelSuspend.title": "Suspendre le label",
  "slack.labelSuspend.submit": "Suspendre",
  "slack.labelSuspend.intro":
    "Le label *{number}* sera suspendu jusqu’à la date choisie incluse : aucune mission ne pourra être ouverte d’ici là. Il redeviendra valable le lendemain, sans autre action.",
  "slack.labelSuspend.until": "Suspendu jusqu’au",
  "slack.labelSuspend.untilHint": "Le dernier jour de la suspension, après aujourd’hui.",
  "slack.done.labelRevoked": "Label {number} retiré. {flagged}",
  "slack.done.labelSuspended": "Label {number} suspendu jusqu’au {date} inclus. {flagged}",
  "slack.done.labelSuspendedAlready":
    "Le label {number} était déjà suspendu jusqu’au {date} pour ce motif : rien n’a changé.",
  "slack.done.labelRevokedAlready": "Le label {number} était déjà retiré pour ce motif : rien n’a changé.",
  "slack.done.labelReinstated": "Suspension du label {number} levée : il est de nouveau valable.",
  "slack.done.flagged": "{count} mission(s) pas encore partie(s) vous sont listée(s) dans le canal DAECT.",
  "slack.done.noneFlagged": "Aucune mission de la collectivité n’attendait son départ.",
  "slack.committee.renewal": ":repeat: *Renouvellement du label N° {number}*",
  "slack.action.renewLabel": "Renouveler",
  "slack.application.renewalOf":
    "Renouvellement du label N° {number} : le dossier précédent est repris, vérifiez-le et complétez-le.",
  "slack.admin.labelUsage":
    "Usage : `/expect admin revoquer &lt;numéro du label&gt; &lt;motif&gt;`, `/expect admin suspendre &lt;numéro&gt; &lt;AAAA-MM-JJ&gt; &lt;motif&gt;`, `/expect admin lever &lt;numéro&gt;`.",
} satisfies Record<string, string>;
