/**
 * The Slack surface's French words for conflicts of interest in the committee (declared ties, abstentions, the
 * count of opinions) and for the changes the committee asks of a body before deciding.
 */
export const frCommittee = {
  "slack.committee.declareTies": "Déclarer mes liens",
  "slack.committee.details": "Voir le dossier",
  "slack.committee.requestChanges": "Demander des modifications",
  "slack.committee.tiesTitle": "Mes liens d’intérêt",
  "slack.committee.tiesIntro":
    "Avant d’examiner une candidature, indiquez les organismes avec lesquels vous avez un lien (mandat, emploi, fonction au conseil d’administration…), ou cochez « Aucun lien ». Vous vous abstiendrez sur leurs candidatures.",
  "slack.committee.tiesBodies": "Organismes avec lesquels j’ai un lien",
  "slack.committee.tiesNone": "Aucun lien avec un organisme candidat",
  "slack.committee.tiesNoneLabel": "Aucun lien",
  "slack.committee.tiesInvite":
    "Avant de voir le détail d’une candidature ou d’agir dessus, déclarez vos liens avec les organismes (ou l’absence de lien).",
  "slack.committee.tiedNoFile":
    ":no_entry: Vous avez déclaré un lien avec {organisation} : le dossier de cette candidature ne vous est pas montré, et vous vous abstenez (ni avis ni décision). Votre abstention est enregistrée.",
  "slack.committee.detailsHint":
    "Le dossier (thèmes, compétences, expert·es, commentaires) s’ouvre avec « Voir le dossier », une fois vos liens déclarés.",
  "slack.committee.detailsTitle": "Dossier de candidature",
  "slack.committee.counts": "*Avis* : {counts}",
  "slack.committee.count.favourable": "{n} favorable(s)",
  "slack.committee.count.unfavourable": "{n} défavorable(s)",
  "slack.committee.count.abstention": "{n} abstention(s)",
  "slack.committee.count.abstention.one": "1 abstention",
  "slack.committee.changesRequested": ":pencil2: *Modifications demandées* par {by} le {at} :",
  "slack.committee.changesAsked": ":pencil2: *Modifications demandées* par {by} le {at}.",
  "slack.committee.awaitingChanges": "_En attente du dossier modifié par la collectivité._",
  "slack.committee.resubmitted":
    ":arrows_counterclockwise: *Dossier modifié* renvoyé le {at} — champs modifiés : {fields}",
  "slack.committee.resubmittedSame": ":arrows_counterclockwise: *Dossier renvoyé* le {at}, sans modification.",
  "slack.committee.changesTitle": "Demande de modifications",
  "slack.committee.changesHint":
    "Le commentaire est envoyé à la collectivité avec son dossier, à modifier puis renvoyer.",
  "slack.committee.alreadyAwaitingChanges":
    "Des modifications sont déjà demandées à la collectivité : attendez son dossier modifié.",
  "slack.done.tiesDeclared": "Déclaration enregistrée. Vous pouvez examiner les candidatures.",
  "slack.done.changesRequested": "Demande envoyée à la collectivité, avec votre commentaire.",
  "slack.done.applicationResubmitted": "Dossier modifié renvoyé au comité de sélection.",
  "slack.notify.application_changes_requested":
    "Le comité de sélection demande des modifications de la candidature de {organisation} avant de décider :",
  "slack.notify.application_resubmitted": "Dossier modifié renvoyé au comité.",
  "slack.action.reviseApplication": "Modifier ma candidature",
  "slack.resubmission.unavailable": "Ce dossier n’attend plus de modification : il a été renvoyé, retiré ou décidé.",
  "slack.application.changesRequested": ":pencil2: *Modifications demandées par le comité de sélection* :",
} as const;
