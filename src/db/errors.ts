/**
 * Prisma's code for a unique constraint that refused a write: what a conditional insert that lost a race to another
 * transaction (or another instance) sees on SQLite and on PostgreSQL alike.
 */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}

/**
 * Runs `attempt` once more when it lost such a race: the second run reads what the winner committed. Only for
 * attempts that read before they write, in one transaction, so the retry is the same decision made on fresh data.
 */
export async function retryOnUniqueViolation<T>(attempt: () => Promise<T>): Promise<T> {
  try {
    return await attempt();
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    return attempt();
  }
}
