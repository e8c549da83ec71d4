import fs from "node:fs";
import path from "node:path";
import { core } from "../../src/i18n/messages/core";
import { slackMessages } from "../../src/slack/messages";
import { NOTIFICATION_KINDS } from "../../src/workflow/notifications";

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(full);
    return entry.name.endsWith(".ts") ? [fs.readFileSync(full, "utf8")] : [];
  });
}

describe("Slack messages", () => {
  it("have the same keys in French and English, none empty", () => {
    expect(Object.keys(slackMessages.en).sort()).toEqual(Object.keys(slackMessages.fr).sort());
    for (const locale of ["fr", "en"] as const) {
      expect(Object.entries(slackMessages[locale]).filter(([, v]) => !v.trim())).toEqual([]);
    }
  });

  it("use the same placeholders in both languages", () => {
    const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    const fr: Record<string, string> = slackMessages.fr;
    const en: Record<string, string> = slackMessages.en;
    const different = Object.keys(fr).filter(
      (key) => JSON.stringify(names(fr[key] ?? "")) !== JSON.stringify(names(en[key] ?? "")),
    );
    expect(different).toEqual([]);
  });

  it("say something for every notification kind the core queues", () => {
    const missing = NOTIFICATION_KINDS.filter((kind) => !(`slack.notify.${kind}` in slackMessages.fr));
    expect(missing).toEqual([]);
  });

  it("define every key the surface names", () => {
    const code = sources(path.resolve(__dirname, "../../src/slack")).join("\n");
    const used = new Set(
      [...code.matchAll(/"(slack\.[a-zA-Z]+\.[a-zA-Z.]+|slack\.[a-z]+)"/g)].map((m) => m[1] as string),
    );
    const known = { ...core.fr, ...slackMessages.fr };
    expect([...used].filter((key) => !(key in known))).toEqual([]);
  });
});
