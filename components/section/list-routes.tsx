import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getAuthorPage, getSectionPage, getTagPage } from "@/lib/data/lists";
import { edition, numberParam, slugParam } from "@/lib/page-params";
import { paths } from "@/lib/paths";
import { ArticleListPage } from "./article-list-page";

/**
 * Section, author and tag pages share one shape: /kind/slug and its page N
 * (reached as ?page=N, mapped by the proxy onto /kind/slug/p/N).
 */
export type ListParams = { locale: string; consent: string; slug: string; page?: string };
type Kind = "section" | "author" | "tag";

async function load(kind: Kind, raw: ListParams) {
  const { locale } = edition(raw);
  const slug = slugParam(raw.slug);
  const page = raw.page === undefined ? 1 : numberParam(raw.page, { min: 2 });
  const t = await getTranslations({ locale, namespace: "list" });
  const hrefFor = (n: number) => paths[kind](locale, slug, n);
  if (kind === "section") {
    const data = await getSectionPage(locale, slug, page);
    return data && { locale, page, hrefFor, title: t("section", { name: data.section.name }), intro: data.section.description, list: data.list };
  }
  if (kind === "author") {
    const data = await getAuthorPage(locale, slug, page);
    return data && { locale, page, hrefFor, title: t("author", { name: data.author.name }), intro: data.author.bio, list: data.list };
  }
  const data = await getTagPage(locale, slug, page);
  return data && { locale, page, hrefFor, title: t("tag", { name: data.tag.name }), intro: undefined, list: data.list };
}

export function listRoute(kind: Kind) {
  async function generateMetadata({ params }: { params: Promise<ListParams> }): Promise<Metadata> {
    const data = await load(kind, await params);
    if (!data) return {};
    return {
      title: data.page > 1 ? `${data.title} (${data.page})` : data.title,
      description: typeof data.intro === "string" ? data.intro : undefined,
      alternates: { canonical: data.hrefFor(data.page) },
    };
  }
  async function Page({ params }: { params: Promise<ListParams> }) {
    const data = await load(kind, await params);
    if (!data) notFound();
    return (
      <ArticleListPage
        locale={data.locale}
        title={data.title}
        intro={data.intro}
        list={data.list}
        hrefFor={data.hrefFor}
        showSection={kind !== "section"}
      />
    );
  }
  return { generateMetadata, Page };
}
