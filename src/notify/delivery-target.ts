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

/** A person and, per row, one of their personal conversations (all null when they have none). */
interface RecipientRow {
  id: string;
  name: string;
  email: string;
  locale: string;
  timeZone: string | null;
  slackUserId: string | null;
  slackTeamId: string | null;
  teamsUserId: string | null;
  teamsAadId: string | null;
  refId: string | null;
  conversationId: string | null;
  serviceUrl: string | null;
  tenantId: string | null;
  botId: string | null;
}

const EMBASSY_PREFIX = "embassy:";

/** Who a row goes to, with every address the platforms may use; null when the recipient no longer exists. */
export async function loadDeliveryTarget(
  db: Db,
  row: OutboxRow,
  defaultTimeZone: string,
): Promise<DeliveryTarget | null> {
  if (row.recipientId) {
    // The person and their open personal Teams conversations in one statement (Prisma's include is two).
    // Standard SQL (a LEFT JOIN, double-quoted identifiers), so it runs as is on PostgreSQL.
    const rows = await db.$queryRaw<RecipientRow[]>`
      SELECT p."id", p."name", p."email", p."locale", p."timeZone", p."slackUserId", p."slackTeamId",
        p."teamsUserId", p."teamsAadId", c."id" AS "refId", c."conversationId", c."serviceUrl", c."tenantId",
        c."botId"
      FROM "Person" p
      LEFT JOIN "ConversationRef" c ON c."personId" = p."id" AND c."platform" = 'teams'
        AND c."kind" = 'personal' AND c."status" = 'active'
      WHERE p."id" = ${row.recipientId}
      ORDER BY c."updatedAt" DESC`;
    const person = rows[0];
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
      teamsConversations: rows.flatMap((ref) =>
        ref.refId === null || ref.conversationId === null || ref.serviceUrl === null
          ? []
          : [toConversation({ ...ref, id: ref.refId, conversationId: ref.conversationId, serviceUrl: ref.serviceUrl })],
      ),
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
