/** One posted copy of a notification: enough to update it in place later. */
export interface PostedCopy {
  conversationId: string;
  activityId: string;
}

/**
 * What a Teams delivery stores in Outbox.deliveryRef (after "teams:"): every copy it posted, since an
 * embassy card may go to several personal chats.
 */
export function formatPostedCopies(copies: readonly PostedCopy[]): string {
  return JSON.stringify(copies.map((c) => [c.conversationId, c.activityId]));
}

export function parsePostedCopies(ref: string): PostedCopy[] {
  try {
    const parsed: unknown = JSON.parse(ref);
    if (!Array.isArray(parsed)) return [];
    return parsed
      .filter((pair): pair is [string, string] => Array.isArray(pair) && pair.length === 2 && pair.every(isText))
      .map(([conversationId, activityId]) => ({ conversationId, activityId }));
  } catch {
    // A ref that is not our JSON names no card to update: there is nothing to update in place.
    return [];
  }
}

function isText(value: unknown): value is string {
  return typeof value === "string" && value.length > 0;
}
