import { expect, test, type APIRequestContext } from "@playwright/test";
import arMessages from "../locales/ar.json";
import { paths } from "../lib/paths";
import { rawPage, textsOf } from "./support/html";
import { articlePath, seed } from "./support/site";

/**
 * Drafts and future-scheduled items are nowhere a reader can reach. Checked
 * on the whole raw response: <head> (meta, JSON-LD) and every <script> (the
 * React payload) included, not only the text a browser shows.
 */

const hidden = [seed.draft, seed.scheduled];

async function expectNoHiddenArticles(request: APIRequestContext, url: string) {
  const page = await rawPage(request, url);
  expect(page.status, url).toBe(200);
  expect(page.body.querySelector("main"), url).toBeTruthy();
  for (const item of hidden) {
    expect(page.html, `${url} names «${item.marker}»`).not.toContain(item.marker);
    expect(page.html, `${url} names ${item.slug}`).not.toContain(item.slug);
  }
}

test("a draft and a scheduled article answer the missing page's 404 at their URL", async ({ request }) => {
  for (const item of hidden) {
    const page = await rawPage(request, articlePath(item.slug));
    expect(page.status, item.slug).toBe(404);
    expect(page.html).not.toContain(item.marker);
    // Not even through the English edition.
    expect((await request.get(articlePath(item.slug, "en"))).status()).toBe(404);
    expect(textsOf(page, "h1"), item.slug).toEqual([arMessages.errors.notFoundTitle]);
  }
});

for (const url of ["/", "/sections/reports", "/sections/reports?page=2", "/authors/malek-al-hafez", "/tags/isis", "/tags/security", "/tags/syrian-desert"]) {
  test(`neither appears on ${url}`, async ({ request }) => {
    await expectNoHiddenArticles(request, url);
  });
}

test("the lists count only public articles: the count a section shows is what its pages list", async ({ request }) => {
  const first = await rawPage(request, paths.section("ar", "reports"));
  const [, count, pages] = /(\d+) مقالاً · الصفحة 1 من (\d+)/.exec(first.body.textContent) ?? [];
  expect(Number(count)).toBeGreaterThan(20);
  let listed = 0;
  for (let n = 1; n <= Number(pages); n++) {
    const page = n === 1 ? first : await rawPage(request, paths.section("ar", "reports", n));
    listed += page.body.querySelectorAll("main article").length;
  }
  // The draft and the scheduled report would make the count two more than what readers can open.
  expect(listed).toBe(Number(count));
});

test("an article page's 'more from this section' leaves them out", async ({ request }) => {
  await expectNoHiddenArticles(request, articlePath(seed.rozana.slug));
});

test.describe("podcast episodes", () => {
  const episodes = [seed.draftEpisode, seed.scheduledEpisode];

  test("a draft and a scheduled episode answer the missing page's 404", async ({ request }) => {
    for (const e of episodes) {
      const page = await rawPage(request, paths.episode("ar", seed.show, e.slug));
      expect(page.status, e.slug).toBe(404);
      expect(page.html).not.toContain(e.marker);
      expect(textsOf(page, "h1"), e.slug).toEqual([arMessages.errors.notFoundTitle]);
    }
  });

  for (const url of [
    paths.show("ar", seed.show),
    paths.show("ar", seed.show, 1),
    paths.show("ar", seed.show, 2),
    paths.show("ar", seed.show, 3),
    paths.podcasts("ar"),
    paths.home("ar"),
    paths.showFeed(seed.show),
  ]) {
    test(`neither appears on ${url}`, async ({ request }) => {
      const response = await request.get(url);
      expect(response.status()).toBe(200);
      const html = await response.text();
      for (const e of episodes) {
        expect(html, `${url} names «${e.marker}»`).not.toContain(e.marker);
        expect(html, `${url} names ${e.slug}`).not.toContain(e.slug);
      }
    });
  }

  test("the show counts only public episodes", async ({ page }) => {
    await page.goto(`/podcasts/${seed.show}?season=3`);
    // Trailer + three episodes are public in season 3; 8 in the show.
    await expect(page.getByRole("main").getByRole("heading", { level: 3 })).toHaveCount(4);
    await expect(page.getByRole("main").getByText("8 حلقات")).toBeVisible();
  });
});
