import { rm } from "node:fs/promises";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import pino, { type DestinationStream } from "pino";
import type { Db } from "../../src/db/client";
import { createIncidentReporter } from "../../src/errors/unexpected";
import { createAnswerQueue } from "../../src/http/answer-first";
import { createHttpApp, handleHttpErrors } from "../../src/http/app";
import { mountAttachmentDownloads } from "../../src/http/attachment-download";
import { mountDiplomaVerification } from "../../src/http/diploma-verification";
import { createLogger } from "../../src/logger";
import { deliverDueNotifications } from "../../src/notify/deliver-due-notifications";
import type {
  DeliveryChannel,
  DeliveryResult,
  DeliveryTarget,
  OutgoingNotification,
} from "../../src/notify/delivery-channel";
import { mountDiplomaDownloads, registerTeams, type TeamsSurface } from "../../src/teams";
import { createTeamsApp } from "../../src/teams/transport";
import { type FakeTeamsConnector, startFakeTeamsConnector } from "../fakes/teams-connector";
import { assertValidCard } from "../support/adaptive-cards";
import { testAttachments } from "../support/attachment-store";
import {
  type ActivityBase,
  cardActionActivity,
  messageActivity,
  type PostResult,
  personalConversationId,
  personalInstallActivity,
  postActivity,
  type TeamsUser,
} from "../support/teams-activity";
import { createKit, type Kit } from "../support/workflow-kit";

/** Shared set-up of the Teams HTTP tests: a kit database, the real SDK on the shared app, a fake connector. */

export const AWA: TeamsUser = { id: "29:awa", name: "Awa Ndiaye", aadObjectId: "aad-awa" };
export const PAUL: TeamsUser = { id: "29:paul", name: "Paul Sarr", aadObjectId: "aad-paul" };
export const KARIM: TeamsUser = { id: "29:karim", name: "Karim Alami", aadObjectId: "aad-karim" };
export const MARIE: TeamsUser = { id: "29:marie", name: "Marie Durand", aadObjectId: "aad-marie" };
export const FOCAL: TeamsUser = { id: "29:focal", name: "Référent Lyon", aadObjectId: "aad-focal" };

const EMAILS: Record<string, string> = {
  [AWA.id]: "consul@sn.ambafrance.org",
  [PAUL.id]: "second@sn.ambafrance.org",
  [KARIM.id]: "consul@ma.ambafrance.org",
  [MARIE.id]: "marie.durand@lyon.fr",
  [FOCAL.id]: "referent@lyon.fr",
};

/** Signs the diploma links of the Teams tests (a test may forge or tamper with one). */
export const TEST_DIPLOMA_SECRET = "teams-harness-diploma-link-secret-0123456789";

/** DAECT's side in these tests: a Slack platform that records what it was asked to post. */
export class RecordingSlack implements DeliveryChannel {
  readonly name = "slack";
  readonly posted: { kind: string; target: DeliveryTarget; data: Record<string, unknown> }[] = [];
  constructor(private readonly db: Db) {}
  async canReach(target: DeliveryTarget): Promise<boolean> {
    if (target.type === "shared") return !target.channel.startsWith("embassy:");
    return (await this.db.slackAccount.count({ where: { personId: target.personId } })) > 0;
  }
  async deliver(n: OutgoingNotification, target: DeliveryTarget): Promise<DeliveryResult> {
    this.posted.push({ kind: n.kind, target, data: n.data });
    return { status: "sent" };
  }
}

export interface Harness {
  kit: Kit;
  fake: FakeTeamsConnector;
  surface: TeamsSurface;
  slack: RecordingSlack;
  baseUrl: string;
  /** The folder the bot keeps attachments in (a fresh temporary one). */
  attachmentsDir: string;
  post(activity: object): Promise<PostResult>;
  /** Installs the app for a person (personal scope), as Teams does. */
  install(user: TeamsUser, base?: Partial<ActivityBase>): Promise<PostResult>;
  say(user: TeamsUser, text: string, base?: Partial<ActivityBase>): Promise<PostResult>;
  /** Says `text` in the person's chat and gives the one activity the bot answered there with. */
  reply(user: TeamsUser, text: string): Promise<any>;
  click(
    user: TeamsUser,
    verb: string,
    data: Record<string, unknown>,
    replyToId?: string,
    base?: Partial<ActivityBase>,
  ): Promise<PostResult>;
  /** Runs notify's deliverer with the Teams channel and the recording Slack one. */
  deliver(): ReturnType<typeof deliverDueNotifications>;
  /** Every card the fake connector received (sent or updated) so far, each checked with assertValidCard. */
  checkAllCards(): number;
  close(): Promise<void>;
}

