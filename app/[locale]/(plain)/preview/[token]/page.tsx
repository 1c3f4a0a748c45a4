import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getDraftArticle, getDraftEpisode } from "@/lib/data/drafts";
import { plainEdition } from "@/lib/page-params";
import { articleMediaForPreview, episodeMediaForPreview } from "@/lib/media/preview-media";
import { openPreviewLink } from "@/lib/content/preview-links";
import { ArticleScreen } from "@/components/article/article-screen";
import { EpisodeScreen } from "@/components/podcast/episode-screen";
import { PreviewBanner } from "@/components/staff/preview-banner";

type Props = { params: Promise<{ locale: string; token: string }> };

// Each view checks the token (expiry, revocation) and is audited: never cached.
export const dynamic = "force-dynamic";

/**
 * A shareable preview: the draft in the real layout, for someone without an
 * account. Every failure (malformed, tampered, expired, revoked, unknown, or
 * an item since deleted) is the site's ordinary 404.
 */
const load = cache(async (token: string) => {
  const link = await openPreviewLink(decodeURIComponent(token));
  if (!link) return null;
  if (link.type === "article") {
    const article = await getDraftArticle({ id: link.id }, "token");
    return article && ({ kind: "article", article } as const);
  }
  const episode = await getDraftEpisode({ id: link.id });
  return episode && ({ kind: "episode", episode } as const);
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const p = await params;
  plainEdition(p);
  const item = await load(p.token);
  if (!item) return {};
  const title = item.kind === "article" ? item.article.title : item.episode.title;
  return { title, robots: { index: false, follow: false } };
}

export default async function TokenPreviewPage({ params }: Props) {
  const p = await params;
  const { locale } = plainEdition(p);
  const item = await load(p.token);
  if (!item) notFound();
  const banner = <PreviewBanner locale={locale} canExit={false} />;
  // The draft's own media are not public yet: they play for this token only.
  const token = decodeURIComponent(p.token);
  return item.kind === "article" ? (
    <ArticleScreen article={articleMediaForPreview(item.article, token)} locale={item.article.locale} banner={banner} />
  ) : (
    <EpisodeScreen episode={episodeMediaForPreview(item.episode, token)} locale={locale} banner={banner} />
  );
}
