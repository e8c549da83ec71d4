import type { PersonalDataHolder } from "../../workflow";

/**
 * What Teams' store keeps about a person: their linked Teams account, their personal chats with the bot (conversation
 * references) and the cards posted in those chats. Embassy channels belong to an embassy, not to a person.
 */
export const teamsPersonalData: PersonalDataHolder = {
  // The surface's name, as its delivery channel has it; the store imports no SDK (the command line loads it).
  name: "teams",
  async exportPerson(tx, personId) {
    const account = await tx.teamsAccount.findUnique({
      where: { personId },
      select: { teamsUserId: true, aadObjectId: true, linkedAt: true },
    });
    const conversations = await tx.teamsConversation.findMany({
      where: { personId },
      select: { conversationId: true, serviceUrl: true, tenantId: true, kind: true, status: true, updatedAt: true },
      orderBy: { updatedAt: "asc" },
    });
    const postedCards = await tx.teamsPostedCard.findMany({
      where: { conversationId: { in: conversations.map((c) => c.conversationId) } },
      select: { missionId: true, kind: true, conversationId: true, activityId: true, postedAt: true },
      orderBy: { postedAt: "asc" },
    });
    if (!account && conversations.length === 0) return null;
    return { account, conversations, postedCards };
  },
  async erasePerson(tx, personId) {
    const conversations = await tx.teamsConversation.findMany({
      where: { personId },
      select: { conversationId: true },
    });
    const ids = conversations.map((c) => c.conversationId);
    const cards = await tx.teamsPostedCard.deleteMany({ where: { conversationId: { in: ids } } });
    const chats = await tx.teamsConversation.deleteMany({ where: { personId } });
    const account = await tx.teamsAccount.deleteMany({ where: { personId } });
    return cards.count + chats.count + account.count;
  },
};
