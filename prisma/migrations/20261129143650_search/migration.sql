-- CreateTable
CREATE TABLE "SearchDocument" (
    "articleId" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "locale" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "standfirst" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    CONSTRAINT "SearchDocument_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);


-- Hand-written (lib/search/engine.ts): the full-text index over SearchDocument's folded
-- words. Contentless (the words live in SearchDocument), rows deleted by rowid = articleId.
-- Written by the app in the article's transaction: no trigger (a table-rebuilding
-- migration would drop it silently). The app folds Arabic itself, so the tokenizer only
-- splits on spaces and must not strip anything more.
CREATE VIRTUAL TABLE "SearchFts" USING fts5(
    title, standfirst, body,
    content = '', contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 0'
);
