import type { App } from "@slack/bolt";
import { routeByIds } from "../../src/slack/listener-index";

/** Just what routeByIds installs on: the one action and one view listener it gives Bolt. */
function stubApp() {
  const installed: Record<string, (args: unknown) => Promise<void>> = {};
  const app = {
    action: (_constraint: unknown, listener: (args: unknown) => Promise<void>) => {
      installed.action = listener;
    },
    view: (_constraint: unknown, listener: (args: unknown) => Promise<void>) => {
      installed.view = listener;
    },
  } as unknown as App;
  return { app, installed };
}

describe("Slack handlers found by id (one Bolt listener per kind)", () => {
  it("routes a button by its exact id first, then by the first pattern that matches", async () => {
    const { app, installed } = stubApp();
    const { routed, install } = routeByIds(app);
    const seen: string[] = [];
    routed.action(/^snooze_\d+$/, async () => {
      seen.push("pattern");
    });
    routed.action("snooze_7", async () => {
      seen.push("exact");
    });
    routed.view("report", async () => {
      seen.push("view");
    });
    install();
    await installed.action?.({ action: { action_id: "snooze_7" } });
    await installed.action?.({ action: { action_id: "snooze_14" } });
    await installed.action?.({ action: { action_id: "unknown" } });
    await installed.view?.({ view: { callback_id: "report" } });
    await installed.view?.({ view: { callback_id: "other" } });
    expect(seen).toEqual(["exact", "pattern", "view"]);
  });

  it("refuses, at start-up, two listeners for one id and a listener chain", () => {
    const { routed } = routeByIds(stubApp().app);
    const handler = async () => {};
    routed.action("open", handler);
    expect(() => routed.action("open", handler)).toThrow("two listeners");
    expect(() => routed.view("form", handler, handler)).toThrow("one listener each");
  });
});
