-- AlterTable
ALTER TABLE "SearchDocument" ADD COLUMN     "sortKey" BIGINT;


-- Hand-written (lib/search/sort-key.ts): every search row gets its newest-first key, publication
-- second (UTC, 0 when unpublished) times 2^31 plus the article id, the same number sortKeyOf computes.
-- No semicolon in these comments: Prisma splits the script on them.
UPDATE "SearchDocument" d SET "sortKey" = GREATEST(0, COALESCE(FLOOR(EXTRACT(EPOCH FROM a."publishedAt")), 0))::bigint * 2147483648 + a."id"
FROM "Article" a WHERE a."id" = d."articleId";

-- Hand-written (lib/search/engine.ts): the sort key walked newest-first when a tier has many matches,
-- and GIN indexes on the title and on title with standfirst, the expressions the title and lead tiers
-- match (the weighted lexemes of "searchVector" cannot be told apart by its GIN index, and its
-- statistics are the whole document's). ANALYZE gathers the expressions' statistics at once.
CREATE INDEX "SearchDocument_sortKey_idx" ON "SearchDocument" ("sortKey");
CREATE INDEX "SearchDocument_title_idx" ON "SearchDocument" USING GIN (to_tsvector('simple'::regconfig, "title"));
CREATE INDEX "SearchDocument_lead_idx" ON "SearchDocument" USING GIN (to_tsvector('simple'::regconfig, "title" || ' ' || "standfirst"));
ANALYZE "SearchDocument";
