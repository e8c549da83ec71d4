import { Prisma } from "../../src/db/client";
import { executeSql } from "../../src/db/direct-reads";
import { isUniqueViolation } from "../../src/db/errors";
import { decideAsEmbassy, declareSolicitation, openMission } from "../../src/workflow";
import { recordAudit } from "../../src/workflow/audit";
import { inSqlTransaction } from "../../src/workflow/run";
import { testDatabaseKind } from "../support/db";
import { as, createKit, type Kit, labelledBody, missionInput, openedMission } from "../support/workflow-kit";

/*
 * inSqlTransaction: on SQLite the driver itself begins and commits, under the lock Prisma's transactions take too
 * (src/db/direct-reads.ts); on PostgreSQL it is Prisma's transaction. Either way it must be one transaction.
 */

let kit: Kit;
beforeEach(async () => {
  kit = await createKit();
});
afterEach(() => kit.close());

const auditCount = () => kit.db.auditEvent.count({ where: { entityType: "sql-transaction-test" } });

describe("inSqlTransaction", () => {
  it("writes nothing when the verb fails after a write", async () => {
    const failed = inSqlTransaction(kit.ctx, async (tx, now) => {
      await recordAudit(tx, kit.daect, now, { entityType: "sql-transaction-test", entityId: "x", action: "try" });
      throw new Error("after the write");
    });
    await expect(failed).rejects.toThrow("after the write");
    expect(await auditCount()).toBe(0);
    // The connection is usable afterwards, and a transaction that succeeds commits.
    await inSqlTransaction(kit.ctx, (tx, now) =>
      recordAudit(tx, kit.daect, now, { entityType: "sql-transaction-test", entityId: "x", action: "done" }),
    );
    expect(await auditCount()).toBe(1);
  });

  it("runs beside Prisma's transactions without either seeing the other half done", async () => {
    const { labelId } = await labelledBody(kit);
    const awaiting = await Promise.all(
      [1, 2, 3, 4, 5].map((i) => openedMission(kit, labelId, { foreignPartner: `Ville ${i}` })),
    );
    // Decisions (direct on SQLite) interleaved with missions opened through Prisma's interactive transactions.
    const results = await Promise.all([
      ...awaiting.map((missionId) =>
        decideAsEmbassy(kit.ctx, kit.embassySN, { missionId, decision: "validate", round: 0 }),
      ),
      ...[6, 7, 8, 9, 10].map((i) =>
        openMission(kit.ctx, kit.daect, missionInput(labelId, { foreignPartner: `Ville ${i}` })),
      ),
    ]);
    expect(results.every((r) => r.changed)).toBe(true);
    expect(await kit.db.mission.count({ where: { status: "validated" } })).toBe(5);
    expect(await kit.db.mission.count({ where: { status: "awaiting_embassy" } })).toBe(5);
    expect(await kit.db.embassyDecision.count()).toBe(5);
  });

  it("lets one of two decisions on the same mission win", async () => {
    const { labelId } = await labelledBody(kit);
    const missionId = await openedMission(kit, labelId);
    const second = await kit.db.person.findUniqueOrThrow({ where: { email: "second@sn.ambafrance.org" } });
    const other = as(second.id, "teams");
    const outcomes = await Promise.allSettled([
      decideAsEmbassy(kit.ctx, kit.embassySN, { missionId, decision: "validate", round: 0 }),
      decideAsEmbassy(kit.ctx, other, { missionId, decision: "refuse", round: 0, comment: "Pas cette fois" }),
    ]);
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    expect(await kit.db.embassyDecision.count({ where: { missionId } })).toBe(1);
  });

  it("stores what Prisma reads back as it wrote it: the row's instant and fields", async () => {
    const body = await labelledBody(kit);
    const input = {
      organisationId: body.organisationId,
      fromWhom: "Commune de Thiès",
      countryCode: "SN",
      subject: "Appui",
      receivedOn: "2026-03-01",
    };
    const { value } = await declareSolicitation(kit.ctx, body.focal, input);
    const row = await kit.db.solicitation.findUniqueOrThrow({ where: { id: value.solicitationId } });
    expect(row).toMatchObject({ ...input, labelId: body.labelId, declaredById: body.focal.personId });
    expect(row.createdAt).toEqual(kit.clock.now());
    // Prisma's own filter on the instant compares it as a DateTime.
    expect(await kit.db.solicitation.count({ where: { createdAt: { gte: kit.clock.now() } } })).toBe(1);
  });
});

const onSqlite = testDatabaseKind() === "sqlite" ? describe : describe.skip;

onSqlite("inSqlTransaction on SQLite", () => {
  it("sends its statements and the commit to the query log, as Prisma's transaction did", async () => {
    kit.queries.reset();
    await inSqlTransaction(kit.ctx, (tx, now) =>
      recordAudit(tx, kit.daect, now, { entityType: "sql-transaction-test", entityId: "x", action: "log" }),
    );
    expect(kit.queries.statements.map((q) => q.trim().split(/\s/u)[0])).toEqual(["INSERT", "COMMIT"]);
  });

  it("fails a statement with an Error of this realm, a unique constraint with Prisma's code", async () => {
    const insert = (tx: Parameters<typeof executeSql>[0]) =>
      executeSql(
        tx,
        Prisma.sql`INSERT INTO "AuditEvent" ("id", "at", "platform", "entityType", "entityId", "action")
          VALUES ('twice', '2026-03-02T09:00:00.000+00:00', 'cli', 'sql-transaction-test', 'x', 'insert')`,
      );
    const failed = inSqlTransaction(kit.ctx, async (tx) => {
      await insert(tx);
      await insert(tx);
    }).catch((error: unknown) => error);
    const error = await failed;
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).stack).toMatch(/\n\s+at /u);
    expect(isUniqueViolation(error)).toBe(true);
    expect(await auditCount()).toBe(0);
  });
});
