-- CreateTable
CREATE TABLE "Revision" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "itemType" TEXT NOT NULL,
    "itemId" INTEGER NOT NULL,
    "state" TEXT NOT NULL,
    "pendingKey" TEXT,
    "data" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "restoredFromId" INTEGER,
    "createdById" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedById" INTEGER,
    "updatedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "publishedById" INTEGER,
    "publishedAt" DATETIME
);

-- CreateIndex
CREATE UNIQUE INDEX "Revision_pendingKey_key" ON "Revision"("pendingKey");

-- CreateIndex
CREATE INDEX "Revision_itemType_itemId_state_idx" ON "Revision"("itemType", "itemId", "state");

