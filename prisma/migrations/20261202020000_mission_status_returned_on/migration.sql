-- CreateIndex
CREATE INDEX "Mission_status_returnedOn_idx" ON "Mission"("status", "returnedOn");

