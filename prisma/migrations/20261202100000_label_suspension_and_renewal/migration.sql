-- AlterTable
ALTER TABLE "Label" ADD COLUMN "suspendedAt" DATETIME;
ALTER TABLE "Label" ADD COLUMN "suspendedById" TEXT;
ALTER TABLE "Label" ADD COLUMN "suspendedReason" TEXT;
ALTER TABLE "Label" ADD COLUMN "suspendedUntil" DATETIME;

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Application" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organisationId" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "basis" TEXT NOT NULL,
    "competenceScope" TEXT NOT NULL,
    "competences" TEXT NOT NULL,
    "themes" TEXT NOT NULL,
    "commitmentAccepted" BOOLEAN NOT NULL,
    "submittedById" TEXT NOT NULL,
    "submittedAt" DATETIME NOT NULL,
    "recommendation" TEXT,
    "recommendationComment" TEXT,
    "recommendedById" TEXT,
    "recommendedAt" DATETIME,
    "decidedById" TEXT,
    "decidedAt" DATETIME,
    "decisionReason" TEXT,
    "renewalOfLabelId" TEXT,
    CONSTRAINT "Application_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Application_renewalOfLabelId_fkey" FOREIGN KEY ("renewalOfLabelId") REFERENCES "Label" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Application" ("basis", "commitmentAccepted", "competenceScope", "competences", "decidedAt", "decidedById", "decisionReason", "id", "organisationId", "recommendation", "recommendationComment", "recommendedAt", "recommendedById", "status", "submittedAt", "submittedById", "themes") SELECT "basis", "commitmentAccepted", "competenceScope", "competences", "decidedAt", "decidedById", "decisionReason", "id", "organisationId", "recommendation", "recommendationComment", "recommendedAt", "recommendedById", "status", "submittedAt", "submittedById", "themes" FROM "Application";
DROP TABLE "Application";
ALTER TABLE "new_Application" RENAME TO "Application";
CREATE INDEX "Application_organisationId_status_idx" ON "Application"("organisationId", "status");
CREATE INDEX "Application_status_idx" ON "Application"("status");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

