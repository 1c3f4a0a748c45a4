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
-- Hand-written (lib/search/engine.ts): GIN indexes over SearchDocument's folded words,
-- with the 'simple' configuration (no stemming: the app folds Arabic itself). One for
-- matching over the whole article, two for ranking (title, and title with standfirst).
CREATE INDEX "SearchDocument_all_fts" ON "SearchDocument" USING GIN (to_tsvector('simple'::regconfig, "title" || ' ' || "standfirst" || ' ' || "body"));
CREATE INDEX "SearchDocument_lead_fts" ON "SearchDocument" USING GIN (to_tsvector('simple'::regconfig, "title" || ' ' || "standfirst"));
CREATE INDEX "SearchDocument_title_fts" ON "SearchDocument" USING GIN (to_tsvector('simple'::regconfig, "title"));
