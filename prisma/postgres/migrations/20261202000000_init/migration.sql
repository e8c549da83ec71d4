-- CreateTable
CREATE TABLE "Organisation" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Organisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Person" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "function" TEXT,
    "qualifications" TEXT,
    "category" TEXT,
    "organisationId" TEXT,
    "locale" TEXT NOT NULL DEFAULT 'fr',
    "timeZone" TEXT,
    "preferredChannel" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "erasedAt" TIMESTAMP(3),

    CONSTRAINT "Person_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RoleAssignment" (
    "id" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "scope" TEXT NOT NULL DEFAULT '',
    "organisationId" TEXT,
    "grantedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RoleAssignment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Embassy" (
    "id" TEXT NOT NULL,
    "countryCode" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Embassy_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Application" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "basis" TEXT NOT NULL,
    "competenceScope" TEXT NOT NULL,
    "competences" TEXT NOT NULL,
    "themes" TEXT NOT NULL,
    "commitmentAccepted" BOOLEAN NOT NULL,
    "submittedById" TEXT NOT NULL,
    "submittedAt" TIMESTAMP(3) NOT NULL,
    "recommendation" TEXT,
    "recommendationComment" TEXT,
    "recommendedById" TEXT,
    "recommendedAt" TIMESTAMP(3),
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "decisionReason" TEXT,
    "renewalOfLabelId" TEXT,

    CONSTRAINT "Application_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApplicationExpert" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT,
    "function" TEXT NOT NULL,
    "qualifications" TEXT NOT NULL,
    "category" TEXT NOT NULL,

    CONSTRAINT "ApplicationExpert_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Label" (
    "id" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "applicationId" TEXT,
    "source" TEXT NOT NULL DEFAULT 'expect',
    "status" TEXT NOT NULL,
    "competences" TEXT NOT NULL,
    "themes" TEXT NOT NULL,
    "validFrom" TIMESTAMP(3) NOT NULL,
    "validUntil" TIMESTAMP(3) NOT NULL,
    "revokedAt" TIMESTAMP(3),
    "revokedById" TEXT,
    "revokedReason" TEXT,
    "suspendedAt" TIMESTAMP(3),
    "suspendedUntil" TIMESTAMP(3),
    "suspendedById" TEXT,
    "suspendedReason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Label_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Solicitation" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "labelId" TEXT,
    "fromWhom" TEXT NOT NULL,
    "countryCode" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "receivedOn" TEXT NOT NULL,
    "declaredById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Solicitation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Mission" (
    "id" TEXT NOT NULL,
    "reference" TEXT NOT NULL,
    "labelId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "countryCode" TEXT NOT NULL,
    "foreignPartner" TEXT NOT NULL,
    "nature" TEXT NOT NULL,
    "natureDetail" TEXT,
    "expectedResult" TEXT NOT NULL,
    "followUp" TEXT,
    "transportCostCents" INTEGER NOT NULL DEFAULT 0,
    "stayCostBearer" TEXT,
    "status" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,
    "startDate" TEXT NOT NULL,
    "endDate" TEXT NOT NULL,
    "returnedOn" TEXT,
    "reportDeadline" TEXT,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Mission_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MissionLeg" (
    "id" TEXT NOT NULL,
    "missionId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "startDate" TEXT NOT NULL,
    "endDate" TEXT NOT NULL,
    "peopleCount" INTEGER NOT NULL,
    "place" TEXT,

    CONSTRAINT "MissionLeg_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MissionMissionary" (
    "missionId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,

    CONSTRAINT "MissionMissionary_pkey" PRIMARY KEY ("missionId","personId")
);

-- CreateTable
CREATE TABLE "EmbassyDecision" (
    "id" TEXT NOT NULL,
    "missionId" TEXT NOT NULL,
    "round" INTEGER NOT NULL,
    "decision" TEXT NOT NULL,
    "comment" TEXT,
    "decidedById" TEXT NOT NULL,
    "platform" TEXT NOT NULL,
    "decidedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "EmbassyDecision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Report" (
    "id" TEXT NOT NULL,
    "missionId" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "objectAccount" TEXT NOT NULL,
    "complementaryAction" BOOLEAN NOT NULL,
    "complementaryDetail" TEXT,
    "longTermCooperation" BOOLEAN NOT NULL,
    "cooperationDetail" TEXT,
    "submittedById" TEXT NOT NULL,
    "submittedAt" TIMESTAMP(3) NOT NULL,
    "late" BOOLEAN NOT NULL DEFAULT false,
    "reviewedById" TEXT,
    "reviewedAt" TIMESTAMP(3),
    "reviewComment" TEXT,
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Report_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Reimbursement" (
    "id" TEXT NOT NULL,
    "missionId" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "amountCents" INTEGER NOT NULL,
    "requestedById" TEXT NOT NULL,
    "requestedAt" TIMESTAMP(3) NOT NULL,
    "settledById" TEXT,
    "settledAt" TIMESTAMP(3),
    "note" TEXT,

    CONSTRAINT "Reimbursement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ExtensionRequest" (
    "id" TEXT NOT NULL,
    "missionId" TEXT NOT NULL,
    "requestedById" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "previousDeadline" TEXT NOT NULL,
    "grantedDeadline" TEXT,
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "decisionComment" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ExtensionRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Attachment" (
    "id" TEXT NOT NULL,
    "caseKind" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "storageKey" TEXT NOT NULL,
    "addedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Attachment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CommitteeTie" (
    "id" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "organisationId" TEXT,
    "declaredAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CommitteeTie_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CommitteeOpinion" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "opinion" TEXT NOT NULL,
    "comment" TEXT,
    "at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CommitteeOpinion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChangeRequest" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "comment" TEXT NOT NULL,
    "requestedById" TEXT NOT NULL,
    "requestedAt" TIMESTAMP(3) NOT NULL,
    "resubmittedAt" TIMESTAMP(3),
    "changedFields" TEXT,

    CONSTRAINT "ChangeRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Delegation" (
    "id" TEXT NOT NULL,
    "delegatorId" TEXT NOT NULL,
    "delegateId" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "scope" TEXT NOT NULL,
    "fromDate" TEXT NOT NULL,
    "toDate" TEXT NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "revokedAt" TIMESTAMP(3),
    "revokedById" TEXT,

    CONSTRAINT "Delegation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,
    "actorId" TEXT,
    "platform" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "fromState" TEXT,
    "toState" TEXT,
    "data" TEXT,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Outbox" (
    "id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "recipientId" TEXT,
    "channel" TEXT,
    "missionId" TEXT,
    "payload" TEXT NOT NULL,
    "dedupeKey" TEXT,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMP(3) NOT NULL,
    "claimedUntil" TIMESTAMP(3),
    "claimedBy" TEXT,
    "lastError" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "sentAt" TIMESTAMP(3),
    "sentVia" TEXT,

    CONSTRAINT "Outbox_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Reminder" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "missionId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "recipientId" TEXT,
    "claimedAt" TIMESTAMP(3) NOT NULL,
    "outboxId" TEXT,

    CONSTRAINT "Reminder_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Snooze" (
    "missionId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "until" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Snooze_pkey" PRIMARY KEY ("missionId","personId")
);

-- CreateTable
CREATE TABLE "SlackAccount" (
    "slackUserId" TEXT NOT NULL,
    "slackTeamId" TEXT,
    "personId" TEXT NOT NULL,
    "linkedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SlackAccount_pkey" PRIMARY KEY ("slackUserId")
);

-- CreateTable
CREATE TABLE "SlackPostedMessage" (
    "applicationId" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "ts" TEXT NOT NULL,
    "postedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SlackPostedMessage_pkey" PRIMARY KEY ("applicationId")
);

-- CreateTable
CREATE TABLE "TeamsAccount" (
    "teamsUserId" TEXT NOT NULL,
    "aadObjectId" TEXT,
    "personId" TEXT NOT NULL,
    "linkedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TeamsAccount_pkey" PRIMARY KEY ("teamsUserId")
);

-- CreateTable
CREATE TABLE "TeamsConversation" (
    "id" TEXT NOT NULL,
    "conversationId" TEXT NOT NULL,
    "personId" TEXT,
    "embassyCountry" TEXT,
    "serviceUrl" TEXT NOT NULL,
    "tenantId" TEXT,
    "botId" TEXT,
    "kind" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'active',
    "lastError" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TeamsConversation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TeamsPostedCard" (
    "id" TEXT NOT NULL,
    "missionId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "conversationId" TEXT NOT NULL,
    "activityId" TEXT NOT NULL,
    "postedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TeamsPostedCard_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Lease" (
    "name" TEXT NOT NULL,
    "holder" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Lease_pkey" PRIMARY KEY ("name")
);

-- CreateTable
CREATE TABLE "Counter" (
    "name" TEXT NOT NULL,
    "value" INTEGER NOT NULL,

    CONSTRAINT "Counter_pkey" PRIMARY KEY ("name")
);

-- CreateIndex
CREATE UNIQUE INDEX "Organisation_name_key" ON "Organisation"("name");

-- CreateIndex
CREATE UNIQUE INDEX "Person_email_key" ON "Person"("email");

-- CreateIndex
CREATE INDEX "RoleAssignment_role_scope_idx" ON "RoleAssignment"("role", "scope");

-- CreateIndex
CREATE UNIQUE INDEX "RoleAssignment_personId_role_scope_key" ON "RoleAssignment"("personId", "role", "scope");

-- CreateIndex
CREATE UNIQUE INDEX "Embassy_countryCode_key" ON "Embassy"("countryCode");

-- CreateIndex
CREATE INDEX "Application_organisationId_status_idx" ON "Application"("organisationId", "status");

-- CreateIndex
CREATE INDEX "Application_status_idx" ON "Application"("status");

-- CreateIndex
CREATE UNIQUE INDEX "Label_number_key" ON "Label"("number");

-- CreateIndex
CREATE UNIQUE INDEX "Label_applicationId_key" ON "Label"("applicationId");

-- CreateIndex
CREATE INDEX "Label_organisationId_status_idx" ON "Label"("organisationId", "status");

-- CreateIndex
CREATE INDEX "Label_status_validUntil_idx" ON "Label"("status", "validUntil");

-- CreateIndex
CREATE UNIQUE INDEX "Mission_reference_key" ON "Mission"("reference");

-- CreateIndex
CREATE INDEX "Mission_status_endDate_idx" ON "Mission"("status", "endDate");

-- CreateIndex
CREATE INDEX "Mission_status_reportDeadline_idx" ON "Mission"("status", "reportDeadline");

-- CreateIndex
CREATE INDEX "Mission_status_startDate_id_idx" ON "Mission"("status", "startDate", "id");

-- CreateIndex
CREATE INDEX "Mission_status_returnedOn_idx" ON "Mission"("status", "returnedOn");

-- CreateIndex
CREATE INDEX "Mission_organisationId_idx" ON "Mission"("organisationId");

-- CreateIndex
CREATE INDEX "Mission_countryCode_status_idx" ON "Mission"("countryCode", "status");

-- CreateIndex
CREATE INDEX "MissionMissionary_personId_idx" ON "MissionMissionary"("personId");

-- CreateIndex
CREATE UNIQUE INDEX "EmbassyDecision_missionId_round_key" ON "EmbassyDecision"("missionId", "round");

-- CreateIndex
CREATE UNIQUE INDEX "Report_missionId_key" ON "Report"("missionId");

-- CreateIndex
CREATE UNIQUE INDEX "Reimbursement_missionId_key" ON "Reimbursement"("missionId");

-- CreateIndex
CREATE INDEX "ExtensionRequest_missionId_status_idx" ON "ExtensionRequest"("missionId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Attachment_storageKey_key" ON "Attachment"("storageKey");

-- CreateIndex
CREATE INDEX "Attachment_caseKind_caseId_idx" ON "Attachment"("caseKind", "caseId");

-- CreateIndex
CREATE INDEX "CommitteeTie_personId_idx" ON "CommitteeTie"("personId");

-- CreateIndex
CREATE INDEX "CommitteeTie_organisationId_idx" ON "CommitteeTie"("organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "CommitteeOpinion_applicationId_personId_key" ON "CommitteeOpinion"("applicationId", "personId");

-- CreateIndex
CREATE INDEX "ChangeRequest_applicationId_requestedAt_idx" ON "ChangeRequest"("applicationId", "requestedAt");

-- CreateIndex
CREATE INDEX "Delegation_delegateId_toDate_idx" ON "Delegation"("delegateId", "toDate");

-- CreateIndex
CREATE INDEX "Delegation_delegatorId_toDate_idx" ON "Delegation"("delegatorId", "toDate");

-- CreateIndex
CREATE INDEX "Delegation_role_scope_toDate_idx" ON "Delegation"("role", "scope", "toDate");

-- CreateIndex
CREATE INDEX "AuditEvent_entityType_entityId_at_idx" ON "AuditEvent"("entityType", "entityId", "at");

-- CreateIndex
CREATE UNIQUE INDEX "Outbox_dedupeKey_key" ON "Outbox"("dedupeKey");

-- CreateIndex
CREATE INDEX "Outbox_status_nextAttemptAt_idx" ON "Outbox"("status", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "Outbox_missionId_kind_idx" ON "Outbox"("missionId", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "Reminder_key_key" ON "Reminder"("key");

-- CreateIndex
CREATE INDEX "Reminder_missionId_idx" ON "Reminder"("missionId");

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

-- AddForeignKey
ALTER TABLE "Person" ADD CONSTRAINT "Person_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoleAssignment" ADD CONSTRAINT "RoleAssignment_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoleAssignment" ADD CONSTRAINT "RoleAssignment_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_renewalOfLabelId_fkey" FOREIGN KEY ("renewalOfLabelId") REFERENCES "Label"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApplicationExpert" ADD CONSTRAINT "ApplicationExpert_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Label" ADD CONSTRAINT "Label_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Label" ADD CONSTRAINT "Label_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Solicitation" ADD CONSTRAINT "Solicitation_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Solicitation" ADD CONSTRAINT "Solicitation_labelId_fkey" FOREIGN KEY ("labelId") REFERENCES "Label"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Mission" ADD CONSTRAINT "Mission_labelId_fkey" FOREIGN KEY ("labelId") REFERENCES "Label"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Mission" ADD CONSTRAINT "Mission_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MissionLeg" ADD CONSTRAINT "MissionLeg_missionId_fkey" FOREIGN KEY ("missionId") REFERENCES "Mission"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MissionMissionary" ADD CONSTRAINT "MissionMissionary_missionId_fkey" FOREIGN KEY ("missionId") REFERENCES "Mission"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MissionMissionary" ADD CONSTRAINT "MissionMissionary_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EmbassyDecision" ADD CONSTRAINT "EmbassyDecision_missionId_fkey" FOREIGN KEY ("missionId") REFERENCES "Mission"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Report" ADD CONSTRAINT "Report_missionId_fkey" FOREIGN KEY ("missionId") REFERENCES "Mission"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Reimbursement" ADD CONSTRAINT "Reimbursement_missionId_fkey" FOREIGN KEY ("missionId") REFERENCES "Mission"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExtensionRequest" ADD CONSTRAINT "ExtensionRequest_missionId_fkey" FOREIGN KEY ("missionId") REFERENCES "Mission"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SlackAccount" ADD CONSTRAINT "SlackAccount_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TeamsAccount" ADD CONSTRAINT "TeamsAccount_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TeamsConversation" ADD CONSTRAINT "TeamsConversation_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

