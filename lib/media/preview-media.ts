import type { Block } from "@/lib/blocks";
import { MEDIA_PREFIX } from "./paths";

/**
 * Media on a shareable preview (/preview/<token>): the draft's own files are
 * not public yet, so the page names them with the token as a query
 * (`?preview=<token>`), and the media route serves a file to that token only
 * when the token's item uses it (privately, never cached).
 */
export const PREVIEW_PARAM = "preview";

/** A site media URL with the preview token; any other URL unchanged. */
export function withPreviewToken(url: string, token: string): string {
  return url.startsWith(MEDIA_PREFIX) && !url.includes("?") ? `${url}?${PREVIEW_PARAM}=${encodeURIComponent(token)}` : url;
}

/** An article view whose hero and body media carry the token. */
export function articleMediaForPreview<T extends { hero: { url: string } | null; body: Block[] }>(article: T, token: string): T {
  return {
    ...article,
    hero: article.hero && { ...article.hero, url: withPreviewToken(article.hero.url, token) },
    body: article.body.map((block) =>
      block.type === "image"
        ? { ...block, url: withPreviewToken(block.url, token) }
        : block.type === "audio"
          ? { ...block, src: withPreviewToken(block.src, token) }
          : block,
    ),
  };
}

/** An episode view whose audio carries the token. */
export function episodeMediaForPreview<T extends { audio: { url: string } }>(episode: T, token: string): T {
  return { ...episode, audio: { ...episode.audio, url: withPreviewToken(episode.audio.url, token) } };
}
