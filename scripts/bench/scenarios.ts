import { ACTIONS, CALLBACKS, COMMAND } from "../../src/slack/constants";
import { INPUT, VERB } from "../../src/teams/constants";
import type { FakeSlackWebApi } from "../../test/fakes/slack-web-api";
import type { FakeTeamsConnector } from "../../test/fakes/teams-connector";
import { AWA, MARIE } from "../../test/http/teams-harness";
import { SIGNING_SECRET, USERS } from "../../test/support/slack-bot";
import { dated, typed } from "../../test/support/slack-form-values";
import {
  type SlackReply,
  sendBlockAction,
  sendEvent,
  sendSlashCommand,
  sendViewSubmission,
} from "../../test/support/slack-request";
import { cardActionActivity, type PostResult, postActivity, type TeamsUser } from "../../test/support/teams-activity";
import type { Seeded } from "./seed";

export type Kind = "ours" | "bare";

/** A server under load: ours, or the bare SDK app of the scenario's platform. */
export interface Target {
  readonly label: string;
  readonly kind: Kind;
  readonly baseUrl: string;
  /** The serving process, whose CPU and memory are read. */
  readonly pid: number;
}

export interface Reply {
  status: number;
  body: unknown;
  ms: number;
}

export interface Scenario {
  readonly id: string;
  readonly platform: "slack" | "teams";
  /** The goals, as ratios to the bare app; absent where it sets none. */
  readonly p99Goal?: number;
  readonly cpuGoal?: number;
  /** The Web API call that ends the work a request starts, per kind (absent: the HTTP answer is all of it). */
  readonly endsWith?: Partial<Record<Kind, string>>;
  /** What ours must answer, checked on its first request: a bench that measures an error path measures nothing. */
  readonly expect?: (body: unknown) => boolean;
  send(target: Target): Promise<Reply>;
}

export interface World {
  fake: FakeSlackWebApi;
  connector: FakeTeamsConnector;
  seeded: Seeded;
}

const fromSlack = (reply: SlackReply): Reply => ({ status: reply.status, body: reply.body, ms: reply.elapsedMs });
const fromTeams = (reply: PostResult): Reply => ({ status: reply.status, body: reply.body, ms: reply.elapsedMs });
const slackAt = (target: Target) => ({ url: `${target.baseUrl}/slack/events`, signingSecret: SIGNING_SECRET });

function command(world: World, id: string, text: string, user: { id: string }, endsWith: Scenario["endsWith"]) {
  return {
    id,
    platform: "slack",
    p99Goal: 1.3,
    cpuGoal: 3,
    endsWith,
    send: async (target: Target) =>
      fromSlack(
        await sendSlashCommand(slackAt(target), {
          command: COMMAND,
          text,
          userId: user.id,
          responseUrl: world.fake.responseUrl(user.id),
        }),
      ),
  } satisfies Scenario;
}

function cardAction(
  world: World,
  id: string,
  user: TeamsUser,
  verb: string,
  data: (target: Target) => Record<string, unknown>,
) {
  return {
    id,
    platform: "teams",
    p99Goal: 1.5,
    send: async (target: Target) =>
      fromTeams(
        await postActivity(
          target.baseUrl,
          cardActionActivity({ serviceUrl: world.connector.serviceUrl, from: user, verb, data: data(target) }),
        ),
      ),
  } satisfies Scenario;
}

const answered = { ours: "response_url", bare: "response_url" };
const contains = (text: string) => (body: unknown) => JSON.stringify(body).includes(text);

const listing = (world: World, missions: number) =>
  command(world, `missions (${missions})`, "missions", USERS.daect, answered);

/** The Slack requests measured while DAECT's list holds `missions` missions (the small database). */
export function slackScenarios(world: World, missions: number): Scenario[] {
  return [
    command(world, "aide", "aide", USERS.daect, answered),
    listing(world, missions),
    command(world, "candidature", "candidature", USERS.focal, { ours: "views.open", bare: "response_url" }),
    {
      id: "button (Home: new mission)",
      platform: "slack",
      p99Goal: 1.3,
      cpuGoal: 3,
      endsWith: { ours: "views.open", bare: "chat.postMessage" },
      send: async (target) =>
        fromSlack(
          await sendBlockAction(slackAt(target), {
            userId: USERS.daect.id,
            actions: [{ actionId: ACTIONS.openMission }],
            view: { id: "VHOME", type: "home" },
          }),
        ),
    },
    {
      id: "modal (solicitation)",
      platform: "slack",
      p99Goal: 1.3,
      cpuGoal: 3,
      endsWith: { bare: "chat.postMessage" },
      expect: (body) => (body as { response_action?: string }).response_action === "update",
      send: async (target) =>
        fromSlack(
          await sendViewSubmission(slackAt(target), {
            userId: USERS.focal.id,
            callbackId: CALLBACKS.solicitation,
            privateMetadata: JSON.stringify({ organisationId: world.seeded.organisationId }),
            values: {
              fromWhom: typed("Commune de Thiès"),
              countryCode: typed("SN"),
              subject: typed("Appui à la gestion des déchets"),
              receivedOn: dated(new Date().toISOString().slice(0, 10)),
            },
          }),
        ),
    },
  ];
}

/** What the large database is measured with: DAECT's `missions` list and App Home (CPU goal only). */
export function largeListScenarios(world: World, missions: number): Scenario[] {
  return [
    listing(world, missions),
    {
      id: `App Home (${missions})`,
      platform: "slack",
      cpuGoal: 3,
      endsWith: { ours: "views.publish", bare: "views.publish" },
      send: async (target) =>
        fromSlack(
          await sendEvent(slackAt(target), {
            event: { type: "app_home_opened", user: USERS.daect.id, channel: "D0DAECT", tab: "home" },
          }),
        ),
    },
  ];
}

/** The Teams card actions; each decision takes a mission still awaiting the embassy (ours only decides them). */
export function teamsScenarios(world: World): Scenario[] {
  const { awaiting, reportMissionId } = world.seeded;
  let refreshed = 0;
  const undecided = [...awaiting];
  return [
    {
      ...cardAction(world, "refresh", AWA, VERB.missionRefresh, () => ({
        missionId: awaiting[refreshed++ % awaiting.length],
      })),
      expect: contains("Ville partenaire"),
    },
    {
      ...cardAction(world, "report form", MARIE, VERB.reportForm, () => ({ missionId: reportMissionId })),
      expect: contains(INPUT.objectAccount),
    },
    {
      ...cardAction(world, "embassy decision", AWA, VERB.embassyValidate, (target) => {
        if (target.kind === "bare") return { missionId: awaiting[0], round: 0 };
        const missionId = undecided.shift();
        if (!missionId) throw new Error("no mission left to decide: fewer rounds or a smaller --batch");
        return { missionId, round: 0 };
      }),
      expect: contains("Validée"),
    },
  ];
}

/** The requests of the soak that takes ours to 10 000 requests: a mix of the cheap and the writing ones. */
export function soakMix(all: Scenario[]): Scenario[] {
  return all.filter((s) => ["aide", "button (Home: new mission)", "modal (solicitation)", "refresh"].includes(s.id));
}
