import type { App } from "@microsoft/teams.apps";
import { describeUnexpected } from "../../errors/unexpected";
import { toLocale } from "../../i18n";
import { messageCard } from "../cards/card-kit";
import { escapeMarkdown } from "../cards/markdown";
import { ADAPTIVE_CARD } from "../constants";
import type { TeamsRuntime } from "../runtime";

/**
 * Registered before every handler, so it wraps them all: an error a handler did not catch is logged once with its
 * stack and the activity is still answered (200; a click gets an error card), where the SDK would answer 500.
 */
export function registerSafetyNet(app: App, rt: TeamsRuntime): void {
  app.use(async (ctx) => {
    try {
      return await ctx.next();
    } catch (error) {
      const { type, name } = ctx.activity as { type: string; name?: string };
      const report = await rt.incidents.report(error, "Teams activity", { type, name });
      if (type !== "invoke") return undefined;
      const text = escapeMarkdown(describeUnexpected(report, toLocale(ctx.activity.locale)));
      const card = messageCard({ tone: "error", text });
      return { status: 200, body: { statusCode: 200, type: ADAPTIVE_CARD, value: card } };
    }
  });
}
