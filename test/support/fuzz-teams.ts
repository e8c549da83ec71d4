import { COMMANDS, INPUT } from "../../src/teams/constants";
import { findAll, garbage, mutate, type Rng, replaceIds } from "./fuzz";
import {
  cardActionActivity,
  messageActivity,
  personalInstallActivity,
  type TeamsUser,
  teamInstallActivity,
} from "./teams-activity";
import { TEAMS_BUILDERS } from "./teams-hostile-cards";

export interface TeamsCase {
  kind: string;
  body: string;
  contentType: string;
}

/** The real ids a fuzzed card action may point at in place of the cards' placeholders (m1…). */
export interface TeamsIds {
  missions: string[];
}

type Obj = Record<string, unknown>;

/** Every Action.Execute of the bot's own cards (verb and data, the card's refresh action included). */
const EXECUTES = findAll(
  Object.values(TEAMS_BUILDERS).flatMap((b) => [...b.render("Texte", "fr"), ...b.render("Text", "en")]),
  (n) => n.type === "Action.Execute" && typeof n.verb === "string",
).map((n) => ({ verb: String(n.verb), data: (n.data ?? {}) as Obj }));

const WORDS = [...COMMANDS.flatMap((c) => [c.words.fr, c.words.en]), "", "bonjour", "M-2026-0001", "aide aide"];

function pickIds(rng: Rng, ids: TeamsIds) {
  return (v: string): string | undefined => {
    if (/^m\d$/.test(v)) return rng.pick([...ids.missions, "m-unknown"]);
    if (v === "SN" && rng.chance(0.5)) return rng.pick(["MA", "ZZ"]);
    return undefined;
  };
}

function invoke(rng: Rng, base: { serviceUrl: string; from: TeamsUser }, ids: TeamsIds): Obj {
  const execute = rng.pick(EXECUTES);
  const verb = rng.chance(0.1) ? rng.pick(["no.such.verb", "", "embassy.validate.x"]) : execute.verb;
  const data: Obj = replaceIds({ ...execute.data }, pickIds(rng, ids));
  for (const input of Object.values(INPUT)) {
    if (rng.chance(0.3)) data[input] = rng.chance(0.7) ? rng.pick(["oui", "yes", "no", "Texte"]) : garbage(rng);
  }
  const activity: Obj = cardActionActivity({ ...base, verb, data, replyToId: "out-1" });
  if (rng.chance(0.1)) activity.name = rng.pick(["composeExtension/query", "signin/verifyState", "task/fetch", ""]);
  if (rng.chance(0.08)) delete activity.value;
  else if (rng.chance(0.08)) activity.value = null;
  else if (rng.chance(0.08)) (activity.value as Obj).action = null;
  return activity;
}

/** One fuzzed activity: a real one of the bot's conversations, mutated, or a body that is no activity at all. */
export function teamsCase(rng: Rng, serviceUrl: string, users: readonly TeamsUser[], ids: TeamsIds): TeamsCase {
  const base = { serviceUrl, from: rng.pick(users), locale: rng.pick(["fr-FR", "en-US", "xx", ""]) };
  const times = rng.pick([0, 1, 1, 2, 3]);
  const kind = rng.pick(["message", "invoke", "invoke", "invoke", "conversationUpdate", "wrong", "raw"]);
  const json = (activity: Obj, prefer?: (p: (string | number)[]) => boolean): TeamsCase => ({
    kind,
    body: JSON.stringify(mutate(rng, activity, times, prefer)),
    contentType: "application/json",
  });
  switch (kind) {
    case "message":
      return json(messageActivity({ ...base, text: rng.pick(WORDS) }));
    case "invoke":
      return json(invoke(rng, base, ids), (path) => path[0] === "value");
    case "conversationUpdate":
      return json(rng.chance(0.5) ? personalInstallActivity(base) : teamInstallActivity(base));
    case "wrong": {
      const activity: Obj = messageActivity({ ...base, text: "aide" });
      activity.type = rng.pick(["messageReaction", "typing", "event", "endOfConversation", "installationUpdate", ""]);
      for (const field of ["from", "conversation", "serviceUrl", "recipient"]) {
        if (rng.chance(0.3)) activity[field] = rng.chance(0.5) ? undefined : garbage(rng);
      }
      if (rng.chance(0.3)) activity.serviceUrl = rng.pick(["not a url", "ftp://x", "http://127.0.0.1:1/"]);
      return json(activity);
    }
    default: {
      const raw = rng.pick<[string, string]>([
        ["{not json", "application/json"],
        ["null", "application/json"],
        ["[]", "application/json"],
        ['"text"', "application/json"],
        ["", "application/json"],
        ['{"type":"invoke"}', "application/json"],
        ['{"type":"invoke","name":"adaptiveCard/action","value":null}', "application/json"],
        ["type=message", "application/x-www-form-urlencoded"],
        ['{"type":"message"}', "text/plain"],
        [`{"type":"message","text":"${"a".repeat(200_000)}"}`, "application/json"],
      ]);
      return { kind, body: raw[0], contentType: raw[1] };
    }
  }
}
