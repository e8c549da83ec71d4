import { isQuiet, isValidTimeZone, nextAllowedInstant } from "../../src/domain/quiet-hours";

const at = (iso: string) => new Date(iso);
const next = (iso: string, zone: string) => nextAllowedInstant(at(iso), zone).toISOString();

describe("quiet hours", () => {
  it("lets a working-day prompt through at once, from 08:00 to 19:59 local time", () => {
    // Wednesday 4 March 2026, Paris is UTC+1.
    expect(isQuiet(at("2026-03-04T07:00:00Z"), "Europe/Paris")).toBe(false);
    expect(next("2026-03-04T07:00:00Z", "Europe/Paris")).toBe("2026-03-04T07:00:00.000Z");
    expect(isQuiet(at("2026-03-04T18:59:59Z"), "Europe/Paris")).toBe(false);
  });

  it("holds a night prompt until 08:00: the same morning before 08:00, the next one after 20:00", () => {
    expect(isQuiet(at("2026-03-04T19:00:00Z"), "Europe/Paris")).toBe(true);
    expect(next("2026-03-04T19:00:00Z", "Europe/Paris")).toBe("2026-03-05T07:00:00.000Z");
    expect(isQuiet(at("2026-03-04T06:59:59Z"), "Europe/Paris")).toBe(true);
    expect(next("2026-03-04T03:00:00Z", "Europe/Paris")).toBe("2026-03-04T07:00:00.000Z");
  });

  it("holds Friday evening and the whole weekend until Monday 08:00", () => {
    expect(next("2026-03-06T19:30:00Z", "Europe/Paris")).toBe("2026-03-09T07:00:00.000Z");
    expect(next("2026-03-07T11:00:00Z", "Europe/Paris")).toBe("2026-03-09T07:00:00.000Z");
    expect(next("2026-03-08T05:00:00Z", "Europe/Paris")).toBe("2026-03-09T07:00:00.000Z");
    expect(isQuiet(at("2026-03-07T11:00:00Z"), "Europe/Paris")).toBe(true);
  });

  it("keeps 08:00 local across the spring change (Paris goes to UTC+2 on Sunday 29 March 2026)", () => {
    // Saturday 28 March, 10:00 Paris (UTC+1) → Monday 30 March 08:00 Paris (UTC+2).
    expect(next("2026-03-28T09:00:00Z", "Europe/Paris")).toBe("2026-03-30T06:00:00.000Z");
  });

  it("keeps 08:00 local across the autumn change (back to UTC+1 on Sunday 25 October 2026)", () => {
    expect(next("2026-10-23T19:00:00Z", "Europe/Paris")).toBe("2026-10-26T07:00:00.000Z");
  });

  it("follows a change that falls within the quiet weekend (New York, Sunday 8 March 2026)", () => {
    // Friday 6 March 21:00 EST (UTC-5) → Monday 9 March 08:00 EDT (UTC-4).
    expect(next("2026-03-07T02:00:00Z", "America/New_York")).toBe("2026-03-09T12:00:00.000Z");
  });

  it("uses the recipient's own zone and calendar", () => {
    // 07:00 UTC on Friday: 08:00 in Paris (allowed), 16:00 in Tokyo (allowed), 02:00 in Santiago (quiet).
    const friday = at("2026-03-06T07:00:00Z");
    expect(isQuiet(friday, "Europe/Paris")).toBe(false);
    expect(isQuiet(friday, "Asia/Tokyo")).toBe(false);
    expect(isQuiet(friday, "America/Santiago")).toBe(true);
    // 23:30 UTC on Friday is already Saturday in Nouméa (UTC+11).
    expect(next("2026-03-06T23:30:00Z", "Pacific/Noumea")).toBe("2026-03-08T21:00:00.000Z");
    // Sunday 22:00 UTC is Monday 00:00 in Beirut (UTC+2): held until 08:00 that Monday.
    expect(next("2026-03-08T22:00:00Z", "Asia/Beirut")).toBe("2026-03-09T06:00:00.000Z");
  });

  it("knows which zone names are real", () => {
    expect(isValidTimeZone("Europe/Paris")).toBe(true);
    expect(isValidTimeZone("Mars/Olympus")).toBe(false);
    expect(isValidTimeZone(null)).toBe(false);
    expect(() => isQuiet(new Date(), "Mars/Olympus")).toThrow(RangeError);
  });
});
