import { NOTIFICATION_KINDS, NOTIFICATION_URGENCY, waitsForQuietHours } from "../../src/domain/notification-urgency";
import { checkNotificationData, NOTIFICATION_DATA, parseNotification } from "../../src/workflow/notification-kinds";
import { SAMPLE_DATA } from "../support/notification-samples";

describe("notification kinds", () => {
  it("give every kind a schema and an urgency, and the samples fit them", () => {
    expect(Object.keys(NOTIFICATION_DATA).sort()).toEqual([...NOTIFICATION_KINDS].sort());
    expect(Object.keys(NOTIFICATION_URGENCY).sort()).toEqual([...NOTIFICATION_KINDS].sort());
    for (const kind of NOTIFICATION_KINDS) expect(parseNotification(kind, SAMPLE_DATA[kind]).ok).toBe(true);
  });

  it("lets answers through quiet hours and holds nudges", () => {
    const answers = NOTIFICATION_KINDS.filter((k) => !waitsForQuietHours(k));
    expect(answers).toEqual(
      expect.arrayContaining(["diploma_issued", "application_decided", "embassy_decided", "extension_decided"]),
    );
    for (const nudge of ["report_reminder", "report_escalation", "reimbursement_proposal", "label_expiring"] as const) {
      expect(waitsForQuietHours(nudge)).toBe(true);
    }
  });

  it("refuses the wrong shape when queued, and names the field when a stored row no longer parses", () => {
    expect(() => checkNotificationData("report_requested", { deadline: "2026-06-10" })).toThrow(/reportDeadline/);
    expect(() => checkNotificationData("diploma_issued", { labelId: "l1" })).toThrow(/labelNumber/);
    expect(parseNotification("report_requested", { reportDeadline: "10/06/2026" })).toEqual({
      ok: false,
      error: expect.stringMatching(/^invalid report_requested data \(reportDeadline: /),
    });
    expect(parseNotification("mission_teleported", {})).toEqual({
      ok: false,
      error: 'unknown notification kind "mission_teleported"',
    });
  });

  it("reads a dead letter's notice queued before it carried its cause", () => {
    // The sample, like rows written before this change, has no `cause`.
    expect("cause" in SAMPLE_DATA.delivery_failed).toBe(false);
    const parsed = parseNotification("delivery_failed", SAMPLE_DATA.delivery_failed);
    expect(parsed.ok && parsed.notification.kind === "delivery_failed" && parsed.notification.data.cause).toBe(
      "dead_letter",
    );
  });
});
