-- Each surface owns its platform's data (issue 9): Slack and Teams accounts, Teams conversations and the posted
-- messages a surface updates in place move from Person, Application, Outbox and ConversationRef to tables that only
-- src/slack/store and src/teams/store read and write. Person gains the preferred delivery channel.

-- CreateTable
CREATE TABLE "SlackAccount" (
    "slackUserId" TEXT NOT NULL PRIMARY KEY,
    "slackTeamId" TEXT,
    "personId" TEXT NOT NULL,
    "linkedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "SlackAccount_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SlackPostedMessage" (
    "applicationId" TEXT NOT NULL PRIMARY KEY,
    "channel" TEXT NOT NULL,
    "ts" TEXT NOT NULL,
    "postedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "TeamsAccount" (
    "teamsUserId" TEXT NOT NULL PRIMARY KEY,
    "aadObjectId" TEXT,
    "personId" TEXT NOT NULL,
    "linkedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "TeamsAccount_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "TeamsConversation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "conversationId" TEXT NOT NULL,
    "personId" TEXT,
    "embassyCountry" TEXT,
    "serviceUrl" TEXT NOT NULL,
    "tenantId" TEXT,
    "botId" TEXT,
    "kind" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'active',
    "lastError" TEXT,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "TeamsConversation_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "TeamsPostedCard" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "missionId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "conversationId" TEXT NOT NULL,
    "activityId" TEXT NOT NULL,
    "postedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE UNIQUE INDEX "SlackAccount_personId_key" ON "SlackAccount"("personId");

-- CreateIndex
CREATE UNIQUE INDEX "TeamsAccount_personId_key" ON "TeamsAccount"("personId");

-- CreateIndex
CREATE UNIQUE INDEX "TeamsConversation_conversationId_key" ON "TeamsConversation"("conversationId");

-- CreateIndex
CREATE INDEX "TeamsConversation_personId_idx" ON "TeamsConversation"("personId");

-- CreateIndex
CREATE INDEX "TeamsConversation_embassyCountry_idx" ON "TeamsConversation"("embassyCountry");

-- CreateIndex
CREATE INDEX "TeamsPostedCard_missionId_kind_idx" ON "TeamsPostedCard"("missionId", "kind");


-- Move the platforms' addresses and posted messages out of the core's tables, before those lose their columns.
INSERT INTO "SlackAccount" ("slackUserId", "slackTeamId", "personId")
SELECT "slackUserId", "slackTeamId", "id" FROM "Person" WHERE "slackUserId" IS NOT NULL;

INSERT INTO "TeamsAccount" ("teamsUserId", "aadObjectId", "personId")
SELECT "teamsUserId", "teamsAadId", "id" FROM "Person" WHERE "teamsUserId" IS NOT NULL;

INSERT INTO "TeamsConversation" ("id", "conversationId", "personId", "embassyCountry", "serviceUrl", "tenantId", "botId", "kind", "status", "lastError", "updatedAt")
SELECT "id", "conversationId", "personId", "embassyCountry", "serviceUrl", "tenantId", "botId", "kind", "status", "lastError", "updatedAt"
FROM "ConversationRef" WHERE "platform" = 'teams';

-- committeeMessageRef was "slack:<channel>:<ts>" (a channel id has no colon).
INSERT INTO "SlackPostedMessage" ("applicationId", "channel", "ts")
SELECT "id", substr("committeeMessageRef", 7, instr(substr("committeeMessageRef", 7), ':') - 1),
  substr("committeeMessageRef", 7 + instr(substr("committeeMessageRef", 7), ':'))
FROM "Application" WHERE "committeeMessageRef" LIKE 'slack:%:%';

-- A Teams deliveryRef was "teams:" and a JSON array of [conversationId, activityId], one pair per posted copy.
-- SQLite's json_each reads it (PostgreSQL: jsonb_array_elements); the id is derived, so a row is moved once.
INSERT INTO "TeamsPostedCard" ("id", "missionId", "kind", "conversationId", "activityId", "postedAt")
SELECT o."id" || '-' || j."key", o."missionId", o."kind", json_extract(j."value", '$[0]'), json_extract(j."value", '$[1]'),
  COALESCE(o."sentAt", o."createdAt")
FROM "Outbox" o, json_each(substr(o."deliveryRef", 7)) j
WHERE o."deliveryRef" LIKE 'teams:[%' AND json_valid(substr(o."deliveryRef", 7)) AND o."missionId" IS NOT NULL
  AND json_extract(j."value", '$[0]') IS NOT NULL AND json_extract(j."value", '$[1]') IS NOT NULL;

-- DropTable
DROP INDEX "ConversationRef_personId_idx";
DROP INDEX "ConversationRef_platform_conversationId_key";
PRAGMA foreign_keys=off;
DROP TABLE "ConversationRef";
PRAGMA foreign_keys=on;

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Person" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "function" TEXT,
    "qualifications" TEXT,
    "category" TEXT,
    "organisationId" TEXT,
    "locale" TEXT NOT NULL DEFAULT 'fr',
    "timeZone" TEXT,
    "preferredChannel" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Person_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Person" ("category", "createdAt", "email", "function", "id", "locale", "name", "organisationId", "qualifications", "timeZone") SELECT "category", "createdAt", "email", "function", "id", "locale", "name", "organisationId", "qualifications", "timeZone" FROM "Person";
DROP TABLE "Person";
ALTER TABLE "new_Person" RENAME TO "Person";
CREATE UNIQUE INDEX "Person_email_key" ON "Person"("email");
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
    CONSTRAINT "Application_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Application" ("basis", "commitmentAccepted", "competenceScope", "competences", "decidedAt", "decidedById", "decisionReason", "id", "organisationId", "recommendation", "recommendationComment", "recommendedAt", "recommendedById", "status", "submittedAt", "submittedById", "themes") SELECT "basis", "commitmentAccepted", "competenceScope", "competences", "decidedAt", "decidedById", "decisionReason", "id", "organisationId", "recommendation", "recommendationComment", "recommendedAt", "recommendedById", "status", "submittedAt", "submittedById", "themes" FROM "Application";
DROP TABLE "Application";
ALTER TABLE "new_Application" RENAME TO "Application";
CREATE INDEX "Application_organisationId_status_idx" ON "Application"("organisationId", "status");
CREATE INDEX "Application_status_idx" ON "Application"("status");
CREATE TABLE "new_Outbox" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "recipientId" TEXT,
    "channel" TEXT,
    "missionId" TEXT,
    "payload" TEXT NOT NULL,
    "dedupeKey" TEXT,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" DATETIME NOT NULL,
    "claimedUntil" DATETIME,
    "claimedBy" TEXT,
    "lastError" TEXT,
    "createdAt" DATETIME NOT NULL,
    "sentAt" DATETIME,
    "sentVia" TEXT
);
-- The old deliveryRef was "<platform>:<reference>": its platform is the channel that sent the row.
INSERT INTO "new_Outbox" ("attempts", "channel", "claimedBy", "claimedUntil", "createdAt", "dedupeKey", "id", "kind", "lastError", "missionId", "nextAttemptAt", "payload", "recipientId", "sentAt", "status", "sentVia") SELECT "attempts", "channel", "claimedBy", "claimedUntil", "createdAt", "dedupeKey", "id", "kind", "lastError", "missionId", "nextAttemptAt", "payload", "recipientId", "sentAt", "status", CASE WHEN "deliveryRef" LIKE '%:%' THEN substr("deliveryRef", 1, instr("deliveryRef", ':') - 1) END FROM "Outbox";
DROP TABLE "Outbox";
ALTER TABLE "new_Outbox" RENAME TO "Outbox";
CREATE UNIQUE INDEX "Outbox_dedupeKey_key" ON "Outbox"("dedupeKey");
CREATE INDEX "Outbox_status_nextAttemptAt_idx" ON "Outbox"("status", "nextAttemptAt");
CREATE INDEX "Outbox_missionId_kind_idx" ON "Outbox"("missionId", "kind");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

