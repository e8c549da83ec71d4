import { createDb, type Db } from "../../src/db/client";
import { releaseLease, renewLease, tryAcquireLease } from "../../src/scheduler/lease";
import { freshDb } from "../support/db";

const TTL = 60_000;
const t0 = new Date("2026-05-04T08:00:00Z");
const later = (ms: number) => new Date(t0.getTime() + ms);

describe("scheduler lease", () => {
  let db: Db;
  let other: Db;

  beforeEach(async () => {
    const fresh = await freshDb();
    db = fresh.db;
    // A second client on the same file stands for a second process. Concurrent calls go through one
    // client: two SQLite connections in one thread would wait on each other's lock synchronously.
    other = createDb(fresh.url);
  });

  afterEach(async () => {
    await db.$disconnect();
    await other.$disconnect();
  });

  it("lets one of two holders lead, and the leader extend its lease", async () => {
    expect(await tryAcquireLease(db, "sweep", "a", TTL, t0)).toBe(true);
    expect(await tryAcquireLease(other, "sweep", "b", TTL, later(1_000))).toBe(false);
    expect(await tryAcquireLease(db, "sweep", "a", TTL, later(30_000))).toBe(true);
    expect(await renewLease(db, "sweep", "a", TTL, later(50_000))).toBe(true);
    // Renewed at +50 s: still held at +100 s.
    expect(await tryAcquireLease(other, "sweep", "b", TTL, later(100_000))).toBe(false);
    expect(await renewLease(other, "sweep", "b", TTL, later(100_000))).toBe(false);
    expect(await db.lease.findUnique({ where: { name: "sweep" } })).toMatchObject({
      holder: "a",
      expiresAt: later(110_000),
    });
  });

  it("elects exactly one of two processes that start at the same time", async () => {
    const results = await Promise.all([
      tryAcquireLease(db, "sweep", "a", TTL, t0),
      tryAcquireLease(db, "sweep", "b", TTL, t0),
    ]);
    expect(results.filter(Boolean)).toHaveLength(1);
  });

  it("hands a dead leader's lease to another after it expires, and the old one learns it lost", async () => {
    expect(await tryAcquireLease(db, "sweep", "a", TTL, t0)).toBe(true);
    expect(await tryAcquireLease(other, "sweep", "b", TTL, later(TTL))).toBe(false);
    expect(await tryAcquireLease(other, "sweep", "b", TTL, later(TTL + 1))).toBe(true);
    expect(await renewLease(db, "sweep", "a", TTL, later(TTL + 2))).toBe(false);
    expect(await tryAcquireLease(db, "sweep", "a", TTL, later(TTL + 2))).toBe(false);
  });

  it("lets several expired candidates race for the takeover with one winner", async () => {
    await tryAcquireLease(db, "sweep", "dead", TTL, t0);
    const results = await Promise.all(
      ["b", "c", "d"].map((holder) => tryAcquireLease(db, "sweep", holder, TTL, later(2 * TTL))),
    );
    expect(results.filter(Boolean)).toHaveLength(1);
  });

  it("is free at once after release, and only its holder can release it", async () => {
    await tryAcquireLease(db, "sweep", "a", TTL, t0);
    expect(await releaseLease(other, "sweep", "b")).toBe(false);
    expect(await releaseLease(db, "sweep", "a")).toBe(true);
    expect(await tryAcquireLease(other, "sweep", "b", TTL, later(1))).toBe(true);
  });

  it("keeps leases of different names apart", async () => {
    expect(await tryAcquireLease(db, "sweep", "a", TTL, t0)).toBe(true);
    expect(await tryAcquireLease(other, "outbox", "b", TTL, t0)).toBe(true);
  });
});
