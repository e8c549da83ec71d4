import { decideApplication, revokeLabel, submitApplication, suspendLabel } from "../../src/workflow";
import { assertValidCard } from "../support/adaptive-cards";
import { applicationInput } from "../support/workflow-kit";
import { cardOf, chatOf, FOCAL, type Harness, startHarness } from "./teams-harness";

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

describe("Teams: the body hears of its label's suspension and revocation, and the diploma follows", () => {
  let h: Harness;

  beforeEach(async () => {
    h = await startHarness();
    await h.install(FOCAL);
  });

  afterEach(async () => {
    h.checkAllCards();
    await h.close();
  });

  async function approvedWithLink(): Promise<{ labelId: string; url: string }> {
    const focal = await h.kit.db.person.findUniqueOrThrow({ where: { email: "referent@lyon.fr" } });
    const { value } = await submitApplication(h.kit.ctx, { personId: focal.id, platform: "teams" }, applicationInput());
    const decided = await decideApplication(h.kit.ctx, h.kit.committee, {
      applicationId: value.applicationId,
      decision: "approve",
    });
    await h.deliver();
    const card = h.fake
      .sent()
      .map((s) => cardOf(s.activity))
      .find((c) => c && openUrls(c).length > 0);
    const [url] = openUrls(card);
    return { labelId: decided.value.labelId as string, url: url as string };
  }

  /** The cards the focal point's chat received since `from`. */
  const cardsSince = (from: number) =>
    h.fake
      .sent()
      .slice(from)
      .filter((s) => s.conversationId === chatOf(FOCAL))
      .map((s) => cardOf(s.activity))
      .filter(Boolean);

  it("a suspension comes as a card with its end and reason, and the diploma says it is suspended", async () => {
    const { labelId, url } = await approvedWithLink();
    const before = h.fake.sent().length;
    await suspendLabel(h.kit.ctx, h.kit.daect, { labelId, until: "2026-04-30", reason: "Enquête <b>en cours</b>" });
    await h.deliver();
    const [card] = cardsSince(before);
    assertValidCard(card);
    const text = JSON.stringify(card);
    expect(text).toContain("Label EXPE-CT-2026-0001 suspendu");
    expect(text).toContain("jusqu’au 30 avril 2026 inclus");
    expect(text).toContain("Enquête \\\\<b\\\\>en cours\\\\</b\\\\>");

    const res = await fetch(url);
    expect(res.status).toBe(200);
    const pdf = Buffer.from(await res.arrayBuffer());
    expect(pdf.includes("label suspended")).toBe(true);
  });

  it("a revocation comes as a card, and the diploma link then answers with a page in words, not the PDF", async () => {
    const { labelId, url } = await approvedWithLink();
    expect((await fetch(url)).status).toBe(200);
    const before = h.fake.sent().length;
    await revokeLabel(h.kit.ctx, h.kit.daect, { labelId, reason: "Fausse déclaration" });
    await h.deliver();
    const [card] = cardsSince(before);
    assertValidCard(card);
    expect(JSON.stringify(card)).toContain("son diplôme n’est plus valable");
    expect(JSON.stringify(card)).toContain("Fausse déclaration");

    const refused = await fetch(url);
    expect(refused.status).toBe(410);
    expect(refused.headers.get("content-type")).toContain("text/html");
    const page = await refused.text();
    expect(page).toContain("Ce label a été retiré par la DAECT");
    expect(page).toContain("This label was revoked by DAECT");
  });
});
