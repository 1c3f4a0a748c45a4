-- CreateTable
CREATE TABLE "ArticleViewBucket" (
    "articleId" INTEGER NOT NULL,
    "hour" TIMESTAMP(3) NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ArticleViewBucket_pkey" PRIMARY KEY ("articleId","hour")
);

-- CreateTable
CREATE TABLE "BreakingNews" (
    "locale" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "articleId" INTEGER NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedById" INTEGER,

    CONSTRAINT "BreakingNews_pkey" PRIMARY KEY ("locale")
);

-- CreateTable
CREATE TABLE "FrontPagePick" (
    "locale" TEXT NOT NULL,
    "stage" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "articleId" INTEGER NOT NULL,

    CONSTRAINT "FrontPagePick_pkey" PRIMARY KEY ("locale","stage","position")
);

-- CreateIndex
CREATE INDEX "ArticleViewBucket_hour_idx" ON "ArticleViewBucket"("hour");

-- AddForeignKey
ALTER TABLE "ArticleViewBucket" ADD CONSTRAINT "ArticleViewBucket_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BreakingNews" ADD CONSTRAINT "BreakingNews_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FrontPagePick" ADD CONSTRAINT "FrontPagePick_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

