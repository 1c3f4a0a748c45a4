/** Route factories: the section, author and tag pages (and their /p/<n> pages) are one page built here. */
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { WithContext, Thing } from "schema-dts";
import { otherLocale } from "@/i18n/config";
import { getAuthorPage, getSectionPage, getTagPage } from "@/lib/data/lists";
import { edition, numberParam, slugParam } from "@/lib/page-params";
import { paths } from "@/lib/paths";
import { editionPageMetadata, pageMetadata } from "@/lib/seo/metadata";
import { seoContext } from "@/lib/seo/page-context";
import { breadcrumbs, profilePage } from "@/lib/seo/structured-data";
import { JsonLd } from "@/components/seo/json-ld";
import { ArticleListPage } from "@/components/section/article-list-page";

/**
 * Section, author and tag pages share one shape: /kind/slug and its page N
 * (reached as ?page=N, mapped by the proxy onto /kind/slug/p/N).
 */
export type ListParams = { locale: string; variant: string; slug: string; page?: string };
type Kind = "section" | "author" | "tag";

async function load(kind: Kind, raw: ListParams) {
  const { locale } = edition(raw);
  const slug = slugParam(raw.slug);
  const page = raw.page === undefined ? 1 : numberParam(raw.page, { min: 2 });
  const t = await getTranslations({ locale, namespace: "list" });
  const hrefFor = (n: number) => paths[kind](locale, slug, n);
  const base = { locale, slug, page, hrefFor };
  if (kind === "section") {
    const data = await getSectionPage(locale, slug, page);
    return (
      data && {
        ...base,
        name: data.section.name,
        title: t("section", { name: data.section.name }),
        intro: data.section.description,
        list: data.list,
        author: null,
      }
    );
  }
  if (kind === "author") {
    const data = await getAuthorPage(locale, slug, page);
    return (
      data && { ...base, name: data.author.name, title: t("author", { name: data.author.name }), intro: data.author.bio, list: data.list, author: data.author }
    );
  }
  const data = await getTagPage(locale, slug, page);
  return data && { ...base, name: data.tag.name, title: t("tag", { name: data.tag.name }), intro: undefined, list: data.list, author: null };
}

export function listRoute(kind: Kind) {
  async function generateMetadata({ params }: { params: Promise<ListParams> }): Promise<Metadata> {
    const data = await load(kind, await params);
    if (!data) return {};
    const { site, defaultImageAlt, t } = await seoContext(data.locale);
    const common = {
      site,
      defaultImageAlt,
      title: data.page > 1 ? `${data.title} (${data.page})` : data.title,
      description: data.intro || data.title,
      // An edition with no article here yet shows an empty list: not worth indexing.
      noindex: data.list.total === 0,
      ...(kind === "section" ? { feed: { path: paths.sectionFeed(data.locale, data.slug), title: t("sectionFeed", { section: data.name }) } } : {}),
    };
    // Page 1 of a section is the same page in both editions, so each names the other, unless either is
    // still empty (noindex); later pages and author/tag lists differ by edition and name only themselves.
    if (kind === "section" && data.page === 1 && data.list.total > 0) {
      const other = await getSectionPage(otherLocale(data.locale), data.slug, 1);
      if (other && other.list.total > 0) return editionPageMetadata({ ...common, pathFor: (l) => paths.section(l, data.slug) });
    }
    return pageMetadata({ ...common, path: data.hrefFor(data.page) });
  }
  async function Page({ params }: { params: Promise<ListParams> }) {
    const data = await load(kind, await params);
    if (!data) notFound();
    const { siteT } = await seoContext(data.locale);
    const structured: WithContext<Thing>[] = [];
    if (kind !== "author") {
      structured.push(
        breadcrumbs([
          { name: siteT("home"), path: paths.home(data.locale) },
          { name: data.name, path: paths[kind](data.locale, data.slug) },
        ]),
      );
    }
    if (data.author) structured.push(profilePage(data.author, data.locale));
    return (
      <>
        {structured.length > 0 ? <JsonLd data={structured} /> : null}
        <ArticleListPage locale={data.locale} title={data.title} intro={data.intro} list={data.list} hrefFor={data.hrefFor} showSection={kind !== "section"} />
      </>
    );
  }
  return { generateMetadata, Page };
}
