/**
 * One page of search results, from the query as typed to view objects with
 * snippets. Shared by the search page (through lib/data/search.ts) and the
 * benchmark script, so the benchmark measures the page's own path.
 */
import { nameIn } from "@/i18n/config";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { readBody } from "@/lib/blocks";
import { PAGE_SIZE, pageCount } from "@/lib/data/paging";
import { searchPublic } from "./engine";
import { parseQuery } from "./normalize";
import { buildSnippet, type SnippetPart } from "./snippet";
import { bodyText } from "./text";

type Locale = "ar" | "en";

/**
 * Counted exactly up to here, then shown as «أكثر من 1,000 نتيجة»; paging stops at
 * the same place (50 pages). Readers refine a query rather than page that deep, and
 * an exact count of tens of thousands of matches costs a visibility check on each.
 */
export const RESULT_CAP = 1000;
export type SearchHit = { id: number; slug: string; title: string; section: { slug: string; name: string }; publishedAt: string; snippet: SnippetPart[] };

export type SearchPage =
  /** Nothing to search for (empty, or only punctuation): the page shows a prompt. */
  | { kind: "prompt"; query: string; truncated: boolean }
  /** `total` is at most RESULT_CAP; `capped` says there are more. */
  | { kind: "results"; query: string; truncated: boolean; total: number; capped: boolean; page: number; pages: number; hits: SearchHit[] }
  /** A page past the end of the results. */
  | { kind: "notFound" };

export async function runSearch(db: PrismaClient, locale: Locale, rawQuery: string, page: number, now = new Date()): Promise<SearchPage> {
  const parsed = parseQuery(rawQuery);
  const base = { query: parsed.text, truncated: parsed.truncated };
  if (!parsed.terms.length) return page > 1 ? { kind: "notFound" } : { kind: "prompt", ...base };
  if (page > pageCount(RESULT_CAP)) return { kind: "notFound" };
  const found = await searchPublic(db, { locale, terms: parsed.terms, now, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE, countCap: RESULT_CAP });
  const { hits } = found;
  if (page > 1 && hits.length === 0) return { kind: "notFound" };
  const capped = found.total > RESULT_CAP;
  const total = Math.min(found.total, RESULT_CAP);
  const rows = await db.article.findMany({
    where: { id: { in: hits.map((h) => h.id) } },
    select: {
      id: true,
      slug: true,
      title: true,
      standfirst: true,
      body: true,
      publishedAt: true,
      section: { select: { slug: true, nameAr: true, nameEn: true } },
    },
  });
  const byId = new Map(rows.map((r) => [r.id, r]));
  const results = hits.flatMap((h): SearchHit[] => {
    const r = byId.get(h.id);
    if (!r) return [];
    return [
      {
        id: r.id,
        slug: r.slug,
        title: r.title,
        section: { slug: r.section.slug, name: nameIn(r.section, locale) },
        publishedAt: (r.publishedAt ?? new Date(0)).toISOString(),
        snippet: buildSnippet([r.standfirst, ...bodyText(readBody(r.body))], parsed.terms),
      },
    ];
  });
  return { kind: "results", ...base, total, capped, page, pages: pageCount(total), hits: results };
}
