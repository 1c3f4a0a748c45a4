-- AlterTable
ALTER TABLE "Article" ADD COLUMN "createdById" INTEGER;

-- AlterTable
ALTER TABLE "StaffUser" ADD COLUMN "disabledAt" DATETIME;
ALTER TABLE "StaffUser" ADD COLUMN "lastSignInAt" DATETIME;

-- CreateTable
CREATE TABLE "StaffPasswordToken" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" INTEGER NOT NULL,
    "purpose" TEXT NOT NULL,
    "expiresAt" DATETIME NOT NULL,
    "usedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" INTEGER
);

-- CreateIndex
CREATE INDEX "StaffPasswordToken_userId_idx" ON "StaffPasswordToken"("userId");

