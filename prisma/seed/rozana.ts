import { readFileSync } from "node:fs";
import path from "node:path";
import { parseScrapedArticle } from "@/lib/import/scraped-article";
import { slugify } from "@/lib/slug";
import type { SeedArticle, SeedSection, SeedAuthor } from "./types";

export const ROZANA_FILE = path.join(process.cwd(), "prisma", "seed", "rozana-isis-report.txt");

/**
 * The reference article, built from the scraped page itself (a committed copy
 * of shared/seed/000_47dcb7ae15a920ea.txt) through the same parser the
 * importer uses, so the seeded body is the source text, line for line.
 */
export function rozanaArticle(sections: SeedSection[], authors: SeedAuthor[], others: SeedArticle[]): SeedArticle {
  const parsed = parseScrapedArticle(readFileSync(ROZANA_FILE, "utf8"));
  const section = sections.find((s) => s.nameAr === parsed.sectionName);
  const author = authors.find((a) => a.name === parsed.byline);
  if (!section || !author) throw new Error(`seed data lacks section «${parsed.sectionName}» or author «${parsed.byline}»`);
  const { year, month, day } = parsed.date;
  const date = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}T10:00:00+02:00`;
  return {
    key: "rozana-isis",
    locale: "ar",
    slug: slugify(parsed.title),
    title: parsed.title,
    standfirst: 'هجمات متجددة لتنظيم "داعش" على قوات النظام في البادية السورية تعيد السؤال عن مصادر تمويله وتكتيكاته.',
    section: section.slug,
    authors: [author.slug],
    tags: ["isis", "syrian-desert"],
    status: "PUBLISHED",
    publishedAt: date,
    hero: {
      url: "/media/images/hero-1.jpg",
      alt: "رسم توضيحي تجريدي",
      caption: "رسم توضيحي",
      credit: "نشرة",
      width: 1600,
      height: 900,
    },
    body: parsed.blocks.map((b) => {
      if (b.type === "paragraph") return b;
      const target = others.find((a) => a.locale === "ar" && a.title === b.target);
      if (!target) throw new Error(`related link to unknown article «${b.target}»`);
      return { type: "related", label: b.label, target: target.key };
    }),
  };
}
