import { SUBCOMMANDS } from "../../src/slack/commands";
import { ACTIONS, CALLBACKS, COMMAND } from "../../src/slack/constants";
import { findAll, garbage, mutate, type Rng, replaceIds } from "./fuzz";
import { SLACK_BUILDERS } from "./slack-hostile-views";
import { API_APP_ID, TEAM } from "./slack-request";

/** A raw Slack request: its body, content type and whether it is signed as Slack signs (else 401 is expected). */
export interface SlackCase {
  kind: string;
  body: string;
  contentType: string;
  signing: "valid" | "bad" | "stale" | "future" | "none";
}

/** The real ids a fuzzed payload may point at in place of the builders' placeholders (m1, a1, o1, l1, p1…). */
export interface SlackIds {
  missions: string[];
  applications: string[];
  organisations: string[];
  labels: string[];
  persons: string[];
}

type Obj = Record<string, unknown>;

/** Every button, select and modal the bot's own Block Kit builders produce, as Slack would send them back. */
function harvest() {
  const payloads = Object.values(SLACK_BUILDERS).flatMap((b) => [
    ...b.render("Texte", "fr"),
    ...b.render("Text", "en"),
  ]);
  const elements = findAll(payloads, (n) => typeof n.action_id === "string" && typeof n.type === "string");
  const modals = findAll(payloads, (n) => n.type === "modal" && typeof n.callback_id === "string");
  const homes = findAll(payloads, (n) => n.type === "home");
  return { elements, modals, homes };
}

const HARVEST = harvest();

function placeholderPicker(rng: Rng, ids: SlackIds) {
  const of = (list: string[]) => rng.pick([...list, "m-unknown", "cm0000000000000000000000"]);
  return (v: string): string | undefined => {
    if (/^m\d$/.test(v)) return of(ids.missions);
    if (/^a\d$/.test(v)) return of(ids.applications);
    if (/^o\d$/.test(v)) return of(ids.organisations);
    if (/^l\d$/.test(v)) return of(ids.labels);
    if (/^p\d$/.test(v)) return of(ids.persons);
    if (v === "SN" && rng.chance(0.5)) return rng.pick(["MA", "ZZ", "sn", ""]);
    return undefined;
  };
}

/** What Slack sends back for an element when a person fills it in (or a forger puts anything there). */
function stateOf(rng: Rng, element: Obj): Obj {
  const first = (element.options as Obj[] | undefined)?.[0];
  const type = String(element.type);
  if (rng.chance(0.15)) return { type, value: garbage(rng) };
  switch (type) {
    case "plain_text_input":
      return { type, value: rng.pick(["Texte", "marie.durand@lyon.fr", "SN", "", "x".repeat(12_000)]) };
    case "static_select":
    case "radio_buttons":
    case "external_select":
      return { type, selected_option: first ? { value: first.value, text: first.text } : { value: "l1" } };
    case "multi_static_select":
    case "checkboxes":
      return { type, selected_options: first ? [{ value: first.value }] : [] };
    case "datepicker":
      return { type, selected_date: rng.pick(["2026-04-06", "2026-02-30", "yesterday"]) };
    case "number_input":
      return { type, value: rng.pick(["1", "-5", "1e9", "deux"]) };
    default:
      return { type };
  }
}

const user = (userId: string) => ({ id: userId, username: userId.toLowerCase(), name: "x", team_id: TEAM.id });
const trigger = (rng: Rng) => `${1700000000 + rng.int(1e6)}.${rng.int(1e9)}.abcdef0123456789`;

function blockAction(rng: Rng, userId: string, responseUrl: string): Obj {
  const element = { ...rng.pick(HARVEST.elements) };
  if (rng.chance(0.1)) element.action_id = rng.pick(["no_such_action", `${ACTIONS.openReport}_x`, ""]);
  const action: Obj = { ...element, block_id: element.block_id ?? "b", action_ts: "1700000000.000100" };
  if (element.type !== "button") delete action.options;
  if (Array.isArray(element.options)) action.selected_option = element.options[0];
  const inView = rng.chance(0.5);
  const view = inView
    ? { ...rng.pick([...HARVEST.modals, ...HARVEST.homes]), id: "V0FUZZ", state: { values: {} } }
    : null;
  return {
    type: "block_actions",
    user: user(userId),
    api_app_id: API_APP_ID,
    token: "t",
    trigger_id: trigger(rng),
    team: TEAM,
    container: inView
      ? { type: "view", view_id: "V0FUZZ" }
      : { type: "message", message_ts: "1700000000.000200", channel_id: "D0FUZZ" },
    ...(view
      ? { view }
      : {
          channel: { id: "D0FUZZ", name: "directmessage" },
          message: { type: "message", ts: "1700000000.000200", text: "" },
          response_url: responseUrl,
        }),
    actions: [action],
  };
}

function viewPayload(rng: Rng, userId: string, type: "view_submission" | "view_closed"): Obj {
  const modal = rng.pick(HARVEST.modals);
  const values: Record<string, Obj> = {};
  for (const block of (modal.blocks as Obj[]) ?? []) {
    if (block.type !== "input" || typeof block.block_id !== "string") continue;
    const element = block.element as Obj;
    values[block.block_id] = { [String(element.action_id ?? "value")]: stateOf(rng, element) };
  }
  let metadata = String(modal.private_metadata ?? "");
  if (rng.chance(0.25)) metadata = String(rng.pick(["{", "null", "[]", '{"missionId":42}', "x".repeat(2900), ""]));
  const callbackId = rng.chance(0.08) ? rng.pick(["no_such_form", CALLBACKS.loading, ""]) : modal.callback_id;
  return {
    type,
    team: TEAM,
    user: user(userId),
    api_app_id: API_APP_ID,
    token: "t",
    trigger_id: trigger(rng),
    view: {
      id: "V0FUZZ",
      team_id: TEAM.id,
      type: "modal",
      callback_id: callbackId,
      private_metadata: metadata,
      state: { values },
      hash: "h0",
      blocks: [],
      app_id: API_APP_ID,
    },
    response_urls: [],
  };
}

