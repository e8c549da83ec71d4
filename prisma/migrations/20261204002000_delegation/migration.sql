-- CreateTable
CREATE TABLE "Delegation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "delegatorId" TEXT NOT NULL,
    "delegateId" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "scope" TEXT NOT NULL,
    "fromDate" TEXT NOT NULL,
    "toDate" TEXT NOT NULL,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL,
    "revokedAt" DATETIME,
    "revokedById" TEXT
);

-- CreateIndex
CREATE INDEX "Delegation_delegateId_toDate_idx" ON "Delegation"("delegateId", "toDate");

-- CreateIndex
CREATE INDEX "Delegation_delegatorId_toDate_idx" ON "Delegation"("delegatorId", "toDate");

-- CreateIndex
CREATE INDEX "Delegation_role_scope_toDate_idx" ON "Delegation"("role", "scope", "toDate");
