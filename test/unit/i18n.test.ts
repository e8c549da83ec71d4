import { DateTime } from "luxon";
import { DomainError } from "../../src/domain/errors";
import { addDays, dateIn, daysBetween } from "../../src/domain/time";
import { coreCatalogs, describeError, formatDate, formatDateTime, t, zoneName } from "../../src/i18n";
import { slackMessages } from "../../src/slack/messages";
import { t as slackT } from "../../src/slack/words";
import { teamsMessages } from "../../src/teams/messages";
import { t as teamsT } from "../../src/teams/words";

describe("i18n", () => {
  it.each([
    ["core", coreCatalogs[0]],
    ["fields", coreCatalogs[1]],
    ["refusals", coreCatalogs[2]],
    ["slack", slackMessages],
    ["teams", teamsMessages],
  ] as const)("has the same keys in French and English in the %s catalog", (_name, catalog) => {
    expect(Object.keys(catalog.en).sort()).toEqual(Object.keys(catalog.fr).sort());
  });

  it("types each translator's keys: the shared ones everywhere, a surface's own only there", () => {
    expect(slackT("en", "error.leg_too_long", { days: 8, max: 7 })).toBe(
      t("en", "error.leg_too_long", { days: 8, max: 7 }),
    );
    expect(teamsT("fr", "teams.identity.unknown")).toContain("Teams");
    // @ts-expect-error a misspelt key fails the typecheck
    t("fr", "error.leg_too_lnog");
    // @ts-expect-error the Teams catalog is not the Slack surface's
    slackT("fr", "teams.identity.unknown");
    // @ts-expect-error a surface's key is not the shared translator's
    t("fr", "slack.identity.unknown");
  });

  it("explains a conflicting decision with who and when, in the person's language", () => {
    const error = new DomainError("already_decided", {
      entity: "mission",
      decision: "validated",
      by: "Awa Ndiaye",
      at: "2026-04-01T08:30:00Z",
    });
    expect(describeError(error, "fr")).toBe(
      "C’est déjà fait : cette mission est « validée par l’ambassade », par Awa Ndiaye le 1 avr. 2026, 10:30. Il n’y a rien de plus à faire.",
    );
    expect(describeError(error, "en")).toBe(
      "Already done: this mission is “validated by the embassy”, by Awa Ndiaye on 1 Apr 2026, 10:30. There is nothing more to do.",
    );
  });

  it("formats dates and falls back to French", () => {
    expect(formatDate("2026-06-10", "fr")).toBe("10 juin 2026");
    expect(formatDate("2026-06-10", "en")).toBe("10 June 2026");
    expect(t("en", "error.leg_too_long", { days: 8, max: 7 })).toBe(
      "A leg lasts one week at most: 8 days here, 7 at most.",
    );
  });
});

describe("cached date formatters", () => {
  const luxonDate = (value: string | Date, locale: "fr" | "en", zone: string) =>
    (typeof value === "string" ? DateTime.fromISO(value, { zone }) : DateTime.fromJSDate(value, { zone }))
      .setLocale(locale === "en" ? "en-GB" : "fr-FR")
      .toLocaleString(DateTime.DATE_FULL);
  const luxonDateTime = (value: Date, locale: "fr" | "en", zone: string) =>
    DateTime.fromJSDate(value, { zone })
      .setLocale(locale === "en" ? "en-GB" : "fr-FR")
      .toLocaleString(DateTime.DATETIME_MED);
  const zones = ["Europe/Paris", "Pacific/Kiritimati", "America/Los_Angeles", "UTC"];
  const days = [
    "2026-01-01",
    "2026-03-29",
    "2026-10-25",
    "2026-12-31",
    "2024-02-29",
    "2026-02-30",
    "2026-06-10T23:30:00Z",
  ];
  const instants = ["2026-03-29T00:59:00Z", "2026-03-29T01:00:00Z", "2026-10-25T00:30:00Z", "2026-06-10T22:15:00Z"];

  it("write what luxon wrote, for calendar dates and instants, in each locale and zone", () => {
    for (const locale of ["fr", "en"] as const) {
      for (const zone of zones) {
        for (const day of days) expect(formatDate(day, locale, zone)).toBe(luxonDate(day, locale, zone));
        for (const at of instants.map((i) => new Date(i))) {
          expect(formatDate(at, locale, zone)).toBe(luxonDate(at, locale, zone));
          // A time outside Paris says its zone (issue 12): luxon's text, then the zone's name.
          const named = zone === "Europe/Paris" ? "" : ` (${zoneName(zone, locale)})`;
          expect(formatDateTime(at, locale, zone)).toBe(`${luxonDateTime(at, locale, zone)}${named}`);
        }
      }
    }
  });
});

describe("calendar dates without luxon", () => {
  const luxonDateIn = (at: Date, zone: string) => DateTime.fromJSDate(at, { zone }).toISODate() ?? "";
  const luxonAdd = (date: string, days: number) =>
    DateTime.fromISO(date, { zone: "Europe/Paris" }).plus({ days }).toISODate() ?? "";
  const luxonBetween = (a: string, b: string) =>
    Math.round(
      DateTime.fromISO(b, { zone: "Europe/Paris" }).diff(DateTime.fromISO(a, { zone: "Europe/Paris" }), "days").days,
    );

  it("give luxon's answers across daylight saving, month ends and leap years", () => {
    for (const zone of ["Europe/Paris", "Pacific/Kiritimati", "America/Los_Angeles", "Not/AZone"]) {
      for (const at of [
        "2026-03-28T23:30:00Z",
        "2026-03-29T00:30:00Z",
        "2026-10-24T22:30:00Z",
        "2024-02-29T12:00:00Z",
      ]) {
        expect(dateIn(new Date(at), zone)).toBe(luxonDateIn(new Date(at), zone));
      }
    }
    const days = ["2026-03-28", "2026-03-29", "2026-10-25", "2024-02-28", "2025-12-31", "2026-02-30", "nope"];
    for (const day of days) {
      for (const n of [-400, -1, 0, 1, 14, 30, 366]) expect(addDays(day, n)).toBe(luxonAdd(day, n));
      for (const other of days) expect(daysBetween(day, other)).toBe(luxonBetween(day, other));
    }
  });
});