function slashCommand(rng: Rng, userId: string, responseUrl: string): Obj {
  const sub = rng.pick(SUBCOMMANDS).names;
  const args = rng.pick(["", " M-2026-0001", " Lyon", " m1", " ???", " déchets", ` ${"z".repeat(5000)}`]);
  return {
    token: "t",
    team_id: TEAM.id,
    team_domain: TEAM.domain,
    channel_id: "D0FUZZ",
    channel_name: "directmessage",
    user_id: userId,
    user_name: "x",
    command: rng.chance(0.1) ? rng.pick(["/other", "expect", "/"]) : COMMAND,
    text: `${rng.pick(sub)}${args}`,
    api_app_id: API_APP_ID,
    response_url: responseUrl,
    trigger_id: trigger(rng),
  };
}

function event(rng: Rng, userId: string): Obj {
  return {
    token: "t",
    team_id: TEAM.id,
    api_app_id: API_APP_ID,
    type: "event_callback",
    event_id: `EvFUZZ${rng.int(1e9)}`,
    event_time: 1700000000,
    event: {
      type: rng.chance(0.85) ? "app_home_opened" : rng.pick(["message", "app_mention", "team_join"]),
      user: userId,
      channel: `D${userId.slice(1)}`,
      tab: rng.pick(["home", "messages"]),
      event_ts: "1700000000.000100",
    },
    authorizations: [{ team_id: TEAM.id, user_id: "U0BOT", is_bot: true, enterprise_id: null }],
  };
}

const form = (payload: unknown) => new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
const FORM = "application/x-www-form-urlencoded";

/** One fuzzed request: a real envelope of the bot's UI, mutated, or a body that is not a Slack payload at all. */
export function slackCase(rng: Rng, ids: SlackIds, userIds: readonly string[], responseUrl: string): SlackCase {
  const userId = rng.pick(userIds);
  const withIds = <T>(v: T) => replaceIds(v, placeholderPicker(rng, ids));
  const times = rng.pick([0, 1, 1, 2, 3]);
  const signing: SlackCase["signing"] = rng.chance(0.12) ? rng.pick(["bad", "stale", "future", "none"]) : "valid";
  const kind = rng.pick([
    "block_actions",
    "block_actions",
    "block_actions",
    "view_submission",
    "view_submission",
    "view_closed",
    "command",
    "event",
    "url_verification",
    "shortcut",
    "raw",
  ]);
  const mutated = (payload: Obj, prefer?: (p: (string | number)[]) => boolean) => mutate(rng, payload, times, prefer);
  switch (kind) {
    case "block_actions": {
      const p = mutated(
        withIds(blockAction(rng, userId, responseUrl)),
        (path) => path[0] === "actions" || path[0] === "view",
      );
      return { kind, body: form(p), contentType: FORM, signing };
    }
    case "view_submission":
    case "view_closed": {
      const p = mutated(withIds(viewPayload(rng, userId, kind)), (path) => path[0] === "view");
      return { kind, body: form(p), contentType: FORM, signing };
    }
    case "command": {
      const p = mutated(withIds(slashCommand(rng, userId, responseUrl)));
      const body = new URLSearchParams(
        Object.entries(p).map(([k, v]): [string, string] => [k, typeof v === "string" ? v : (JSON.stringify(v) ?? "")]),
      );
      return { kind, body: body.toString(), contentType: FORM, signing };
    }
    case "event": {
      const p = mutated(withIds(event(rng, userId)), (path) => path[0] === "event");
      return { kind, body: JSON.stringify(p), contentType: "application/json", signing };
    }
    case "url_verification": {
      const p = mutated({ token: "t", challenge: `ch${rng.int(1e6)}`, type: "url_verification" });
      return { kind, body: JSON.stringify(p), contentType: "application/json", signing };
    }
    case "shortcut": {
      const p = mutated({
        type: rng.pick(["shortcut", "message_action", "block_suggestion", "workflow_step_edit"]),
        callback_id: rng.pick(["new_mission", "", "x"]),
        user: user(userId),
        team: TEAM,
        trigger_id: trigger(rng),
        action_id: ACTIONS.labelSearch,
        block_id: "labelId",
        value: "lyon",
      });
      return { kind, body: form(p), contentType: FORM, signing };
    }
    default: {
      const raw = rng.pick<[string, string]>([
        ["payload=null", FORM],
        ["payload=", FORM],
        ["payload=%7Bnot%20json", FORM],
        ["payload=42", FORM],
        ["payload=%5B%5D", FORM],
        ["payload=%22text%22", FORM],
        ["", FORM],
        ["a=1&a=2&command=%2Fexpect", FORM],
        ["{not json", "application/json"],
        ["null", "application/json"],
        ["[]", "application/json"],
        ['{"type":"event_callback","event":null}', "application/json"],
        ['{"type":"event_callback","event":[]}', "application/json"],
        [JSON.stringify({ payload: "{}" }), "text/plain"],
        ["payload=%7B%7D", "multipart/form-data; boundary=x"],
        ["<xml/>", "application/xml"],
        ["%%%%", FORM],
      ]);
      return { kind: "raw", body: raw[0], contentType: raw[1], signing };
    }
  }
}
