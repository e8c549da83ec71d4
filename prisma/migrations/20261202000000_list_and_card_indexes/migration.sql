-- Lists page open missions by start date then id: with the id in the index, a page is an index range read in
-- order instead of every file of a state sorted (DAECT's App Home over 1 000 missions).
-- DropIndex
DROP INDEX "Mission_status_startDate_idx";

-- CreateIndex
CREATE INDEX "Mission_status_startDate_id_idx" ON "Mission"("status", "startDate", "id");

-- After an embassy decision, the posted copies of the mission's card are looked up by mission and kind: without
-- an index that read scans the whole outbox, which grows with every notification.
-- CreateIndex
CREATE INDEX "Outbox_missionId_kind_idx" ON "Outbox"("missionId", "kind");
