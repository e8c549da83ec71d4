import { readdir } from "node:fs/promises";
import { attachmentLink } from "../../src/http/attachment-link";
import { FILES } from "../support/attachment-files";
import { type SlackBot, startSlackBot, textOf, USERS, viewOf } from "../support/slack-bot";
import { applicationValues, reportValues } from "../support/slack-form-values";
import { missionAwaitingReport } from "../support/slack-scenario";
import { createPerson } from "../support/workflow-kit";

let bot: SlackBot;

beforeEach(async () => {
  bot = await startSlackBot();
});

afterEach(async () => {
  const rejections = [...bot.fake.rejections];
  await bot.close();
  expect(rejections).toEqual([]);
});

const SECRET = "test-only-attachment-link-secret-0123456789";

async function storedFiles(): Promise<string[]> {
  const entries = await readdir(bot.attachmentsDir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => e.name);
}

/** The focal point files an application with these files in the form's file input; gives back the bot's DM. */
async function applyWith(files: { name: string; bytes: Buffer; url?: string; user?: string }[]) {
  const ids = files.map((f) => bot.fake.workspace.shareFile({ user: USERS.focal.id, ...f }));
  const reply = await bot.submit({
    userId: USERS.focal.id,
    callbackId: "application_form",
    privateMetadata: JSON.stringify({ rows: ["r0"], next: 1 }),
    values: applicationValues({ attachments: { value: { type: "file_input", files: ids.map((id) => ({ id })) } } }),
  });
  // The form is answered first; the files are fetched after.
  expect(reply.body).toMatchObject({ response_action: "update" });
  const dm = await bot.fake.waitFor("chat.postMessage", (c) => c.args.channel === USERS.focal.id, 5000);
  const app = await bot.kit.db.application.findFirstOrThrow();
  return { dm: String(dm.args.text), applicationId: app.id };
}

/** The committee member's "Voir le dossier": the links of the file modal. */
async function committeeLinks(applicationId: string): Promise<string[]> {
  bot.fake.reset();
  await bot.click({
    userId: USERS.committee.id,
    channelId: "C0COMITE",
    messageTs: "1.000001",
    actions: [{ actionId: "committee_details", value: applicationId }],
  });
  const blocks = textOf(viewOf(await bot.fake.waitFor("views.open")).blocks);
  return [...blocks.matchAll(/"url":"(http[^"]+)"/g)].map((m) => m[1] as string);
}

