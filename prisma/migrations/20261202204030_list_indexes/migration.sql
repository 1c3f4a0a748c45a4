-- CreateIndex
CREATE INDEX "Article_latest_idx" ON "Article"("locale", "publishedAt", "id", "status", "withdrawnAt");

-- CreateIndex
CREATE INDEX "Article_section_list_idx" ON "Article"("locale", "sectionId", "publishedAt", "id", "status", "withdrawnAt");

-- CreateIndex
CREATE INDEX "Article_sitemap_idx" ON "Article"("id", "status", "publishedAt", "withdrawnAt", "updatedAt", "locale", "slug", "translationId");

-- CreateIndex
CREATE INDEX "ArticleAuthor_authorId_articleId_idx" ON "ArticleAuthor"("authorId", "articleId");

-- CreateIndex
CREATE INDEX "ArticleTag_tagId_articleId_idx" ON "ArticleTag"("tagId", "articleId");