export function cardOf(activity: any): any {
  return activity?.attachments?.[0]?.content;
}

export interface HarnessOptions {
  /** Where the unexpected errors' log lines go (our logger, at error level): for tests that read them. */
  incidentLog?: DestinationStream;
}

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const kit = await createKit();
  const fake = await startFakeTeamsConnector();
  for (const [id, email] of Object.entries(EMAILS)) {
    const user = [AWA, PAUL, KARIM, MARIE, FOCAL].find((u) => u.id === id) as TeamsUser;
    fake.addMember({ id, name: user.name, email, aadObjectId: user.aadObjectId });
  }
  const logger = pino({ level: "silent" });
  // The server's answer queue, as in production (src/server.ts): background work waits for unanswered requests.
  const answers = createAnswerQueue();
  const http = createHttpApp(async () => ({}), logger, { answers });
  // Listening first gives the port the diploma links point to; express routes added after still answer.
  const server = await new Promise<Server>((resolve) => {
    const s = http.listen(0, "127.0.0.1", () => resolve(s));
  });
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const diplomaLinks = { secret: TEST_DIPLOMA_SECRET, baseUrl };
  const app = await createTeamsApp({ http, allowUnauthenticated: true, logger });
  const incidentLogger = options.incidentLog ? createLogger("error", options.incidentLog) : logger;
  const incidents = createIncidentReporter({
    ctx: kit.ctx,
    logger: incidentLogger,
    surface: "teams",
    alertsDaect: true,
  });
  const attachments = testAttachments(baseUrl);
  // Files sent in the chat are fetched from this machine in tests (a test serves them), as from SharePoint in production.
  const surface = registerTeams(app, {
    ctx: kit.ctx,
    logger,
    incidents,
    diplomaLinks,
    attachments: { store: attachments.store, links: attachments.links, fileHosts: ["127.0.0.1"] },
    afterAnswers: answers.afterAnswers,
  });
  mountDiplomaDownloads(http, { ctx: kit.ctx, logger, links: diplomaLinks });
  mountAttachmentDownloads(http, { ctx: kit.ctx, store: attachments.store, links: attachments.links, logger });
  // As the composition root does: the public check the diplomas' QR codes lead to.
  mountDiplomaVerification(http, { ctx: kit.ctx });
  handleHttpErrors(http, logger);
  const slack = new RecordingSlack(kit.db);
  const serviceUrl = fake.serviceUrl;
  const post = (activity: object) => postActivity(baseUrl, activity);
  const checked = new Set<unknown>();
  return {
    kit,
    fake,
    surface,
    attachmentsDir: attachments.dir,
    slack,
    baseUrl,
    post,
    install: (user, base = {}) => post(personalInstallActivity({ serviceUrl, from: user, ...base })),
    say: (user, text, base = {}) => post(messageActivity({ serviceUrl, from: user, text, ...base })),
    reply: async (user, text) => {
      const before = fake.sent().length;
      const res = await post(messageActivity({ serviceUrl, from: user, text }));
      if (res.status !== 200) throw new Error(`"${text}" got HTTP ${res.status}`);
      const replies = fake
        .sent()
        .slice(before)
        .filter((s) => s.conversationId === chatOf(user));
      if (replies.length !== 1) throw new Error(`"${text}" got ${replies.length} replies, not one`);
      return replies[0]?.activity;
    },
    click: async (user, verb, data, replyToId, base = {}) => {
      const res = await post(cardActionActivity({ serviceUrl, from: user, verb, data, replyToId, ...base }));
      if (res.status === 200 && res.body?.value) assertValidCard(res.body.value);
      return res;
    },
    deliver: () =>
      deliverDueNotifications({ db: kit.db, clock: kit.clock }, [surface.deliveryChannel, slack], {
        worker: "test",
        defaultTimeZone: "Europe/Paris",
      }),
    checkAllCards: () => {
      const activities = [...fake.sent().map((s) => s.activity), ...fake.updates().map((u) => u.activity)];
      for (const activity of activities) {
        for (const attachment of activity.attachments ?? []) {
          if (checked.has(attachment)) continue;
          assertValidCard(attachment.content);
          checked.add(attachment);
        }
      }
      return activities.length;
    },
    close: async () => {
      await surface.idle();
      await new Promise((resolve) => server.close(resolve));
      await fake.close();
      await rm(attachments.dir, { recursive: true, force: true });
      await kit.close();
    },
  };
}

export function chatOf(user: TeamsUser): string {
  return personalConversationId(user);
}
