-- CreateTable
CREATE TABLE "CommitteeTie" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "personId" TEXT NOT NULL,
    "organisationId" TEXT,
    "declaredAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "CommitteeOpinion" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "applicationId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "opinion" TEXT NOT NULL,
    "comment" TEXT,
    "at" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "ChangeRequest" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "applicationId" TEXT NOT NULL,
    "comment" TEXT NOT NULL,
    "requestedById" TEXT NOT NULL,
    "requestedAt" DATETIME NOT NULL,
    "resubmittedAt" DATETIME,
    "changedFields" TEXT
);

-- CreateIndex
CREATE INDEX "CommitteeTie_personId_idx" ON "CommitteeTie"("personId");

-- CreateIndex
CREATE INDEX "CommitteeTie_organisationId_idx" ON "CommitteeTie"("organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "CommitteeOpinion_applicationId_personId_key" ON "CommitteeOpinion"("applicationId", "personId");

-- CreateIndex
CREATE INDEX "ChangeRequest_applicationId_requestedAt_idx" ON "ChangeRequest"("applicationId", "requestedAt");
