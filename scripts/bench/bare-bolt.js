// The bare Bolt app of `npm run bench:surfaces`: the Bolt version of our node_modules, its default HTTP receiver,
// answering what the bench sends with a trivial ack and one Web API call each. Started as `node bare-bolt.js`.
const { App, LogLevel } = require("@slack/bolt");

const app = new App({
  token: process.env.SLACK_BOT_TOKEN,
  signingSecret: process.env.SLACK_SIGNING_SECRET,
  clientOptions: { slackApiUrl: process.env.SLACK_API_URL },
  logLevel: LogLevel.ERROR,
  customRoutes: [
    {
      path: "/healthz",
      method: ["GET"],
      handler: (_req, res) => {
        res.writeHead(200, { "content-type": "application/json" });
        res.end('{"status":"ok"}');
      },
    },
  ],
});

app.command("/expect", async ({ ack, respond }) => {
  await ack();
  await respond({ response_type: "ephemeral", text: "ok" });
});
app.action(/.*/, async ({ ack, body, client }) => {
  await ack();
  await client.chat.postMessage({ channel: body.user.id, text: "ok" });
});
app.view(/.*/, async ({ ack, body, client }) => {
  await ack();
  await client.chat.postMessage({ channel: body.user.id, text: "ok" });
});
app.event("app_home_opened", async ({ event, client }) => {
  await client.views.publish({
    user_id: event.user,
    view: { type: "home", blocks: [{ type: "section", text: { type: "mrkdwn", text: "ok" } }] },
  });
});

app.start({ port: Number(process.env.PORT), host: "127.0.0.1" });
