import type { webApi } from "@slack/bolt";
import { renderDiploma } from "../documents/diploma";
import { diplomaVerificationUrl } from "../documents/diploma-url";
import { diplomaFacts, type Viewer, type WorkflowContext } from "../workflow";
import { tm } from "./mrkdwn";

/**
 * L7: the diploma, as a PDF, in the focal point's DM with the bot, with the congratulations as its comment (one
 * upload, one effect).
 */
export async function sendDiploma(
  client: webApi.WebClient,
  ctx: WorkflowContext,
  recipient: Viewer,
  to: { slackUserId: string; labelId: string; locale: "fr" | "en"; publicBaseUrl: string },
): Promise<void> {
  const { slackUserId, labelId, locale } = to;
  const facts = await diplomaFacts(ctx, recipient, labelId);
  const pdf = await renderDiploma({
    ...facts,
    verificationUrl: diplomaVerificationUrl(to.publicBaseUrl, facts.number),
  });
  const dm = await client.conversations.open({ users: slackUserId });
  const channel = dm.channel?.id;
  if (!channel) throw new Error("conversations.open gave no channel");
  await client.filesUploadV2({
    channel_id: channel,
    file: pdf,
    filename: `diplome-${facts.number}.pdf`,
    title: `Diplôme ${facts.number}`,
    // The comment is message text: mrkdwn, the body's name escaped like any other text from people.
    initial_comment: tm(locale, "slack.diploma.comment", {
      organisation: facts.organisation,
      number: facts.number,
    }).toString(),
  });
}
