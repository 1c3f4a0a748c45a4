-- CreateTable
CREATE TABLE "SearchDocument" (
    "articleId" INTEGER NOT NULL,
    "locale" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "standfirst" TEXT NOT NULL,
    "body" TEXT NOT NULL,

    CONSTRAINT "SearchDocument_pkey" PRIMARY KEY ("articleId")
);

-- AddForeignKey
ALTER TABLE "SearchDocument" ADD CONSTRAINT "SearchDocument_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- No semicolon in these comments: Prisma splits the script on them.
-- Hand-written (lib/search/engine.ts): the folded words as one stored tsvector, title weighted A,
-- standfirst B, body D, with the 'simple' configuration (no stemming: the app folds Arabic itself),
-- and a GIN index on it. A generated column, not a trigger: PostgreSQL fills it on every insert and
-- update by Prisma or raw SQL. Stored, so matching never recomputes to_tsvector over article bodies.
ALTER TABLE "SearchDocument" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('simple'::regconfig, "title"), 'A') || setweight(to_tsvector('simple'::regconfig, "standfirst"), 'B') || to_tsvector('simple'::regconfig, "body")
) STORED;
CREATE INDEX "SearchDocument_searchVector_idx" ON "SearchDocument" USING GIN ("searchVector");
