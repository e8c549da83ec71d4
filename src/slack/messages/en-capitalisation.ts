import type { frCapitalisation } from "./fr-capitalisation";

/** The Slack surface's English words for the capitalisation counts on DAECT's Home (issue 13 §4). */
export const enCapitalisation = {
  "slack.home.capitalisation": "Capitalisation",
  "slack.home.capitalisationHint":
    "Missions back, counted in the year of their return; follow-ups: the reports' “yes” answers. Details: `npm run admin -- stats`.",
  "slack.home.capitalisationByYear": "By year",
  "slack.home.capitalisationByCountry": "Countries with the most missions",
  "slack.home.capitalisationLine":
    "• {label}: *{done}* mission(s) · {late} report(s) late · reimbursements: {asked} asked, {settled} paid back · follow-ups: {complementary} complementary action(s), {cooperation} longer-term cooperation(s)",
} satisfies Record<keyof typeof frCapitalisation, string>;
