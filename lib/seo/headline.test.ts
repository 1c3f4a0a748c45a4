import { describe, expect, it } from "vitest";
import { cutHeadline, HEADLINE_MAX } from "./headline";

describe("cutHeadline", () => {
  it("leaves a headline that fits untouched", () => {
    const title = '"داعش" يجدد استهداف قوات النظام… ما مصدر قوته؟';
    expect(cutHeadline(title)).toBe(title);
  });

  it("keeps a headline of exactly 110 characters", () => {
    const title = "a".repeat(50) + " " + "b".repeat(59);
    expect([...title]).toHaveLength(110);
    expect(cutHeadline(title)).toBe(title);
  });

  it("cuts a long Arabic headline on a word boundary with an ellipsis, within 110 characters", () => {
    const words = "قالت مصادر محلية إن قوافل المساعدات الإنسانية وصلت إلى المناطق المتضررة من الزلزال في شمال غرب سوريا بعد تأخير طويل بسبب إغلاق المعابر";
    expect([...words].length).toBeGreaterThan(HEADLINE_MAX);
    const cut = cutHeadline(words);
    expect([...cut].length).toBeLessThanOrEqual(HEADLINE_MAX);
    expect(cut.endsWith("…")).toBe(true);
    const kept = cut.slice(0, -1);
    // Every kept word is a whole word of the original, in order.
    expect(words.startsWith(kept)).toBe(true);
    expect(words[kept.length]).toBe(" ");
  });

  it("drops trailing punctuation before the ellipsis", () => {
    const title = `${"word ".repeat(20).trim()}, ${"tail ".repeat(10)}`;
    const cut = cutHeadline(title, 102);
    expect(cut).toBe(`${"word ".repeat(20).trim()}…`);
  });

  it("cuts a single overlong word hard rather than returning nothing", () => {
    const cut = cutHeadline("x".repeat(200));
    expect(cut).toBe(`${"x".repeat(109)}…`);
  });

  it("counts characters, not UTF-16 units", () => {
    const emoji = "📰 ".repeat(60).trim();
    expect([...cutHeadline(emoji)].length).toBeLessThanOrEqual(HEADLINE_MAX);
  });
});
