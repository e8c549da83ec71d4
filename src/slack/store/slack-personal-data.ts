import type { PersonalDataHolder } from "../../workflow";

/**
 * What Slack's store keeps about a person: their linked Slack account. (The committee's posted messages belong to a
 * shared channel, not to a person.) Only this module, with slack-accounts.ts, touches SlackAccount.
 */
export const slackPersonalData: PersonalDataHolder = {
  // The surface's name, as its delivery channel has it; the store imports no SDK (the command line loads it).
  name: "slack",
  async exportPerson(tx, personId) {
    const account = await tx.slackAccount.findUnique({
      where: { personId },
      select: { slackUserId: true, slackTeamId: true, linkedAt: true },
    });
    return account ? { account } : null;
  },
  async erasePerson(tx, personId) {
    return (await tx.slackAccount.deleteMany({ where: { personId } })).count;
  },
};
