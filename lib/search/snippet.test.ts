import { describe, expect, it } from "vitest";
import { parseQuery } from "./normalize";
import { buildSnippet } from "./snippet";

const marked = (parts: { text: string; mark: boolean }[]) => parts.filter((p) => p.mark).map((p) => p.text);

describe("buildSnippet", () => {
  it("marks the words as written, with their spelling and attached letters", () => {
    const parts = buildSnippet(["زار الوزير «المدرسة» وتحدث عن مُدَرِّسَة القرية والكتاب"], parseQuery("مدرسه كتاب").terms);
    expect(marked(parts)).toEqual(["المدرسة", "مُدَرِّسَة", "والكتاب"]);
    expect(parts.map((p) => p.text).join("")).toBe("زار الوزير «المدرسة» وتحدث عن مُدَرِّسَة القرية والكتاب");
  });
  it("does not mark a different word that merely starts alike", () => {
    expect(marked(buildSnippet(["المدرس في المدرسة"], parseQuery("مدرسة").terms))).toEqual(["المدرسة"]);
  });
  it("picks the paragraph matching the most words", () => {
    const parts = buildSnippet(["حلب وحدها", "دمشق وحلب معاً"], parseQuery("حلب دمشق").terms);
    expect(marked(parts)).toEqual(["دمشق", "وحلب"]);
  });
  it("cuts a long paragraph around the first match", () => {
    const words = Array.from({ length: 100 }, (_, i) => `كلمة${i}`);
    words[70] = "داعش";
    const parts = buildSnippet([words.join(" ")], parseQuery("داعش").terms);
    const text = parts.map((p) => p.text).join("");
    expect(text.startsWith("… ")).toBe(true);
    expect(text.endsWith(" …")).toBe(true);
    expect(marked(parts)).toEqual(["داعش"]);
  });
  it("keeps markup-looking text as text", () => {
    const parts = buildSnippet(["<script>alert(1)</script> داعش"], parseQuery("داعش").terms);
    expect(parts.map((p) => p.text).join("")).toBe("<script>alert(1)</script> داعش");
  });
});
