import { describe, expect, it } from "vitest";
import {
  blockSchema,
  bodySchema,
  InvalidBodyError,
  parseBody,
  readBody,
  readingMinutes,
  relatedArticleIds,
  serializeBody,
  wordCount,
  type Block,
} from "./blocks";

const valid: Record<Block["type"], Block> = {
  paragraph: { type: "paragraph", text: 'من جديد يعود تنظيم "داعش" إلى الواجهة.' },
  heading: { type: "heading", text: "مصادر التمويل", level: 3 },
  quote: { type: "quote", text: "نحن أمام مرحلة جديدة", cite: "باحث في الجماعات الجهادية" },
  image: { type: "image", url: "/media/images/hero-1.jpg", alt: "صورة", caption: "تعليق", credit: "نشرة", width: 1600, height: 900 },
  related: { type: "related", label: "mayInterest", articleId: 7 },
  audio: { type: "audio", src: "/media/podcasts/shu-al-hal/rent-crisis.mp3", mimeType: "audio/mpeg", title: "الإيجارات" },
};

describe("block schema", () => {
  it.each(Object.entries(valid))("accepts a %s block as written", (_type, block) => {
    expect(blockSchema.parse(block)).toEqual(block);
  });

  it("defaults a heading to level 2 and trims text", () => {
    expect(blockSchema.parse({ type: "heading", text: "  عنوان  " })).toEqual({ type: "heading", text: "عنوان", level: 2 });
  });

  it("accepts an https image and both related labels", () => {
    expect(blockSchema.safeParse({ ...valid.image, url: "https://cdn.example.org/a.jpg" }).success).toBe(true);
    expect(blockSchema.safeParse({ type: "related", label: "readAlso", articleId: 1 }).success).toBe(true);
  });

  it("rejects unknown block types, html and embeds included", () => {
    for (const type of ["html", "embed", "script", "raw", "iframe", ""]) {
      expect(blockSchema.safeParse({ type, text: "<b>x</b>" }).success, type).toBe(false);
    }
  });

  it.each([
    ["a paragraph without text", { type: "paragraph" }],
    ["an empty paragraph", { type: "paragraph", text: "   " }],
    ["a paragraph with a number for text", { type: "paragraph", text: 42 }],
    ["extra keys (strict)", { type: "paragraph", text: "نص", html: "<b>نص</b>" }],
    ["a level 1 heading", { type: "heading", text: "عنوان", level: 1 }],
    ["an image without size", { type: "image", url: "/media/a.jpg", alt: "" }],
    ["an image with a javascript: url", { ...valid.image, url: "javascript:alert(1)" }],
    ["an image with a protocol-relative url", { ...valid.image, url: "//evil.example/a.jpg" }],
    ["an image with an http url", { ...valid.image, url: "http://example.org/a.jpg" }],
    ["an image with a data: url", { ...valid.image, url: "data:image/png;base64,AAAA" }],
    ["a related link by title instead of id", { type: "related", label: "mayInterest", target: "عنوان" }],
    ["a related link with an unknown label", { type: "related", label: "seeAlso", articleId: 3 }],
    ["a related link to id 0", { type: "related", label: "readAlso", articleId: 0 }],
    ["audio of an unsupported type", { ...valid.audio, mimeType: "text/html" }],
    ["a string instead of an object", "<p>نص</p>"],
    ["null", null],
  ])("rejects %s", (_name, block) => {
    expect(blockSchema.safeParse(block).success).toBe(false);
  });

  it("keeps HTML inside a paragraph as plain text: there is nothing that would render it", () => {
    const smuggled = '<img src=x onerror="alert(1)"><script>alert(1)</script>';
    expect(blockSchema.parse({ type: "paragraph", text: smuggled })).toEqual({ type: "paragraph", text: smuggled });
    expect(blockSchema.options.map((o) => o.shape.type.value).sort()).toEqual(["audio", "heading", "image", "paragraph", "quote", "related"]);
  });

  it("requires a body of at least one block", () => {
    expect(bodySchema.safeParse([]).success).toBe(false);
    expect(() => parseBody([])).toThrow(InvalidBodyError);
  });
});

describe("parseBody / serializeBody", () => {
  it("names every problem, with its position, in one error", () => {
    try {
      parseBody([valid.paragraph, { type: "html", html: "<b>x</b>" }, { type: "paragraph", text: "" }]);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(InvalidBodyError);
      const err = e as InvalidBodyError;
      expect(err.issues.map((i) => i.path[0])).toEqual([1, 2]);
      expect(err.message).toMatch(/^Invalid article body: 1/);
    }
  });

  it("round-trips through the stored column", () => {
    const body = Object.values(valid);
    expect(readBody(serializeBody(body))).toEqual(body);
  });

  it("refuses to serialise an invalid body", () => {
    expect(() => serializeBody([{ type: "paragraph", text: "" } as Block])).toThrow(InvalidBodyError);
  });
});

describe("readBody", () => {
  it("drops stored blocks that no longer validate and keeps the rest in order", () => {
    const stored = JSON.stringify([
      valid.paragraph,
      { type: "html", html: "<script>alert(1)</script>" },
      { type: "related", label: "readAlso", target: "عنوان قديم" },
      valid.quote,
    ]);
    expect(readBody(stored)).toEqual([valid.paragraph, valid.quote]);
  });

  it("returns no blocks for a column that is not a JSON list", () => {
    expect(readBody("not json")).toEqual([]);
    expect(readBody('{"type":"paragraph","text":"x"}')).toEqual([]);
    expect(readBody("null")).toEqual([]);
  });
});

describe("relatedArticleIds", () => {
  it("lists linked articles in order, once each", () => {
    const blocks: Block[] = [
      { type: "related", label: "mayInterest", articleId: 9 },
      valid.paragraph,
      { type: "related", label: "readAlso", articleId: 4 },
      { type: "related", label: "mayInterest", articleId: 9 },
    ];
    expect(relatedArticleIds(blocks)).toEqual([9, 4]);
  });

  it("is empty for a body without related links", () => {
    expect(relatedArticleIds([valid.paragraph, valid.image])).toEqual([]);
  });
});

describe("reading time", () => {
  const words = (n: number) => Array.from({ length: n }, () => "كلمة").join(" ");

  it("counts words of paragraphs, headings and quotes only", () => {
    const blocks: Block[] = [
      { type: "paragraph", text: "ثلاث كلمات هنا" },
      { type: "heading", text: "عنوان قصير", level: 2 },
      { type: "quote", text: "قول" },
      valid.image,
      valid.related,
      valid.audio,
    ];
    expect(wordCount(blocks)).toBe(6);
  });

  it("is zero for a body without text and at least one minute for any text", () => {
    expect(readingMinutes([valid.image])).toBe(0);
    expect(readingMinutes([{ type: "paragraph", text: "كلمة" }])).toBe(1);
  });

  it("reads about 200 words a minute", () => {
    expect(readingMinutes([{ type: "paragraph", text: words(400) }])).toBe(2);
    expect(
      readingMinutes([
        { type: "paragraph", text: words(1000) },
        { type: "paragraph", text: words(1000) },
      ]),
    ).toBe(10);
  });
});
