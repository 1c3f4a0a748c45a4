import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseScrapedArticle, ScrapedArticleError } from "./scraped-article";

const seedText = readFileSync(path.join(__dirname, "../../prisma/seed/rozana-isis-report.txt"), "utf8");

describe("parseScrapedArticle on the Rozana report", () => {
  const parsed = parseScrapedArticle(seedText);

  it("reads title, section, date and byline from the header lines", () => {
    expect(parsed.title).toBe('"داعش" يجدد استهداف قوات النظام… ما مصدر قوته؟');
    expect(parsed.sectionName).toBe("تقارير");
    expect(parsed.date).toEqual({ year: 2021, month: 1, day: 1 });
    expect(parsed.byline).toBe("مالك الحافظ");
  });

  it("keeps every body paragraph in order, character for character", () => {
    const paragraphs = parsed.blocks.filter((b) => b.type === "paragraph").map((b) => b.text);
    expect(paragraphs).toHaveLength(14);
    expect(paragraphs[0]).toMatch(/^من جديد يعود تنظيم "داعش" الإرهابي/);
    const lastLine = seedText.split("\n").find((l) => l.startsWith("وختم بالقول"))!;
    expect(paragraphs[13]).toBe(lastLine.trim());
    // Non-breaking spaces from the source are kept as they are.
    expect(paragraphs[13]).toContain("2016 \u00a0وبين");
    // Internal double spaces survive; only the ends of lines are trimmed.
    expect(paragraphs.some((p) => /واعتبر\s{2}أن/u.test(p))).toBe(true);
  });

  it("turns «قد يهمك» and «اقرأ أيضاً» lines into related links in place", () => {
    const related = parsed.blocks.flatMap((b, i) => (b.type === "related" ? [{ ...b, i }] : []));
    expect(related).toEqual([
      { type: "related", label: "mayInterest", target: '20 ألف برميل نفط تصل النظام السوري من مناطق "قسد"', i: 7 },
      { type: "related", label: "readAlso", target: '"حرب ظل" تستهدف تنظيم جهادي في إدلب', i: 12 },
    ]);
  });

  it("drops the podcast promo and the cookie banner", () => {
    const all = parsed.blocks.map((b) => (b.type === "paragraph" ? b.text : b.target)).join("\n");
    expect(all).not.toMatch(/بودكاست|الكوكيز|أوافق|الموسم الثالث/);
  });
});

describe("parseScrapedArticle on bad input", () => {
  it("rejects a file without a section/date line", () => {
    expect(() => parseScrapedArticle("عنوان\n\nنص بلا تاريخ")).toThrow(ScrapedArticleError);
  });
  it("rejects an impossible date", () => {
    expect(() => parseScrapedArticle("عنوان\nتقارير | 1 13 2021\nكاتب\nفقرة")).toThrow(/impossible date/);
  });
  it("rejects an empty file", () => {
    expect(() => parseScrapedArticle("\n\n")).toThrow(ScrapedArticleError);
  });
});
