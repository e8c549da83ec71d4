import { type ActivityParams, Client as ConnectorApi } from "@microsoft/teams.api";
import type { App } from "@microsoft/teams.apps";
import { toConnectorError } from "./connector-error";

/** Where a Teams conversation lives: the stored ConversationRef row has these fields. */
export interface ConversationAddress {
  readonly serviceUrl: string;
  readonly conversationId: string;
  /** The bot's account id in that conversation ("28:<app id>"), from the activity's recipient. */
  readonly botId?: string | null;
  readonly tenantId?: string | null;
}

export interface TeamsMember {
  readonly id: string;
  readonly name?: string;
  readonly email?: string;
  readonly userPrincipalName?: string;
  readonly aadObjectId?: string;
  readonly tenantId?: string;
}

export interface PersonalConversationRequest {
  readonly serviceUrl: string;
  readonly tenantId: string;
  readonly botId: string;
  readonly userId: string;
}

/** Bot Connector calls made outside a turn: proactive sends, card updates, member look-up. */
export interface TeamsConnector {
  /** Posts a new activity; resolves to its id (keep it to update the card later). */
  sendActivity(to: ConversationAddress, activity: ActivityParams): Promise<string>;
  updateActivity(to: ConversationAddress, activityId: string, activity: ActivityParams): Promise<void>;
  /** The member's e-mail / UPN: how a Teams user is matched to a person. */
  getMember(at: ConversationAddress, memberId: string): Promise<TeamsMember>;
  /** Opens (or finds) the 1:1 chat of the bot with a user who installed the app. */
  createPersonalConversation(request: PersonalConversationRequest): Promise<ConversationAddress>;
}

/**
 * app.send() is not used: it posts to one app-wide service URL and refuses to run without credentials.
 * Each stored conversation keeps the serviceUrl Teams gave us, so each call builds a client for it on
 * the app's own HTTP client, which carries the bot token (none in unauthenticated mode).
 */
export function createTeamsConnector(app: App): TeamsConnector {
  const api = (serviceUrl: string) => new ConnectorApi(serviceUrl.replace(/\/+$/, ""), app.api.http);
  const call = async <T>(run: () => Promise<T>): Promise<T> => {
    try {
      return await run();
    } catch (error) {
      throw toConnectorError(error);
    }
  };
  const from = (to: ConversationAddress) =>
    to.botId ? { from: { id: to.botId, name: "", role: "bot" as const } } : {};

  return {
    sendActivity: (to, activity) =>
      call(async () => {
        const res = await api(to.serviceUrl).conversations.createActivity(to.conversationId, {
          ...activity,
          ...from(to),
        });
        return res.id;
      }),
    updateActivity: (to, activityId, activity) =>
      call(async () => {
        await api(to.serviceUrl).conversations.updateActivity(to.conversationId, activityId, {
          ...activity,
          ...from(to),
        });
      }),
    getMember: (at, memberId) =>
      call(() => api(at.serviceUrl).conversations.getMemberById(at.conversationId, memberId)),
    createPersonalConversation: (request) =>
      call(async () => {
        const res = await api(request.serviceUrl).conversations.create({
          bot: { id: request.botId, name: "", role: "bot" },
          members: [{ id: request.userId, name: "", role: "user" }],
          tenantId: request.tenantId,
          channelData: { tenant: { id: request.tenantId } },
        });
        return {
          serviceUrl: request.serviceUrl,
          conversationId: res.id,
          botId: request.botId,
          tenantId: request.tenantId,
        };
      }),
  };
}
