-- CreateTable
CREATE TABLE "SitemapChunk" (
    "chunk" INTEGER NOT NULL,
    "count" INTEGER NOT NULL,
    "lastmod" TIMESTAMP(3),
    "computedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SitemapChunk_pkey" PRIMARY KEY ("chunk")
);

-- CreateTable
CREATE TABLE "ListCount" (
    "kind" TEXT NOT NULL,
    "refId" INTEGER NOT NULL,
    "locale" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "computedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ListCount_pkey" PRIMARY KEY ("kind","refId","locale")
);


-- Hand-written (lib/sitemaps/chunk-summary.ts computes the same): every chunk of 1000 article ids that holds a
-- public article gets its count and newest change as of now (timestamps are UTC without a zone), so the migrated
-- database's sitemap index is right at once.
INSERT INTO "SitemapChunk" ("chunk", "count", "lastmod", "computedAt")
SELECT ((a."id" - 1) / 1000) + 1, COUNT(*), MAX(GREATEST(a."updatedAt", a."publishedAt")), CURRENT_TIMESTAMP AT TIME ZONE 'UTC'
FROM "Article" a
WHERE a."status" IN ('PUBLISHED', 'SCHEDULED') AND a."publishedAt" <= CURRENT_TIMESTAMP AT TIME ZONE 'UTC' AND a."withdrawnAt" IS NULL
GROUP BY 1;

-- The same for the section, author and tag counts (lib/content/summaries.ts, rebuildListCounts).
INSERT INTO "ListCount" ("kind", "refId", "locale", "count", "computedAt")
SELECT 'section', a."sectionId", a."locale", COUNT(*), CURRENT_TIMESTAMP AT TIME ZONE 'UTC'
FROM "Article" a
WHERE a."status" IN ('PUBLISHED', 'SCHEDULED') AND a."publishedAt" <= CURRENT_TIMESTAMP AT TIME ZONE 'UTC' AND a."withdrawnAt" IS NULL
GROUP BY a."sectionId", a."locale";
INSERT INTO "ListCount" ("kind", "refId", "locale", "count", "computedAt")
SELECT 'author', x."authorId", a."locale", COUNT(*), CURRENT_TIMESTAMP AT TIME ZONE 'UTC'
FROM "ArticleAuthor" x JOIN "Article" a ON a."id" = x."articleId"
WHERE a."status" IN ('PUBLISHED', 'SCHEDULED') AND a."publishedAt" <= CURRENT_TIMESTAMP AT TIME ZONE 'UTC' AND a."withdrawnAt" IS NULL
GROUP BY x."authorId", a."locale";
INSERT INTO "ListCount" ("kind", "refId", "locale", "count", "computedAt")
SELECT 'tag', x."tagId", a."locale", COUNT(*), CURRENT_TIMESTAMP AT TIME ZONE 'UTC'
FROM "ArticleTag" x JOIN "Article" a ON a."id" = x."articleId"
WHERE a."status" IN ('PUBLISHED', 'SCHEDULED') AND a."publishedAt" <= CURRENT_TIMESTAMP AT TIME ZONE 'UTC' AND a."withdrawnAt" IS NULL
GROUP BY x."tagId", a."locale";
