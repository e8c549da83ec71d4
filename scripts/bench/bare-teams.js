// The bare Teams SDK app of `npm run bench:surfaces`: the Teams SDK version of our node_modules on an express app
// (as ours is), unauthenticated like ours in the bench, answering every card action with a trivial card.
// Started as `node bare-teams.js`.
const express = require("express");
const { App, ExpressAdapter } = require("@microsoft/teams.apps");

const http = express();
http.get("/healthz", (_req, res) => res.json({ status: "ok" }));
const app = new App({
  clientId: "",
  clientSecret: "",
  tenantId: "",
  dangerouslyAllowUnauthenticatedRequests: true,
  httpServerAdapter: new ExpressAdapter(http),
});
const card = {
  type: "AdaptiveCard",
  $schema: "http://adaptivecards.io/schemas/adaptive-card.json",
  version: "1.5",
  body: [{ type: "TextBlock", text: "ok" }],
};
app.on("card.action", async () => ({ statusCode: 200, type: "application/vnd.microsoft.card.adaptive", value: card }));

app.initialize().then(() => http.listen(Number(process.env.PORT), "127.0.0.1"));
