/**
 * Reads a scraped article page (plain text, as in prisma/seed/rozana-isis-report.txt)
 * into its parts: title, section, date, byline and body, with the site's
 * furniture (podcast promo, cookie banner, repeated lines) dropped.
 * Pure: it resolves nothing against the database.
 */
export type ScrapedBlock = { type: "paragraph"; text: string } | { type: "related"; label: "mayInterest" | "readAlso"; target: string };

export type ScrapedArticle = {
  title: string;
  sectionName: string;
  /** Calendar date as printed («1 01 2021»): day, month (1–12), year. */
  date: { year: number; month: number; day: number };
  byline: string;
  blocks: ScrapedBlock[];
};

export class ScrapedArticleError extends Error {
  name = "ScrapedArticleError";
}

const META_LINE = /^(.+?)\s*\|\s*(\d{1,2})\s+(\d{1,2})\s+(\d{4})$/u;
const RELATED_LINE = /^(قد يهمك|اقرأ أيضاً|اقرأ أيضا)\s*[:：]\s*(.+)$/u;
/** Lines that start the page furniture below the article: nothing after them is body. */
const FURNITURE_START = [/^بودكاست$/u, /ملفات تعريف الارتباط/u, /^أوافق\s*أرفض$/u];

export function parseScrapedArticle(source: string): ScrapedArticle {
  const lines = source
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/)
    .map((l) => l.trim());
  const seen = new Map<string, number>();
  for (const l of lines) if (l) seen.set(l, (seen.get(l) ?? 0) + 1);

  const nonEmpty = lines.map((l, i) => ({ l, i })).filter((x) => x.l);
  const title = nonEmpty[0]?.l;
  if (!title) throw new ScrapedArticleError("empty file: no title line");

  const metaIndex = nonEmpty.findIndex((x) => META_LINE.test(x.l));
  if (metaIndex < 1) throw new ScrapedArticleError("no «section | d m yyyy» line after the title");
  const [, sectionName, d, m, y] = META_LINE.exec(nonEmpty[metaIndex].l)!;
  const date = { day: Number(d), month: Number(m), year: Number(y) };
  if (date.month < 1 || date.month > 12 || date.day < 1 || date.day > 31) {
    throw new ScrapedArticleError(`impossible date in «${nonEmpty[metaIndex].l}»`);
  }

  const bylineEntry = nonEmpty[metaIndex + 1];
  if (!bylineEntry) throw new ScrapedArticleError("no byline after the section line");

  const blocks: ScrapedBlock[] = [];
  for (const { l } of nonEmpty.slice(metaIndex + 2)) {
    if (FURNITURE_START.some((re) => re.test(l))) break;
    if ((seen.get(l) ?? 0) > 1) continue;
    const related = RELATED_LINE.exec(l);
    if (related) {
      blocks.push({ type: "related", label: related[1] === "قد يهمك" ? "mayInterest" : "readAlso", target: related[2].trim() });
    } else {
      blocks.push({ type: "paragraph", text: l });
    }
  }
  if (!blocks.some((b) => b.type === "paragraph")) throw new ScrapedArticleError("no body paragraphs");

  return { title, sectionName: sectionName.trim(), date, byline: bylineEntry.l, blocks };
}
