import "server-only";
import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/config";
import { getArticleFeed } from "@/lib/data/feeds";
import { paths } from "@/lib/paths";
import { buildArticleFeed, RSS_CONTENT_TYPE } from "./rss";
import { xmlNotFound, xmlResponse } from "./response";

/** The RSS response for an edition (section null) or one of its sections; 404 for an unknown section. */
export async function articleFeedResponse(locale: Locale, sectionSlug: string | null): Promise<Response> {
  const feed = await getArticleFeed(locale, sectionSlug);
  if (!feed) return xmlNotFound();
  const site = await getTranslations({ locale, namespace: "site" });
  const article = await getTranslations({ locale, namespace: "article" });
  const now = new Date();
  const channel = feed.section
    ? {
        title: `${feed.section.name} | ${site("name")}`,
        description: feed.section.description || site("tagline"),
        link: paths.section(locale, feed.section.slug),
        self: paths.sectionFeed(locale, feed.section.slug),
      }
    : { title: site("name"), description: site("tagline"), link: paths.home(locale), self: paths.feed(locale) };
  const xml = buildArticleFeed({ ...channel, language: locale, copyright: site("copyright", { year: now.getFullYear() }), now }, feed.items, feed.related, {
    mayInterest: article("mayInterest"),
    readAlso: article("readAlso"),
    credit: (credit) => article("credit", { credit }),
    audio: (title) => article("audio", { title }),
  });
  return xmlResponse(xml, RSS_CONTENT_TYPE);
}
