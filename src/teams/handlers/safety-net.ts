import type { App } from "@microsoft/teams.apps";
import { toLocale } from "../../i18n";
import { messageCard } from "../cards/card-kit";
import { tmd } from "../cards/markdown";
import { ADAPTIVE_CARD } from "../constants";
import type { TeamsRuntime } from "../runtime";
import { loggableError } from "../sdk-logger";

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
      rt.logger.error({ err: loggableError(error), type, name }, "Teams activity failed");
      if (type !== "invoke") return undefined;
      const card = messageCard({ tone: "error", text: tmd(toLocale(ctx.activity.locale), "error.internal") });
      return { status: 200, body: { statusCode: 200, type: ADAPTIVE_CARD, value: card } };
    }
  });
}
