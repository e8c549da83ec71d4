import type { Db } from "../db/client";
import { isValidTimeZone } from "../domain/quiet-hours";
import type { SharedChannel } from "../workflow/notifications";
import type { DeliveryTarget } from "./delivery-channel";
import type { OutboxRow } from "./outbox-claims";

/** Who a row goes to (a person, or a shared audience); null when the recipient no longer exists. */
export async function loadDeliveryTarget(
  db: Db,
  row: OutboxRow,
  defaultTimeZone: string,
): Promise<DeliveryTarget | null> {
  if (row.recipientId) {
    const person = await db.person.findUnique({
      where: { id: row.recipientId },
      select: { id: true, name: true, email: true, locale: true, timeZone: true, preferredChannel: true },
    });
    if (!person) return null;
    return {
      type: "person",
      personId: person.id,
      name: person.name,
      email: person.email,
      locale: person.locale,
      timeZone: isValidTimeZone(person.timeZone) ? person.timeZone : defaultTimeZone,
      preferredChannel: person.preferredChannel,
    };
  }
  if (!row.channel) return null;
  return { type: "shared", channel: row.channel as SharedChannel };
}
