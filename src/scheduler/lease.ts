import type { Db } from "../db/client";
import { isUniqueViolation } from "../db/errors";

/**
 * A named lease in the database, so that of several processes on one database only one runs the sweeps,
 * and a leader that died is replaced once its lease has expired. Every step is a single conditional
 * statement (or an insert that fails on the primary key), which SQLite and PostgreSQL both apply
 * atomically: two candidates can never both see their write succeed.
 */

/** Takes the lease if it is free, expired, or already ours (then it is extended). */
export async function tryAcquireLease(
  db: Db,
  name: string,
  holder: string,
  ttlMs: number,
  now: Date,
): Promise<boolean> {
  const expiresAt = new Date(now.getTime() + ttlMs);
  const take = async () => {
    const taken = await db.lease.updateMany({
      where: { name, OR: [{ holder }, { expiresAt: { lt: now } }] },
      data: { holder, expiresAt },
    });
    return taken.count === 1;
  };
  if (await take()) return true;
  try {
    await db.lease.create({ data: { name, holder, expiresAt } });
    return true;
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    // Someone created it between our update and our insert: perhaps ourselves, from a concurrent call.
    return take();
  }
}

/**
 * Extends the lease while we still hold it. An expired lease nobody took yet is still ours to extend;
 * once another holder has taken it, this returns false and the caller must stop working.
 */
export async function renewLease(db: Db, name: string, holder: string, ttlMs: number, now: Date): Promise<boolean> {
  const renewed = await db.lease.updateMany({
    where: { name, holder },
    data: { expiresAt: new Date(now.getTime() + ttlMs) },
  });
  return renewed.count === 1;
}

/** Gives the lease up at shutdown so another process can take over at once; false if it was not ours. */
export async function releaseLease(db: Db, name: string, holder: string): Promise<boolean> {
  const released = await db.lease.deleteMany({ where: { name, holder } });
  return released.count === 1;
}
