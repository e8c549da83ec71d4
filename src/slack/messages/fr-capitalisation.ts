/** The Slack surface's French words for the capitalisation counts on DAECT's Home (issue 13 §4). */
export const frCapitalisation = {
  "slack.home.capitalisation": "Capitalisation",
  "slack.home.capitalisationHint":
    "Missions revenues, comptées l’année de leur retour ; suites : réponses « oui » des rapports. Détail : `npm run admin -- stats`.",
  "slack.home.capitalisationByYear": "Par année",
  "slack.home.capitalisationByCountry": "Pays des missions les plus nombreuses",
  "slack.home.capitalisationLine":
    "• {label} : *{done}* mission(s) · {late} rapport(s) en retard · remboursements : {asked} demandé(s), {settled} remboursé(s) · suites : {complementary} action(s) complémentaire(s), {cooperation} coopération(s) durable(s)",
} satisfies Record<string, string>;
