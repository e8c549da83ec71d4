import { signDiplomaToken } from "../../src/teams/diploma-link";
import { decideApplication, submitApplication } from "../../src/workflow";
import { queueNotifications } from "../../src/workflow/notifications";
import { assertValidCard } from "../support/adaptive-cards";
import { withSampleData } from "../support/notification-samples";
import { drawnQrCodes } from "../support/pdf-content";
import { applicationInput } from "../support/workflow-kit";
import { AWA, cardOf, chatOf, FOCAL, type Harness, startHarness, TEST_DIPLOMA_SECRET } from "./teams-harness";

/** Every Action.OpenUrl of a card, wherever it sits. */
function openUrls(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) for (const item of node) openUrls(item, out);
  else if (node && typeof node === "object") {
    const record = node as Record<string, unknown>;
    if (record.type === "Action.OpenUrl" && typeof record.url === "string") out.push(record.url);
    for (const value of Object.values(record)) openUrls(value, out);
  }
  return out;
}

describe("Teams: the diploma of an approved body (L7)", () => {
  let h: Harness;

  beforeEach(async () => {
    h = await startHarness();
    // The focal point talks to the bot in Teams only.
    await h.install(FOCAL);
  });

  afterEach(async () => {
    h.checkAllCards();
    await h.close();
  });

  /** The Teams focal point applies and the committee approves: the label's id. */
  async function approvedBody(): Promise<string> {
    const focal = await h.kit.db.person.findUniqueOrThrow({ where: { email: "referent@lyon.fr" } });
    const actor = { personId: focal.id, platform: "teams" as const };
    const { value } = await submitApplication(h.kit.ctx, actor, applicationInput());
    const decided = await decideApplication(h.kit.ctx, h.kit.committee, {
      applicationId: value.applicationId,
      decision: "approve",
    });
    return decided.value.labelId as string;
  }

  async function diplomaCard() {
    await h.deliver();
    const posted = h.fake.sent().filter((s) => s.conversationId === chatOf(FOCAL) && cardOf(s.activity));
    const found = posted.map((s) => cardOf(s.activity)).find((c) => openUrls(c).length > 0);
    if (!found) throw new Error(`no diploma card in ${JSON.stringify(posted)}`);
    assertValidCard(found);
    return found;
  }

  it("sends the card at once on a Friday at 20:30 in Paris, with a link that downloads the PDF", async () => {
    h.kit.clock.set("2026-03-06T19:30:00Z");
    const labelId = await approvedBody();
    // A reminder queued at the same minute is a nudge: it waits for Monday 08:00.
    const focal = await h.kit.db.person.findUniqueOrThrow({ where: { email: "referent@lyon.fr" } });
    await h.kit.db.$transaction((tx) =>
      queueNotifications(tx, h.kit.clock.now(), [withSampleData({ kind: "report_reminder", recipientId: focal.id })]),
    );
    const card = await diplomaCard();
    const reminder = await h.kit.db.outbox.findFirstOrThrow({ where: { kind: "report_reminder" } });
    expect(reminder).toMatchObject({ status: "pending", nextAttemptAt: new Date("2026-03-09T07:00:00Z") });
    expect(JSON.stringify(card)).toContain("EXPE-CT-2026-0001");
    expect(JSON.stringify(card)).toContain("Ville de Lyon");
    const [url] = openUrls(card);
    expect(url?.startsWith(`${h.baseUrl}/diplomes/telechargement/`)).toBe(true);
    const row = await h.kit.db.outbox.findFirstOrThrow({ where: { kind: "diploma_issued" } });
    expect(row).toMatchObject({ status: "sent", sentAt: new Date("2026-03-06T19:30:00Z") });
    expect(JSON.parse(row.payload)).toMatchObject({ labelId, labelNumber: "EXPE-CT-2026-0001" });

    const res = await fetch(url as string);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="diplome-EXPE-CT-2026-0001.pdf"');
    const pdf = Buffer.from(await res.arrayBuffer());
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    expect(pdf.includes("EXPE-CT-2026-0001")).toBe(true);
    // The QR code on the paper leads anyone to the label's public check, on the same server.
    const [checkUrl] = drawnQrCodes(pdf);
    expect(checkUrl).toBe(`${h.baseUrl}/diplomes/EXPE-CT-2026-0001`);
    const check = await fetch(checkUrl as string);
    expect(check.status).toBe(200);
    expect(await check.text()).toContain("Label valide");
  });

  it("refuses a tampered or forged link and an expired one with a page in words, never a 5xx", async () => {
    const labelId = await approvedBody();
    const [url] = openUrls(await diplomaCard());
    const [base, token] = (url as string).split("/diplomes/telechargement/") as [string, string];
    const [body, signature] = token.split(".") as [string, string];
    const at = (t: string) => fetch(`${base}/diplomes/telechargement/${t}`);

    const flipped = `${signature.slice(0, -1)}${signature.endsWith("A") ? "B" : "A"}`;
    const otherBody = Buffer.from(JSON.stringify({ l: "someone-else", p: "x", exp: 4_000_000_000 })).toString(
      "base64url",
    );
    for (const bad of [`${body}.${flipped}`, `${otherBody}.${signature}`, "not-a-token", `${token}.x`]) {
      const res = await at(bad);
      expect(res.status).toBe(404);
      const page = await res.text();
      expect(page).toContain("Ce lien de téléchargement n’est pas valide");
      expect(page).toContain("This download link is not valid");
    }

    // Signed by the bot for someone who is no focal point of the body: the label stays theirs to see only.
    await h.install(AWA);
    const awa = await h.kit.db.person.findUniqueOrThrow({ where: { email: "consul@sn.ambafrance.org" } });
    const forged = signDiplomaToken(TEST_DIPLOMA_SECRET, {
      labelId,
      personId: awa.id,
      expiresAt: new Date("2026-03-09T00:00:00Z"),
    });
    const refused = await at(forged);
    expect(refused.status).toBe(403);
    expect(await refused.text()).toContain("vous n’êtes plus référent");

    // Seven days later the link has expired.
    expect((await at(token)).status).toBe(200);
    h.kit.clock.set(new Date(h.kit.clock.now().getTime() + 7 * 24 * 3600_000 + 1000));
    const expired = await at(token);
    expect(expired.status).toBe(410);
    expect(await expired.text()).toContain("Tapez « diplôme »");

    // Typing "diplôme" in the personal chat gives a fresh link that works; someone with no body gets none.
    const before = h.fake.sent().length;
    expect((await h.say(FOCAL, "diplôme")).status).toBeLessThan(300);
    const fresh = h.fake
      .sent()
      .slice(before)
      .map((s) => cardOf(s.activity))
      .find((c) => c && openUrls(c).length > 0);
    assertValidCard(fresh);
    const [freshUrl] = openUrls(fresh);
    expect(freshUrl).not.toBe(url);
    expect((await fetch(freshUrl as string)).status).toBe(200);
    const asked = h.fake.sent().length;
    await h.say(AWA, "diploma");
    expect(JSON.stringify(h.fake.sent().slice(asked))).toContain("il n’y a pas de diplôme à télécharger");
  });
});
