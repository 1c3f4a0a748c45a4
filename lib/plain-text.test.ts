import { describe, expect, it } from "vitest";
import type { Block } from "@/lib/blocks";
import { blocksToPlainText, parseArticleUrl, parsePlainText, resolveBlocks, type RelatedRef } from "./plain-text";

const titles: Record<number, string> = { 7: '20 ألف برميل نفط تصل النظام السوري من مناطق "قسد"', 9: '"حرب ظل" تستهدف تنظيم جهادي في إدلب' };
const slugs: Record<number, string> = { 7: "oil-barrels", 9: "حرب-ظل" };
const titleOf = (id: number) => titles[id];
async function resolve(ref: RelatedRef): Promise<number | null> {
  const entry = Object.entries(ref.kind === "title" ? titles : slugs).find(([, v]) => v === (ref.kind === "title" ? ref.title : ref.slug));
  return entry ? Number(entry[0]) : null;
}
async function toBlocks(text: string) {
  const parsed = parsePlainText(text);
  const resolved = await resolveBlocks(parsed.blocks, resolve);
  return { blocks: resolved.blocks, errors: [...parsed.errors, ...resolved.errors] };
}

describe("plain text → blocks", () => {
  it("reads paragraphs, headings, quotes with attribution and related links", async () => {
    const text = [
      "الفقرة الأولى",
      "تكملة السطر نفسه",
      "",
      "## عنوان فرعي",
      "### عنوان أصغر",
      "> قول مأثور",
      "> — قائل",
      "",
      `قد يهمك: ${titles[7]}`,
      "اقرأ أيضاً: /articles/%D8%AD%D8%B1%D8%A8-%D8%B8%D9%84",
    ].join("\n");
    expect(await toBlocks(text)).toEqual({
      errors: [],
      blocks: [
        { type: "paragraph", text: "الفقرة الأولى تكملة السطر نفسه" },
        { type: "heading", text: "عنوان فرعي", level: 2 },
        { type: "heading", text: "عنوان أصغر", level: 3 },
        { type: "quote", text: "قول مأثور", cite: "قائل" },
        { type: "related", label: "mayInterest", articleId: 7 },
        { type: "related", label: "readAlso", articleId: 9 },
      ],
    });
  });

  it("reports an unknown related target with its line and returns no blocks", async () => {
    const result = await toBlocks("فقرة\n\nقد يهمك: مقال غير موجود");
    expect(result).toEqual({ blocks: [], errors: [{ line: 3, code: "unknownTarget", text: "مقال غير موجود" }] });
  });

  it("reports an empty body and a malformed media line", async () => {
    expect((await toBlocks("  \n\n")).errors).toEqual([{ line: 1, code: "empty", text: "" }]);
    expect((await toBlocks('@image {"url":"javascript:alert(1)"}')).errors[0]).toMatchObject({ line: 1, code: "badMedia" });
  });

  it("understands absolute and English article URLs, and nothing else", () => {
    expect(parseArticleUrl("https://nashra.example/en/articles/oil-barrels")).toEqual({ locale: "en", slug: "oil-barrels" });
    expect(parseArticleUrl("/articles/%D8%AD%D8%B1%D8%A8")).toEqual({ locale: "ar", slug: "حرب" });
    expect(parseArticleUrl("/sections/reports")).toBeNull();
    expect(parseArticleUrl("عنوان مقال")).toBeNull();
  });
});

describe("blocks → plain text → blocks", () => {
  it("round-trips every block type", async () => {
    const blocks: Block[] = [
      { type: "paragraph", text: "فقرة أولى." },
      { type: "heading", text: "عنوان", level: 2 },
      { type: "heading", text: "عنوان أصغر", level: 3 },
      { type: "quote", text: "اقتباس بلا قائل" },
      { type: "quote", text: "اقتباس", cite: "قائل" },
      { type: "related", label: "mayInterest", articleId: 7 },
      { type: "paragraph", text: "فقرة بين رابطين." },
      { type: "related", label: "readAlso", articleId: 9 },
      { type: "image", url: "/media/images/hero-1.jpg", alt: "وصف", caption: "تعليق", credit: "نشرة", width: 1600, height: 900 },
      { type: "audio", src: "/media/a.mp3", mimeType: "audio/mpeg", title: "مقطع" },
    ];
    const text = blocksToPlainText(blocks, titleOf);
    expect(text).toContain(`قد يهمك: ${titles[7]}`);
    expect(await toBlocks(text)).toEqual({ blocks, errors: [] });
  });
});
