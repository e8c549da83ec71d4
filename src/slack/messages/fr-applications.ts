/**
 * The Slack surface's French words for who holds a body: what the committee is warned of before deciding, what a
 * late committee click is told, and the applicant's own pending applications on the App Home.
 */
export const frApplications = {
  "slack.committee.knownBody": ":warning: *Collectivité déjà connue* : {label} ; référent·e : {focalPoints}.",
  "slack.committee.pastLabel": "label {number} ({status}, valable jusqu’au {until})",
  "slack.committee.noPastLabel": "aucun label",
  "slack.committee.noFocalPoint": "aucun·e",
  "slack.committee.focalPointToBe":
    "Si la candidature est approuvée, *{name}*, qui l’a déposée, deviendra référent·e de la collectivité.",
  "slack.committee.focalPointKept":
    "Si la candidature est approuvée, la collectivité garde son ou sa référent·e : {names}.",
  "slack.committee.focalPointByDaect":
    "Si la candidature est approuvée, personne ne devient référent·e : la DAECT le désignera.",
  "slack.committee.alreadyDecided": "Candidature déjà {decision} par {by} le {at} : rien n’a changé.",
  "slack.committee.alreadyRecommended": "{value} déjà donné par {by} le {at} : rien n’a changé.",
  "slack.committee.alreadyWithdrawn": "Candidature retirée : il n’y a plus rien à décider.",
  "slack.home.ownApplications": "Vos candidatures en cours",
  "slack.home.ownApplication":
    "*{organisation}*\nCandidature du {date} : {status}. Vous serez référent·e si le comité l’approuve et que la collectivité n’en a pas.",
} satisfies Record<string, string>;
