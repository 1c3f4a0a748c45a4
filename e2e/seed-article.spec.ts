import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { rawPage, textsOf } from "./support/html";

/** The Rozana report, as a reader sees it: every line of the source, in order. */
const source = readFileSync(path.join(process.cwd(), "prisma/seed/rozana-isis-report.txt"), "utf8");
const lines = source.split("\n").map((l) => l.trim());
const bylineAt = lines.indexOf("مالك الحافظ");
const furnitureAt = lines.indexOf("بودكاست");
const bodyLines = lines.slice(bylineAt + 1, furnitureAt).filter(Boolean);
const paragraphs = bodyLines.filter((l) => !/^(قد يهمك|اقرأ أيضاً):/.test(l));
const articleUrl = `/articles/${encodeURIComponent("داعش-يجدد-استهداف-قوات-النظام-ما-مصدر-قوته")}`;

test.describe("the seed article", () => {
  test("shows title, author, section and the Levantine date, right to left", async ({ page }) => {
    const response = await page.goto(articleUrl);
    expect(response?.status()).toBe(200);
    await expect(page.locator("html")).toHaveAttribute("lang", "ar");
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText('"داعش" يجدد استهداف قوات النظام… ما مصدر قوته؟');
    await expect(page.getByRole("link", { name: "مالك الحافظ" })).toHaveAttribute("href", "/authors/malek-al-hafez");
    await expect(page.locator("main article header").getByRole("link", { name: "تقارير" })).toHaveAttribute("href", "/sections/reports");
    await expect(page.locator("main article header time").first()).toHaveText("1 كانون الثاني 2021");
  });

  test("renders every body paragraph of the source, in order, character for character, in the server's HTML", async ({ request }) => {
    // Exact text (no whitespace folding): the source's own spacing must survive.
    const rendered = (await rawPage(request, articleUrl)).body.querySelectorAll("main article p").map((p) => p.textContent);
    expect(paragraphs).toHaveLength(14);
    // The body is one run of the source's paragraphs: nothing missing, added or reordered in between.
    const start = rendered.indexOf(paragraphs[0]);
    expect(start).toBeGreaterThanOrEqual(0);
    expect(rendered.slice(start, start + paragraphs.length)).toEqual(paragraphs);
    expect(rendered.slice(start + paragraphs.length).filter((p) => paragraphs.includes(p))).toEqual([]);
  });

  test("turns «قد يهمك» and «اقرأ أيضاً» into labelled asides linking the real articles", async ({ page }) => {
    await page.goto(articleUrl);
    const mayInterest = page.getByRole("complementary", { name: "قد يهمك:" });
    await expect(mayInterest.getByRole("link")).toHaveText('20 ألف برميل نفط تصل النظام السوري من مناطق "قسد"');
    const readAlso = page.getByRole("complementary", { name: "اقرأ أيضاً:" });
    await expect(readAlso.getByRole("link")).toHaveText('"حرب ظل" تستهدف تنظيم جهادي في إدلب');
    await readAlso.getByRole("link").click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText('"حرب ظل" تستهدف تنظيم جهادي في إدلب');
  });

  test("keeps site furniture out of the body", async ({ request }) => {
    const body = textsOf(await rawPage(request, articleUrl), "main article p").join("\n");
    expect(body).toContain(paragraphs[0]);
    expect(body).not.toContain("بودكاست");
    expect(body).not.toContain("الكوكيز");
    expect(body).not.toContain("تقارير | 1 01 2021");
  });
});