describe("Slack attachments", () => {
  it("keeps a PDF sent with the application; the committee's file links it, DAECT downloads it", async () => {
    const pdf = FILES.pdf(4000);
    const { dm, applicationId } = await applyWith([{ name: "Délibération.pdf", bytes: pdf }]);
    expect(dm).toContain("Délibération.pdf");
    expect(dm).not.toContain("refus");
    expect(bot.fake.calls("file_download")[0]?.token).toBe("xoxb-1111-2222-slacksurfacetest");
    // The committee's channel is told how many files there are, not their names.
    expect(await bot.deliver()).toMatchObject({ sent: 1, dead: 0 });
    const post = bot.fake.calls("chat.postMessage").find((c) => c.args.channel === "C0COMITE");
    expect(textOf(post?.args.blocks)).toContain("Pièces jointes : 1");
    expect(textOf(post?.args.blocks)).not.toContain("Délibération");
    const links = await committeeLinks(applicationId);
    expect(links).toHaveLength(1);
    const asMember = await fetch(links[0] as string);
    expect(asMember.status).toBe(200);
    expect(asMember.headers.get("content-type")).toBe("application/pdf");
    expect(asMember.headers.get("content-disposition")).toContain("filename*=UTF-8''D%C3%A9lib%C3%A9ration.pdf");
    expect(Buffer.from(await asMember.arrayBuffer()).equals(pdf)).toBe(true);

    const attachment = await bot.kit.db.attachment.findFirstOrThrow();
    const base = new URL(links[0] as string).origin;
    const grant = (personId: string) =>
      attachmentLink(
        { secret: SECRET, baseUrl: base },
        { attachmentId: attachment.id, personId, platform: "slack" },
        new Date(),
      );
    const daect = await bot.kit.db.person.findUniqueOrThrow({ where: { email: USERS.daect.email } });
    expect((await fetch(grant(daect.id))).status).toBe(200);
    // A stranger's link (signed by the bot, for someone who may not see the application) is refused when followed.
    const stranger = await createPerson(bot.kit, "quidam@example.org", "Quidam");
    const refused = await fetch(grant(stranger.personId as string));
    expect(refused.status).toBe(403);
    expect(await refused.text()).not.toContain("Délibération");
    // A link altered by hand is not the bot's.
    expect((await fetch(`${links[0]}x`)).status).toBe(404);
  });

  it("refuses a program or a page renamed .pdf, naming it, and keeps nothing of it", async () => {
    const { dm } = await applyWith([
      { name: "decision.pdf", bytes: FILES.exe() },
      { name: "reference.pdf", bytes: FILES.html() },
    ]);
    expect(dm).toContain("decision.pdf");
    expect(dm).toContain("reference.pdf");
    expect(dm).toContain("seuls les fichiers");
    expect(await bot.kit.db.attachment.count()).toBe(0);
    expect(await storedFiles()).toEqual([]);
    // The application itself was filed: only the files were refused.
    expect(await bot.kit.db.application.count()).toBe(1);
  });

  it("refuses an 11 MB file, saying the limit, whatever size Slack announced", async () => {
    const big = FILES.pdf(11 * 1024 * 1024);
    const ids = [bot.fake.workspace.shareFile({ name: "scan.pdf", bytes: big, size: 1000, user: USERS.focal.id })];
    await bot.submit({
      userId: USERS.focal.id,
      callbackId: "application_form",
      privateMetadata: JSON.stringify({ rows: ["r0"], next: 1 }),
      values: applicationValues({ attachments: { value: { type: "file_input", files: ids.map((id) => ({ id })) } } }),
    });
    const dm = await bot.fake.waitFor("chat.postMessage", (c) => c.args.channel === USERS.focal.id, 5000);
    expect(String(dm.args.text)).toContain("scan.pdf");
    expect(String(dm.args.text)).toContain("10 Mo");
    expect(await bot.kit.db.attachment.count()).toBe(0);
    expect(await storedFiles()).toEqual([]);
  });

  it("never fetches a file Slack says is on another host", async () => {
    const { dm } = await applyWith([
      { name: "annexe.pdf", bytes: FILES.pdf(), url: "https://attacker.example.org/annexe.pdf" },
    ]);
    expect(dm).toContain("annexe.pdf");
    expect(bot.fake.calls("file_download")).toEqual([]);
    expect(await bot.kit.db.attachment.count()).toBe(0);
  });

  it("never fetches a file someone else uploaded, named in a forged form", async () => {
    const { dm } = await applyWith([{ name: "compte-rendu-daect.pdf", bytes: FILES.pdf(), user: USERS.daect.id }]);
    expect(dm).toContain("compte-rendu-daect.pdf");
    expect(bot.fake.calls("file_download")).toEqual([]);
    expect(await bot.kit.db.attachment.count()).toBe(0);
    expect(await storedFiles()).toEqual([]);
  });

  it("says a file Slack no longer has could not be fetched, and still files the application", async () => {
    bot.fake.failWith("files.info", "file_not_found");
    const { dm } = await applyWith([{ name: "annexe.pdf", bytes: FILES.pdf() }]);
    expect(dm).toContain("n’a pas pu le récupérer");
    expect(await bot.kit.db.attachment.count()).toBe(0);
    expect(await bot.kit.db.application.count()).toBe(1);
  });

  it("keeps a photo sent with the report; the focal point's review lists it with a link that downloads it", async () => {
    const { missionId } = await missionAwaitingReport(bot.kit);
    const photo = FILES.jpeg();
    const id = bot.fake.workspace.shareFile({ name: "atelier.jpg", bytes: photo, user: USERS.missionary.id });
    const reply = await bot.submit({
      userId: USERS.missionary.id,
      callbackId: "report_form",
      privateMetadata: JSON.stringify({ missionId }),
      values: reportValues({ attachments: { value: { type: "file_input", files: [{ id }] } } }),
    });
    expect(reply.body).toMatchObject({ response_action: "update" });
    const dm = await bot.fake.waitFor("chat.postMessage", (c) => c.args.channel === USERS.missionary.id, 5000);
    // The missionary reads English: the DM is in their language.
    expect(String(dm.args.text)).toContain("Attachments kept with the case: atelier.jpg");
    bot.fake.reset();
    await bot.click({
      userId: USERS.focal.id,
      actions: [{ actionId: "report_review_open", value: missionId }],
      view: { id: "V0HOME", type: "home" },
    });
    const review = textOf(viewOf(await bot.fake.waitFor("views.update")).blocks);
    expect(review).toContain("atelier.jpg");
    const [link] = [...review.matchAll(/"url":"(http[^"]+)"/g)].map((m) => m[1] as string);
    const download = await fetch(link as string);
    expect(download.headers.get("content-type")).toBe("image/jpeg");
    expect(Buffer.from(await download.arrayBuffer()).equals(photo)).toBe(true);
  });
});
