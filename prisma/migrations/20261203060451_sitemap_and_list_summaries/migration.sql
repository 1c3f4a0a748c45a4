-- CreateTable
CREATE TABLE "SitemapChunk" (
    "chunk" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "count" INTEGER NOT NULL,
    "lastmod" DATETIME,
    "computedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "ListCount" (
    "kind" TEXT NOT NULL,
    "refId" INTEGER NOT NULL,
    "locale" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "computedAt" DATETIME NOT NULL,

    PRIMARY KEY ("kind", "refId", "locale")
);


-- Hand-written (lib/sitemaps/chunk-summary.ts computes the same): every chunk of 1000 article ids that holds a
-- public article gets its count and newest change as of now, so the migrated database's sitemap index is right at once.
-- Dates are stored as ISO text here (the same format as strftime below). No semicolon in these comments: Prisma splits on them.
INSERT INTO "SitemapChunk" ("chunk", "count", "lastmod", "computedAt")
SELECT ((a."id" - 1) / 1000) + 1, COUNT(*), MAX(MAX(a."updatedAt", a."publishedAt")), strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')
FROM "Article" a INDEXED BY "Article_sitemap_idx"
WHERE a."status" IN ('PUBLISHED', 'SCHEDULED') AND a."publishedAt" <= strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now') AND a."withdrawnAt" IS NULL
GROUP BY 1;

-- The same for the section, author and tag counts (lib/content/summaries.ts, rebuildListCounts).
INSERT INTO "ListCount" ("kind", "refId", "locale", "count", "computedAt")
SELECT 'section', a."sectionId", a."locale", COUNT(*), strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')
FROM "Article" a
WHERE a."status" IN ('PUBLISHED', 'SCHEDULED') AND a."publishedAt" <= strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now') AND a."withdrawnAt" IS NULL
GROUP BY a."sectionId", a."locale";
INSERT INTO "ListCount" ("kind", "refId", "locale", "count", "computedAt")
SELECT 'author', x."authorId", a."locale", COUNT(*), strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')
FROM "ArticleAuthor" x JOIN "Article" a ON a."id" = x."articleId"
WHERE a."status" IN ('PUBLISHED', 'SCHEDULED') AND a."publishedAt" <= strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now') AND a."withdrawnAt" IS NULL
GROUP BY x."authorId", a."locale";
INSERT INTO "ListCount" ("kind", "refId", "locale", "count", "computedAt")
SELECT 'tag', x."tagId", a."locale", COUNT(*), strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')
FROM "ArticleTag" x JOIN "Article" a ON a."id" = x."articleId"
WHERE a."status" IN ('PUBLISHED', 'SCHEDULED') AND a."publishedAt" <= strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now') AND a."withdrawnAt" IS NULL
GROUP BY x."tagId", a."locale";
