import { execFile } from "node:child_process";
import path from "node:path";

const ROOT = path.resolve(__dirname, "../..");
const CONFIG = path.join(ROOT, ".dependency-cruiser.cjs");
const CLI = path.join(ROOT, "node_modules/dependency-cruiser/bin/dependency-cruise.mjs");
const FIXTURE = path.join(ROOT, "test/fixtures/layering");

interface Violation {
  type: string;
  from: string;
  to: string;
  rule: { name: string; severity: string };
}

interface Known {
  from: string;
  rule: { name: string };
}

const known: Known[] = require(path.join(ROOT, ".dependency-cruiser-known.cjs"));
const comments = new Map<string, string>(
  require(CONFIG).forbidden.map((rule: { name: string; comment: string }) => [rule.name, rule.comment]),
);

/** The violations dependency-cruiser finds in `cwd`/src with the project's rules (known ones marked "ignore"). */
function cruise(cwd: string): Promise<Violation[]> {
  return new Promise((resolve, reject) => {
    // It exits with the number of errors, so the exit code says nothing the report does not.
    execFile(
      process.execPath,
      [CLI, "src", "--config", CONFIG, "--output-type", "json"],
      { cwd, maxBuffer: 256 * 1024 * 1024 },
      (error, stdout, stderr) => {
        try {
          resolve(JSON.parse(stdout).summary.violations);
        } catch {
          reject(error ?? new Error(stderr));
        }
      },
    );
  });
}

const line = (v: Violation) =>
  `${v.rule.name}: ${v.from}${v.type === "module" ? "" : ` → ${v.to}`}  (${comments.get(v.rule.name)})`;
const errors = (violations: Violation[]) => violations.filter((v) => v.rule.severity !== "ignore");

let source: Violation[];
let fixture: Violation[];
beforeAll(async () => {
  [source, fixture] = await Promise.all([cruise(ROOT), cruise(FIXTURE)]);
}, 180_000);

describe("layers (DESIGN.md §6, checked by dependency-cruiser)", () => {
  it("src/ breaks no rule of .dependency-cruiser.cjs beyond its known violations", () => {
    expect(errors(source).map(line)).toEqual([]);
  });

  it("every known violation is still there: delete from .dependency-cruiser-known.cjs the ones you fixed", () => {
    const ignored = source.filter((v) => v.rule.severity === "ignore").map((v) => `${v.rule.name}: ${v.from}`);
    expect(ignored.sort()).toEqual(known.map((k) => `${k.rule.name}: ${k.from}`).sort());
  });

  it("each rule catches what it forbids (test/fixtures/layering breaks every one)", () => {
    const caught = errors(fixture).map((v) => `${v.rule.name}: ${v.from}`);
    expect(caught.sort()).toEqual(
      [
        "chat-surfaces-use-no-prisma-models: src/slack/view.ts",
        "core-has-no-platform-corner: src/workflow/teams/refs.ts",
        "core-imports-no-platform-sdk: src/workflow/verb.ts",
        "core-imports-no-surface: src/notify/deliver.ts",
        "core-imports-no-surface: src/workflow/verb.ts",
        "domain-does-no-io: src/domain/rule.ts",
        "domain-imports-only-domain: src/domain/rule.ts",
        "domain-uses-only-pure-libraries: src/domain/rule.ts",
        "no-circular: src/cli/a.ts",
        "operator-actor-only-at-the-root: src/scheduler/sweep.ts",
        "resolvable-imports: src/cli/a.ts",
        "surfaces-stay-apart: src/slack/view.ts",
        "workflow-does-not-deliver: src/workflow/verb.ts",
      ].sort(),
    );
    expect(new Set(caught.map((c) => c.split(":")[0]))).toEqual(new Set(comments.keys()));
  });
});

describe("a core without platforms (issue 9)", () => {
  /**
   * Column and table names of the surfaces' address books and posted messages, and the old "slack:…" / "teams:…"
   * reference formats: none of them belongs in domain, workflow or notify (the surfaces' stores own them).
   */
  const PLATFORM_IDENTIFIER =
    /slackUserId|slackTeamId|teamsUserId|teamsAadId|aadObjectId|conversationRef|committeeMessageRef|deliveryRef|teamsConversation|slackAccount|teamsAccount|PostedMessage|PostedCard|["'`](slack|teams):/i;

  it("src/domain, src/workflow and src/notify name no platform's ids, tables or reference formats", () => {
    const fs = require("node:fs") as typeof import("node:fs");
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const file = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(file);
        else if (file.endsWith(".ts")) {
          fs.readFileSync(file, "utf8")
            .split("\n")
            .forEach((text, i) => {
              const found = PLATFORM_IDENTIFIER.exec(text);
              if (found) offenders.push(`${path.relative(ROOT, file)}:${i + 1}: ${found[0]}`);
            });
        }
      }
    };
    for (const layer of ["domain", "workflow", "notify"]) walk(path.join(ROOT, "src", layer));
    expect(offenders).toEqual([]);
  });

  it("the check sees an old reference format and a platform column", () => {
    expect(PLATFORM_IDENTIFIER.test('return "teams:" + ref;')).toBe(true);
    expect(PLATFORM_IDENTIFIER.test("where: { teamsUserId: id }")).toBe(true);
    expect(PLATFORM_IDENTIFIER.test('platform: "slack"')).toBe(false);
  });
});

describe("the operator actor (DAECT without a person)", () => {
  it("is written only by operatorActor: no module spells an operator's platform or casts to it", () => {
    const fs = require("node:fs") as typeof import("node:fs");
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const file = path.join(dir, entry.name);
        if (entry.isDirectory()) {
          if (entry.name !== "generated") walk(file);
        } else if (file.endsWith(".ts") && !file.endsWith(path.join("workflow", "operator.ts"))) {
          const text = fs.readFileSync(file, "utf8");
          if (/platform: "(cli|system)"(?!\s*\|)|as OperatorActor/.test(text))
            offenders.push(path.relative(ROOT, file));
        }
      }
    };
    walk(path.join(ROOT, "src"));
    expect(offenders).toEqual([]);
  });
});
