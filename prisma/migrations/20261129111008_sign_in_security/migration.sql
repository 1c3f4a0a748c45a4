-- AlterTable
ALTER TABLE "PreviewToken" ADD COLUMN "lastAuditAt" DATETIME;

-- DropTable
PRAGMA foreign_keys=off;
DROP TABLE "LoginAttempt";
PRAGMA foreign_keys=on;

-- CreateTable
CREATE TABLE "LoginSlot" (
    "key" TEXT NOT NULL,
    "slot" INTEGER NOT NULL,
    "usedAt" DATETIME NOT NULL,

    PRIMARY KEY ("key", "slot")
);

-- CreateTable
CREATE TABLE "LoginBudget" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "windowStart" DATETIME NOT NULL,
    "used" INTEGER NOT NULL
);

-- CreateTable
CREATE TABLE "SignInEvent" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "kind" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "userId" INTEGER,
    "address" TEXT NOT NULL
);

-- CreateIndex
CREATE INDEX "LoginSlot_usedAt_idx" ON "LoginSlot"("usedAt");

-- CreateIndex
CREATE INDEX "SignInEvent_at_idx" ON "SignInEvent"("at");

