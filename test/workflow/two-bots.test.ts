import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";
import { deliverDueNotifications } from "../../src/notify/deliver-due-notifications";
import { createSlackDelivery } from "../../src/slack";
import { FakeSlackWebApi } from "../fakes/slack-web-api";
import { testDatabaseKind } from "../support/db";
import { BOT_TOKEN, CHANNELS, SIGNING_SECRET, USERS } from "../support/slack-bot";
import { applicationValues } from "../support/slack-form-values";
import { type SlackTarget, sendBlockAction, sendSlashCommand, sendViewSubmission } from "../support/slack-request";
import { createKit, type Kit } from "../support/workflow-kit";

/**
 * Two bot processes on one PostgreSQL database (the postgres project of jest.config.js), each with its
 * own HTTP endpoint, as two instances behind a load balancer: whatever one process remembers, the other does not.
 * The test process keeps its own connection idle while the children work.
 */
const ROOT = path.resolve(__dirname, "../..");

interface Instance {
  proc: ChildProcess;
  target: SlackTarget;
}

/** Starts a bot process and resolves once it prints the URL it listens on. */
function startInstance(env: Record<string, string>): Promise<Instance> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, ["--import", "tsx", path.join(ROOT, "test/support/child-bot.ts")], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    proc.stderr?.on("data", (d) => {
      stderr += d;
      if (process.env.TEST_LOG_LEVEL) process.stderr.write(d);
    });
    proc.stdout?.on("data", (d) => {
      stdout += d;
      const line = stdout.split("\n").find((l) => l.startsWith("{"));
      if (line) resolve({ proc, target: { url: JSON.parse(line).url, signingSecret: SIGNING_SECRET } });
    });
    proc.once("error", reject);
    proc.once("exit", (code) => reject(new Error(`bot process exited (${code}): ${stderr}`)));
  });
}

function stopInstance(instance: Instance): Promise<void> {
  return new Promise((resolve) => {
    if (instance.proc.exitCode !== null) return resolve();
    instance.proc.once("exit", () => resolve());
    instance.proc.kill("SIGTERM");
  });
}

let kit: Kit;
let fake: FakeSlackWebApi;
let a: Instance;
let b: Instance;

beforeEach(async () => {
  kit = await createKit();
  fake = await FakeSlackWebApi.start({ botToken: BOT_TOKEN });
  for (const user of Object.values(USERS)) fake.addUser(user);
  const env = { DATABASE_URL: kit.url, AT: kit.clock.now().toISOString(), SLACK_API_URL: fake.url };
  [a, b] = await Promise.all([startInstance(env), startInstance(env)]);
  // A first command on each instance, answered before the test starts: a cold process's first request can take
  // longer than the 3 s Slack (and Bolt) wait for an ack on this shared machine.
  for (const [i, instance] of [a, b].entries()) {
    await sendSlashCommand(instance.target, {
      command: "/expect",
      text: "",
      userId: USERS.daect.id,
      responseUrl: fake.responseUrl(USERS.daect.id),
    });
    await fake.waitFor("response_url", () => fake.calls("response_url").length > i, 10_000);
  }
  fake.reset();
}, 60_000);

afterEach(async () => {
  await Promise.all([stopInstance(a), stopInstance(b)]);
  await fake.close();
  await kit.close();
});

/** The test process's own deliverer, with the Slack channel on the fake. */
function deliver() {
  const delivery = createSlackDelivery({
    ctx: kit.ctx,
    botToken: BOT_TOKEN,
    slackApiUrl: fake.url,
    channels: CHANNELS,
    publicBaseUrl: "https://expect.example.fr",
  });
  return deliverDueNotifications({ db: kit.db, clock: kit.clock }, [delivery], {
    worker: "test",
    defaultTimeZone: "Europe/Paris",
  });
}

/** The same submission, byte for byte the same payload, as a redelivery would carry it. */
const application = {
  userId: USERS.focal.id,
  callbackId: "application_form",
  privateMetadata: JSON.stringify({ rows: ["r0"], next: 1 }),
  values: applicationValues(),
  triggerId: "1111.2222.retried",
  viewId: "V0RETRIED",
};

// Several instances need PostgreSQL (docs/deployment.md): SQLite is the one-process database, where two writers
// in two processes wait on one file lock and a verb may time out instead of queueing.
const onPostgres = testDatabaseKind() === "postgres" ? describe : describe.skip;

onPostgres("two bot processes on one PostgreSQL database", () => {
  it("files one application when the same submission reaches both instances at once, then once more", async () => {
    const [first, second] = await Promise.all([
      sendViewSubmission(a.target, application),
      sendViewSubmission(b.target, application),
    ]);
    expect([first.status, second.status]).toEqual([200, 200]);
    // Both answer as for a filed application: the person is never told an error for a click that worked.
    expect(first.body).toEqual(second.body);
    const late = await sendViewSubmission(b.target, application, { retryNum: 1, retryReason: "http_timeout" });
    expect(late.status).toBe(200);
    expect(await kit.db.application.count()).toBe(1);
    expect(await kit.db.organisation.count({ where: { name: "Ville de Lyon" } })).toBe(1);
    expect(await kit.db.outbox.count({ where: { kind: "application_submitted" } })).toBe(1);
    expect(await kit.db.auditEvent.count({ where: { entityType: "application", action: "submit" } })).toBe(1);
  }, 60_000);

  it("makes one label and sends one diploma for a committee double click split across both instances", async () => {
    await sendViewSubmission(a.target, application);
    expect(await deliver()).toMatchObject({ sent: 1, dead: 0 });
    const post = fake.calls("chat.postMessage").find((c) => c.args.channel === CHANNELS.committee);
    const { id: applicationId } = await kit.db.application.findFirstOrThrow();
    fake.reset();
    const click = {
      userId: USERS.committee.id,
      channelId: CHANNELS.committee,
      messageTs: String(post?.response.ts),
      actions: [{ actionId: "committee_approve", value: applicationId }],
    };
    const replies = await Promise.all([sendBlockAction(a.target, click), sendBlockAction(b.target, click)]);
    expect(replies.map((r) => r.status)).toEqual([200, 200]);
    // Each instance redraws the committee's message once it has decided (or found the decision made).
    await fake.waitFor("chat.update", () => fake.calls("chat.update").length === 2, 10_000);
    expect(await kit.db.label.count()).toBe(1);
    expect(await kit.db.counter.findMany()).toEqual([{ name: "label-2026", value: 1 }]);
    expect(await kit.db.outbox.count({ where: { kind: "diploma_issued" } })).toBe(1);
    // Neither click is answered as a failure: the late one is told who approved.
    expect(fake.calls("chat.postEphemeral").map((c) => c.args.text)).not.toContainEqual(
      expect.stringMatching(/Réessayez|erreur/u),
    );

    expect(await deliver()).toMatchObject({ dead: 0 });
    expect(fake.uploads).toHaveLength(1);
    expect(fake.uploads[0]).toMatchObject({ filename: "diplome-EXPE-CT-2026-0001.pdf" });
  }, 60_000);
});
