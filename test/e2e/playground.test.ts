import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { type BrowserContext, chromium, type Page } from "playwright-core";
import { startTryStack, type TryStack } from "../../scripts/try/stack";
import { missionDetailsFor } from "../../src/workflow/queries/mission-details";
import { freshDatabaseUrl } from "../support/db";

/**
 * `npm run try` on the real Microsoft client: the same stack (bot, demo programme, Agents Playground), and
 * Debian's Chromium driving the Playground's web UI as a newcomer would: "pending", the card, Validate.
 */
const CHROMIUM = "/usr/bin/chromium";
const IN_CI = Boolean(process.env.CI) && process.env.CI !== "false";
const HAS_CHROMIUM = fs.existsSync(CHROMIUM);
const LOCAL_HOSTS = new Set(["127.0.0.1", "localhost"]);
// Upper bounds only (every wait is on a signal), wide for a 2-core machine shared with other work.
const WAIT_MS = 30_000;

if (!HAS_CHROMIUM && !IN_CI) {
  console.warn(
    `Skipping the Agents Playground end-to-end test: ${CHROMIUM} is absent. Install Debian's Chromium to run it: ` +
      "apt-get install -y chromium (.ci/run does it in CI).",
  );
}

async function launchChromium(userDataDir: string): Promise<BrowserContext> {
  if (!HAS_CHROMIUM)
    throw new Error(`CI is set but ${CHROMIUM} is missing: .ci/run installs it (apt-get install chromium)`);
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-quic",
      "--no-first-run",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/** The page reaches this machine only: the Playground's fonts and animations from a CDN are refused. */
async function loopbackOnly(page: Page, refused: string[]): Promise<void> {
  await page.route("**/*", (route) => {
    const url = new URL(route.request().url());
    if (LOCAL_HOSTS.has(url.hostname)) return route.continue();
    refused.push(url.host);
    return route.abort();
  });
}

(HAS_CHROMIUM || IN_CI ? describe : describe.skip)("npm run try: the Agents Playground in Chromium", () => {
  let stack: TryStack | undefined;
  let context: BrowserContext | undefined;
  let userDataDir: string;

  beforeAll(async () => {
    userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), "expect-chromium-"));
    if (!HAS_CHROMIUM)
      throw new Error(`CI is set but ${CHROMIUM} is missing: .ci/run installs it (apt-get install chromium)`);
    // The suite's migrated template, copied, instead of a migration of its own: the rest is npm run try's.
    const starting = startTryStack({ databaseUrl: freshDatabaseUrl(), logLevel: "silent" });
    const launching = launchChromium(userDataDir);
    const [started, launched] = await Promise.allSettled([starting, launching]);
    if (started.status === "fulfilled") stack = started.value;
    if (launched.status === "fulfilled") context = launched.value;
    if (started.status === "rejected") throw started.reason;
    if (launched.status === "rejected") throw launched.reason;
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    await stack?.close();
    fs.rmSync(userDataDir, { recursive: true, force: true });
  });

  it("renders the embassy's card, and after Validate the card shows the decision", async () => {
    if (!stack || !context) throw new Error("the stack or Chromium did not start");
    const { demo, playground } = stack;
    const page = context.pages()[0] ?? (await context.newPage());
    const refused: string[] = [];
    await loopbackOnly(page, refused);
    try {
      await page.goto(playground.url, { waitUntil: "domcontentloaded" });
      // The bot's welcome: the Playground installed it and the member look-up linked Alex to the embassy.
      await page.getByText("Hello Alex Wilber").first().waitFor({ timeout: WAIT_MS });
      await page.getByRole("textbox").click();
      await page.keyboard.type("pending");
      await page.keyboard.press("Enter");

      const card = page.locator(".ac-adaptiveCard").filter({ hasText: demo.awaitingReference });
      await card.getByText(`Mission to validate — ${demo.awaitingReference}`).waitFor({ timeout: WAIT_MS });
      const validate = card.getByRole("button", { name: "Validate", exact: true });
      await validate.click();

      await card.getByText("Validated by Alex Wilber").waitFor({ timeout: WAIT_MS });
      await validate.waitFor({ state: "detached", timeout: WAIT_MS });
    } catch (error) {
      throw new Error(`${(error as Error).message}\n--- Agents Playground output ---\n${playground.output()}`);
    }
    const { mission } = await missionDetailsFor(stack.bot.ctx, { audience: "daect" }, demo.awaitingMissionId);
    expect(mission.status).toBe("validated");
    expect(mission.decision).toMatchObject({ decision: "validated", by: "Alex Wilber" });
  }, 90_000);
});
