import fs from "node:fs";
import path from "node:path";
import Ajv from "ajv";
import addFormats from "ajv-formats";
import { COMMAND, EVENTS } from "../../src/slack/constants";
import { SLACK_EVENTS_PATH } from "../../src/slack/transport";

const ROOT = path.resolve(__dirname, "../..");
const SCHEMAS = path.resolve(__dirname, "../../../shared/schemas");
const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, "manifests/slack/manifest.json"), "utf8"));

/** The bot scope each Web API method the surface calls needs (docs.slack.dev/reference/methods). */
const METHOD_SCOPES: Record<string, string | null> = {
  "auth.test": null,
  "chat.postMessage": "chat:write",
  "chat.postEphemeral": "chat:write",
  "chat.update": "chat:write",
  "conversations.open": "im:write",
  // The files people send in the application and report forms' file inputs.
  "files.info": "files:read",
  "users.info": "users:read",
  "views.open": null,
  "views.update": null,
  "views.publish": null,
  // filesUploadV2 = files.getUploadURLExternal + files.completeUploadExternal
  filesUploadV2: "files:write",
};

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(full);
    return entry.name.endsWith(".ts") ? [fs.readFileSync(full, "utf8")] : [];
  });
}

const code = sources(path.join(ROOT, "src/slack")).join("\n");

describe("Slack app manifest", () => {
  it("is valid against Slack's manifest schema of the version it targets", () => {
    const major = manifest._metadata.major_version;
    const schema = JSON.parse(
      fs.readFileSync(path.join(SCHEMAS, `slack-app-manifest.schema.${major}.0.0.json`), "utf8"),
    );
    const ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    expect(validate(manifest) ? [] : validate.errors).toEqual([]);
  });

  it("declares exactly the command the code registers, with its URL on the events endpoint", () => {
    const commands = [...code.matchAll(/app\.command\((\w+)/g)].map((m) => m[1]);
    expect(commands).toEqual(["COMMAND"]);
    expect(manifest.features.slash_commands.map((c: { command: string }) => c.command)).toEqual([COMMAND]);
    expect(manifest.features.slash_commands[0].url.endsWith(SLACK_EVENTS_PATH)).toBe(true);
  });

  it("subscribes to exactly the events the code listens to", () => {
    const listened = [...code.matchAll(/app\.event\("([a-z_]+)"/g)].map((m) => m[1]).sort();
    expect(listened).toEqual([...EVENTS].sort());
    expect([...manifest.settings.event_subscriptions.bot_events].sort()).toEqual([...EVENTS].sort());
  });

  it("asks for exactly the scopes of the Web API methods the code calls", () => {
    const called = new Set<string>();
    for (const m of code.matchAll(/client\.(\w+)\.(\w+)\(/g)) called.add(`${m[1]}.${m[2]}`);
    if (code.includes("filesUploadV2(")) called.add("filesUploadV2");
    const unknown = [...called].filter((method) => !(method in METHOD_SCOPES));
    expect(unknown).toEqual([]);
    const needed = new Set(["commands", "users:read.email"]);
    for (const method of called) {
      const scope = METHOD_SCOPES[method];
      if (scope) needed.add(scope);
    }
    expect([...manifest.oauth_config.scopes.bot].sort()).toEqual([...needed].sort());
  });

  it("sends interactivity and select options to the one events endpoint, with the App Home tab on", () => {
    const urls = [
      manifest.settings.event_subscriptions.request_url,
      manifest.settings.interactivity.request_url,
      manifest.settings.interactivity.message_menu_options_url,
    ];
    expect(urls.every((u: string) => u.endsWith(SLACK_EVENTS_PATH))).toBe(true);
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect(code).toContain("app.options(");
    expect(manifest.features.app_home.home_tab_enabled).toBe(true);
  });
});
