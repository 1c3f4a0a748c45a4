-- CreateTable
CREATE TABLE "ArticleViewBucket" (
    "articleId" INTEGER NOT NULL,
    "hour" DATETIME NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,

    PRIMARY KEY ("articleId", "hour"),
    CONSTRAINT "ArticleViewBucket_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "BreakingNews" (
    "locale" TEXT NOT NULL PRIMARY KEY,
    "text" TEXT NOT NULL,
    "articleId" INTEGER NOT NULL,
    "expiresAt" DATETIME NOT NULL,
    "updatedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedById" INTEGER,
    CONSTRAINT "BreakingNews_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "FrontPagePick" (
    "locale" TEXT NOT NULL,
    "stage" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "articleId" INTEGER NOT NULL,

    PRIMARY KEY ("locale", "stage", "position"),
    CONSTRAINT "FrontPagePick_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "ArticleViewBucket_hour_idx" ON "ArticleViewBucket"("hour");

