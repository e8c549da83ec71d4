import { readdir } from "node:fs/promises";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { submitApplication, submitReport } from "../../src/workflow";
import { FILES } from "../support/attachment-files";
import { missionAwaitingReport } from "../support/slack-scenario";
import { messageActivity, type TeamsUser } from "../support/teams-activity";
import { applicationInput, createPerson, missionaryActor } from "../support/workflow-kit";
import { chatOf, FOCAL, type Harness, MARIE, startHarness } from "./teams-harness";

/** Stands for SharePoint: serves each file at /<name>, and counts what it was asked for. */
async function fileHost(files: Record<string, Buffer>) {
  const asked: string[] = [];
  const server = http.createServer((req, res) => {
    const name = decodeURIComponent((req.url ?? "/").slice(1));
    asked.push(name);
    const bytes = files[name];
    if (!bytes) return res.writeHead(404).end();
    res.writeHead(200, { "content-type": "application/octet-stream" }).end(bytes);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    asked,
    urlOf: (name: string) => `${origin}/${encodeURIComponent(name)}`,
    close: () => {
      server.closeAllConnections();
      server.close();
    },
  };
}

const fileAttachment = (name: string, downloadUrl: string) => ({
  contentType: "application/vnd.microsoft.teams.file.download.info",
  name,
  contentUrl: downloadUrl,
  content: { downloadUrl, uniqueId: name, fileType: name.split(".").pop() },
});

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  h.checkAllCards();
  await h.close();
});

async function storedFiles(): Promise<string[]> {
  const entries = await readdir(h.attachmentsDir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => e.name);
}

/** Sends files in a person's personal chat (the focal point's by default); gives the text of the bot's one reply. */
async function send(attachments: object[], from: TeamsUser = FOCAL): Promise<string> {
  const before = h.fake.sent().length;
  const res = await h.post({
    ...messageActivity({ serviceUrl: h.fake.serviceUrl, from, text: "" }),
    attachments,
  });
  expect(res.status).toBe(200);
  const replies = h.fake
    .sent()
    .slice(before)
    .filter((s) => s.conversationId === chatOf(from));
  expect(replies).toHaveLength(1);
  return JSON.stringify(replies[0]?.activity);
}

describe("Teams: files sent in the personal chat join the sender's open application", () => {
  it("keeps a PDF, refuses a program renamed .pdf and a file from another host, naming each", async () => {
    const focal = await createPerson(h.kit, "referent@lyon.fr", "Référent Lyon");
    const { value } = await submitApplication(h.kit.ctx, focal, applicationInput());
    const host = await fileHost({ "deliberation.pdf": FILES.pdf(3000), "virus.pdf": FILES.exe() });
    try {
      const reply = await send([
        fileAttachment("deliberation.pdf", host.urlOf("deliberation.pdf")),
        fileAttachment("virus.pdf", host.urlOf("virus.pdf")),
        fileAttachment("annexe.pdf", "https://attacker.example.org/annexe.pdf"),
      ]);
      expect(reply).toContain("deliberation.pdf");
      expect(reply).toContain("Ville de Lyon");
      expect(reply).toContain("virus.pdf");
      expect(reply).toContain("annexe.pdf");
      expect(host.asked).toEqual(["deliberation.pdf", "virus.pdf"]);
      const kept = await h.kit.db.attachment.findMany();
      expect(kept.map((a) => [a.caseId, a.name, a.type])).toEqual([[value.applicationId, "deliberation.pdf", "pdf"]]);
      expect(await storedFiles()).toHaveLength(1);
    } finally {
      host.close();
    }
  });

  it("refuses an 11 MB file while it streams, and says so when there is no open case", async () => {
    const focal = await createPerson(h.kit, "referent@lyon.fr", "Référent Lyon");
    const host = await fileHost({ "scan.pdf": FILES.pdf(11 * 1024 * 1024) });
    try {
      expect(await send([fileAttachment("scan.pdf", host.urlOf("scan.pdf"))])).toContain("aucun dossier ouvert");
      await submitApplication(h.kit.ctx, focal, applicationInput());
      const reply = await send([fileAttachment("scan.pdf", host.urlOf("scan.pdf"))]);
      expect(reply).toContain("scan.pdf");
      expect(reply).toContain("10 Mo");
      expect(await h.kit.db.attachment.count()).toBe(0);
      expect(await storedFiles()).toEqual([]);
    } finally {
      host.close();
    }
  });

  it("joins a missionary's photo to their report; the focal point's pending card links it", async () => {
    const { missionId } = await missionAwaitingReport(h.kit);
    await submitReport(h.kit.ctx, await missionaryActor(h.kit), {
      missionId,
      objectAccount: "Diagnostic de la collecte",
      complementaryAction: false,
      longTermCooperation: false,
    });
    const photo = FILES.jpeg();
    const host = await fileHost({ "atelier.jpg": photo });
    try {
      const reply = await send([fileAttachment("atelier.jpg", host.urlOf("atelier.jpg"))], MARIE);
      expect(reply).toContain("atelier.jpg");
      expect(reply).toContain("M-2026-0001");
    } finally {
      host.close();
    }
    const pending = JSON.stringify(await h.reply(FOCAL, "en attente"));
    expect(pending).toContain("atelier.jpg");
    const [url] = [...pending.matchAll(/"url":"(http[^"]+)"/g)].map((m) => m[1] as string);
    const download = await fetch(url as string);
    expect(download.headers.get("content-type")).toBe("image/jpeg");
    expect(Buffer.from(await download.arrayBuffer()).equals(photo)).toBe(true);
  });
});
