import { countryLabel, formatDate, formatDateTime, formatInstant, readerZone } from "../../src/i18n";

/** 2 December 2026, 13:30 UTC: 14:30 in Paris (winter time), 13:30 in Dakar, 08:30 in New York. */
const AT = new Date("2026-12-02T13:30:00Z");

describe("dates and times in the reader's zone", () => {
  it("shows Paris time without naming the zone, and names any other", () => {
    expect(formatInstant(AT, { locale: "fr", timeZone: "Europe/Paris" })).toBe("2 déc. 2026, 14:30");
    expect(formatInstant(AT, { locale: "fr", timeZone: "Africa/Dakar" })).toBe("2 déc. 2026, 13:30 (heure de Dakar)");
    expect(formatInstant(AT, { locale: "fr", timeZone: "America/New_York" })).toBe(
      "2 déc. 2026, 08:30 (heure de New York)",
    );
  });

  it("speaks English to an English reader", () => {
    expect(formatInstant(AT, { locale: "en", timeZone: "America/New_York" })).toBe("2 Dec 2026, 08:30 (New York time)");
    expect(formatInstant(AT, { locale: "en", timeZone: "Europe/Paris" })).toBe("2 Dec 2026, 14:30");
    expect(formatDateTime(AT, "en", "Africa/Dakar")).toBe("2 Dec 2026, 13:30 (Dakar time)");
  });

  it("keeps a calendar date the same day everywhere, and an instant's date in the reader's zone", () => {
    expect(formatDate("2026-10-31", "fr", "America/New_York")).toBe("31 octobre 2026");
    expect(formatDate(new Date("2026-12-02T03:00:00Z"), "en", "America/New_York")).toBe("1 December 2026");
  });

  it("falls back to the installation's zone, then Paris, for a zone no one knows", () => {
    expect(readerZone("Africa/Dakar", "Europe/Paris")).toBe("Africa/Dakar");
    expect(readerZone(null, "America/New_York")).toBe("America/New_York");
    expect(readerZone("Mars/Olympus", "Europe/Paris")).toBe("Europe/Paris");
    expect(readerZone(undefined, "Nowhere/Else")).toBe("Europe/Paris");
  });

  it("builds a formatter once per locale and zone, not per row", () => {
    const spy = jest.spyOn(Intl, "DateTimeFormat");
    for (let i = 0; i < 200; i++)
      formatInstant(new Date(AT.getTime() + i * 60_000), { locale: "en", timeZone: "Asia/Tokyo" });
    expect(spy.mock.calls.length).toBeLessThanOrEqual(1);
    spy.mockRestore();
  });
});

describe("countries by their name in the reader's language", () => {
  it("names Senegal in French and English, and keeps a code no one can name", () => {
    expect(countryLabel("SN", "fr")).toBe("Sénégal");
    expect(countryLabel("SN", "en")).toBe("Senegal");
    expect(countryLabel("sn", "fr")).toBe("Sénégal");
    expect(countryLabel("ZZ", "fr")).toBe("ZZ");
  });
});
