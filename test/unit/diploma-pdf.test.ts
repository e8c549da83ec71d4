import { renderDiploma } from "../../src/documents/diploma";
import { diplomaVerificationUrl } from "../../src/documents/diploma-url";
import { drawnQrCodes, drawnText } from "../support/pdf-content";

describe("the diploma PDF", () => {
  const input = {
    number: "EXPE-CT-2026-0001",
    organisation: "Ville de Lyon",
    organisationKind: "collectivite",
    themes: ["waste"] as const,
    competences: "Tri sélectif et valorisation des déchets ménagers",
    validFrom: new Date("2026-03-02T09:00:00Z"),
    validUntil: new Date("2029-03-01T22:59:59.999Z"),
  };

  it("prints its number and verification URL, and draws a QR code that decodes to that URL", async () => {
    const verificationUrl = diplomaVerificationUrl("https://expect.example.org/", input.number);
    expect(verificationUrl).toBe("https://expect.example.org/diplomes/EXPE-CT-2026-0001");
    const pdf = await renderDiploma({ ...input, verificationUrl });
    const text = drawnText(pdf);
    expect(text).toContain("Label n° EXPE-CT-2026-0001");
    expect(text).toContain(verificationUrl);
    expect(drawnQrCodes(pdf)).toEqual([verificationUrl]);
  });

  it("encodes a number that needs it as one path segment, and the QR code still reads back the URL", async () => {
    const verificationUrl = diplomaVerificationUrl("http://localhost:3978", "PACT 3/012");
    expect(verificationUrl).toBe("http://localhost:3978/diplomes/PACT%203%2F012");
    expect(drawnQrCodes(await renderDiploma({ ...input, verificationUrl }))).toEqual([verificationUrl]);
  });
});
