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
    await identifySender(rt, ctx.activity);
  });
  app.on("install.remove", async (ctx) => {
    await forgetConversation(rt, ctx.activity);
  });
}
