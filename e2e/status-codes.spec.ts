import { expect, test } from "@playwright/test";
import { publishArticle, revalidate, uniqueSlug, withdrawArticle } from "./support/db";
import { cacheTags } from "../lib/cache-tags";
import { rozanaPath, rozanaSlug } from "./support/seo";
import { internal } from "./support/site";
import { expectReaderPage, rawPage } from "./support/html";
import arMessages from "../locales/ar.json";

test.describe("status codes", () => {
  test("anything unknown is a 404 page, never a 200 that says not found", async ({ page }) => {
    for (const path of [
      "/no-such-page",
      "/en/no-such-page",
      "/articles/no-such-article",
      "/en/articles/no-such-article",
      "/sections/no-such-section",
      "/authors/no-such-author",
      "/tags/no-such-tag",
      "/podcasts/no-such-show",
      "/podcasts/shu-al-hal/no-such-episode",
      "/podcasts/shu-al-hal?season=9",
      "/sections/reports?page=99",
      "/sections/reports?page=0",
      internal.sectionPage2,
      internal.withdrawn,
      `/en${internal.withdrawn}`,
      "/articles/%E0%A4%A",
      "/articles/draft-budget-leak",
      "/articles/scheduled-election-preview",
    ]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(page.getByRole("heading", { level: 1 }), path).toHaveText(/^(Page not found|الصفحة غير موجودة)$/);
    }
  });

  test("301 from a trailing slash to the canonical form, keeping the query", async ({ request }) => {
    for (const [from, to] of [
      ["/sections/reports/", "/sections/reports"],
      ["/en/", "/en"],
      ["/sections/reports/?page=2", "/sections/reports?page=2"],
    ]) {
      const response = await request.get(from, { maxRedirects: 0 });
      expect(response.status(), from).toBe(301);
      expect(new URL(response.headers().location, "http://x").pathname + new URL(response.headers().location, "http://x").search).toBe(to);
    }
  });

  test("301 from an article's earlier slug to its current one", async ({ request }) => {
    const response = await request.get("/articles/desert-patrols-sporadic-attacks", { maxRedirects: 0 });
    expect(response.status()).toBe(301);
    const target = new URL(response.headers().location, "http://x").pathname;
    expect(target).toMatch(/^\/articles\/[^/]+$/);
    expect(target).not.toBe("/articles/desert-patrols-sporadic-attacks");
    expect((await request.get(target, { maxRedirects: 0 })).status()).toBe(200);
  });

  test("410 for a story that was published and then withdrawn; 404 for one that never existed", async ({ page, request }) => {
    const slug = uniqueSlug("withdrawn-story");
    const id = await publishArticle(request, { slug, title: `قصة ستسحب ${slug}`, publishedAt: new Date("2020-06-01T10:00:00Z") });
    expect((await request.get(`/articles/${slug}`)).status()).toBe(200);
    // Written behind the app's back, then invalidated as the desk's withdrawal does.
    withdrawArticle(id);
    await revalidate(request, [cacheTags.articleSlug("ar", slug), cacheTags.articles("ar")]);
    // The server's own HTML, without a browser: a complete page in the reader's edition.
    const raw = await rawPage(request, `/articles/${slug}`);
    expectReaderPage(raw, `/articles/${slug}`, { status: 410, lang: "ar", dir: "rtl", h1: arMessages.errors.goneTitle, texts: [arMessages.errors.goneBody] });
    expect(raw.html).not.toContain(`قصة ستسحب ${slug}`);
    for (const path of [`/articles/${slug}`]) {
      const response = await page.goto(path);
      expect(response?.status()).toBe(410);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("سُحبت هذه المادة");
      expect(await page.locator('head meta[name="robots"]').first().getAttribute("content")).toMatch(/noindex/);
    }
    expect((await request.get(`/articles/${slug}-never-existed`)).status()).toBe(404);
  });

  test("Arabic slugs round-trip: the printed (encoded) link and the raw Arabic form both reach the page, with one canonical", async ({ page, baseURL }) => {
    const encoded = await page.goto(rozanaPath);
    expect(encoded?.status()).toBe(200);
    const canonical = await page.locator('head link[rel="canonical"]').getAttribute("href");
    expect(canonical).toBe(`${baseURL}${rozanaPath}`);
    // The link a listing prints is the encoded form, and it works.
    await page.goto("/tags/syrian-desert");
    const printed = await page.getByRole("link", { name: '"داعش" يجدد استهداف قوات النظام… ما مصدر قوته؟' }).first().getAttribute("href");
    expect(printed).toBe(rozanaPath);
    const raw = await page.goto(`/articles/${rozanaSlug}`);
    expect(raw?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText('"داعش" يجدد استهداف قوات النظام… ما مصدر قوته؟');
    expect(await page.locator('head link[rel="canonical"]').getAttribute("href")).toBe(canonical);
    // Lower-case percent-encoding is the same URL too.
    const lower = await page.goto(rozanaPath.toLowerCase());
    expect(lower?.status()).toBe(200);
  });
});
