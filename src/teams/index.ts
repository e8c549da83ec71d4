import type { App } from "@microsoft/teams.apps";
import type { DeliveryChannel } from "../notify/delivery-channel";
import { createTeamsConnector } from "./connector";
import { registerCardActions } from "./handlers/card-action";
import { registerConversationUpdates } from "./handlers/conversation-update";
import { registerInstallationUpdates } from "./handlers/installation-update";
import { registerMessages } from "./handlers/message";
import { registerSafetyNet } from "./handlers/safety-net";
import { createRuntime, type TeamsDeps, type TeamsRuntime } from "./runtime";
import { createTeamsDeliveryChannel } from "./teams-delivery";

export { mountDiplomaDownloads } from "./diploma-download";
export { DIPLOMA_LINK_TTL_MS, type DiplomaLinkOptions } from "./diploma-link";
export type { TeamsDeps } from "./runtime";
export { createTeamsDeliveryChannel } from "./teams-delivery";
export { createTeamsApp, TEAMS_MESSAGING_ENDPOINT, type TeamsAppOptions, type TeamsCredentials } from "./transport";

export interface TeamsSurface {
  /** notify's Teams platform: hand it to deliverDueNotifications with the Slack one. */
  deliveryChannel: DeliveryChannel;
  runtime: TeamsRuntime;
  /** Resolves when the work started after the last answers (card updates) is done: for tests and shutdown. */
  idle(): Promise<void>;
}

/** Wires the Teams surface's handlers on the SDK app made by createTeamsApp. */
export function registerTeams(app: App, deps: TeamsDeps): TeamsSurface {
  const runtime = createRuntime(deps, deps.connector ?? createTeamsConnector(app));
  registerSafetyNet(app, runtime);
  registerCardActions(app, runtime);
  registerMessages(app, runtime);
  registerConversationUpdates(app, runtime);
  registerInstallationUpdates(app, runtime);
  return { deliveryChannel: createTeamsDeliveryChannel(runtime), runtime, idle: () => runtime.idle() };
}
