import type { Db } from "../db/client";
import { isValidTimeZone } from "../domain/quiet-hours";
import type { SharedChannel } from "../workflow/notifications";
import type { DeliveryTarget, TeamsConversation } from "./delivery-channel";
import type { OutboxRow } from "./outbox-claims";

type ConversationRow = {
  id: string;
  conversationId: string;
  serviceUrl: string;
  tenantId: string | null;
  botId: string | null;
};

function toConversation(ref: ConversationRow): TeamsConversation {
  return {
    refId: ref.id,
    conversationId: ref.conversationId,
    serviceUrl: ref.serviceUrl,
    tenantId: ref.tenantId,
    botId: ref.botId,
  };
}

const EMBASSY_PREFIX = "embassy:";

/** Who a row goes to, with every address the platforms may use; null when the recipient no longer exists. */
export async function loadDeliveryTarget(
  db: Db,
  row: OutboxRow,
  defaultTimeZone: string,
): Promise<DeliveryTarget | null> {
  if (row.recipientId) {
    const person = await db.person.findUnique({
      where: { id: row.recipientId },
      include: {
        conversations: {
          where: { platform: "teams", kind: "personal", status: "active" },
          orderBy: { updatedAt: "desc" },
        },
      },
    });
    if (!person) return null;
    return {
      type: "person",
      personId: person.id,
      name: person.name,
      email: person.email,
      locale: person.locale,
      timeZone: isValidTimeZone(person.timeZone) ? person.timeZone : defaultTimeZone,
      slackUserId: person.slackUserId,
      slackTeamId: person.slackTeamId,
      teamsUserId: person.teamsUserId,
      teamsAadId: person.teamsAadId,
      teamsConversations: person.conversations.map(toConversation),
    };
  }
  if (!row.channel) return null;
  const channel = row.channel as SharedChannel;
  const country = channel.startsWith(EMBASSY_PREFIX) ? channel.slice(EMBASSY_PREFIX.length) : null;
  const refs = country
    ? await db.conversationRef.findMany({
        where: { platform: "teams", kind: "channel", status: "active", embassyCountry: country },
        orderBy: { updatedAt: "desc" },
      })
    : [];
  return { type: "shared", channel, teamsConversations: refs.map(toConversation) };
}
