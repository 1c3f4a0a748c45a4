-- CreateIndex
CREATE INDEX "Article_search_visibility_idx" ON "Article"("id", "locale", "status", "publishedAt", "withdrawnAt");

