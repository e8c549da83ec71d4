import type { App } from "@microsoft/teams.apps";
import { identifySender } from "../identity";
import type { TeamsRuntime } from "../runtime";
import { forgetConversation } from "./forget-conversation";

/**
 * Teams also sends installationUpdate: "add" comes with the conversationUpdate that greets the person
 * (here it only makes sure the chat is remembered); "remove" is the uninstall.
 */
export function registerInstallationUpdates(app: App, rt: TeamsRuntime): void {
  app.on("install.add", async (ctx) => {
    // The conversationUpdate that comes with it tells the person when Teams cannot say who they are.
    await identifySender(rt, ctx.activity).catch((error: unknown) => rt.incidents.report(error, "Teams install"));
  });
  app.on("install.remove", async (ctx) => {
    await forgetConversation(rt, ctx.activity);
  });
}
