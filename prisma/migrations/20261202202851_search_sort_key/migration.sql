-- AlterTable
ALTER TABLE "SearchDocument" ADD COLUMN "sortKey" BIGINT;


-- Hand-written (lib/search/sort-key.ts): every search row gets its newest-first key, publication
-- second (UTC, 0 when unpublished) times 2^31 plus the article id, the same number sortKeyOf computes.
-- The FTS5 table is rebuilt with that key as its rowid, so the migrated database searches at once.
-- No semicolon in these comments: Prisma splits the script on them.
UPDATE "SearchDocument" SET "sortKey" = (
    SELECT MAX(0, COALESCE(CAST(strftime('%s', a."publishedAt") AS INTEGER), 0)) * 2147483648 + a."id" FROM "Article" a WHERE a."id" = "SearchDocument"."articleId"
);
-- 'delete-all' empties the contentless table outright (DELETE would only add tombstones), 'optimize'
-- merges the new index into one segment.
INSERT INTO "SearchFts" ("SearchFts") VALUES ('delete-all');
INSERT INTO "SearchFts" (rowid, title, standfirst, body) SELECT COALESCE("sortKey", "articleId"), "title", "standfirst", "body" FROM "SearchDocument";
INSERT INTO "SearchFts" ("SearchFts") VALUES ('optimize');
