import { expect, test, type Page } from "@playwright/test";
import { articlePath, seed } from "./support/site";

/** Drafts and future-scheduled items are nowhere a reader can reach. */

const hidden = [seed.draft, seed.scheduled];

async function expectNoHiddenArticles(page: Page, url: string) {
  const response = await page.goto(url);
  expect(response?.status(), url).toBe(200);
  await expect(page.getByRole("main")).toBeVisible();
  for (const item of hidden) {
    await expect(page.locator("body"), url).not.toContainText(item.marker);
    await expect(page.locator(`a[href*="${item.slug}"]`), url).toHaveCount(0);
  }
}

test("a draft and a scheduled article answer 404 at their URL", async ({ page, request }) => {
  for (const item of hidden) {
    const response = await page.goto(articlePath(item.slug));
    expect(response?.status(), item.slug).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("الصفحة غير موجودة");
    await expect(page.locator("body")).not.toContainText(item.marker);
    // Not even through the English edition or the /ar prefix.
    expect((await request.get(articlePath(item.slug, "en"))).status()).toBe(404);
  }
});

for (const url of ["/", "/sections/reports", "/sections/reports?page=2", "/authors/malek-al-hafez", "/tags/isis", "/tags/security", "/tags/syrian-desert"]) {
  test(`neither appears on ${url}`, async ({ page }) => {
    await expectNoHiddenArticles(page, url);
  });
}

test("the lists count only public articles", async ({ page }) => {
  await page.goto("/sections/reports");
  // 23 public reports; the draft and the scheduled one would make 25.
  await expect(page.getByRole("main").getByText(/^23 مقالاً/)).toBeVisible();
});

test("an article page's 'more from this section' leaves them out", async ({ page }) => {
  await expectNoHiddenArticles(page, articlePath(seed.rozana.slug));
});

test.describe("podcast episodes", () => {
  const episodes = [
    seed.draftEpisode,
    seed.scheduledEpisode,
  ];

  test("a draft and a scheduled episode answer 404", async ({ page }) => {
    for (const e of episodes) {
      const response = await page.goto(`/podcasts/${seed.show}/${e.slug}`);
      expect(response?.status(), e.slug).toBe(404);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("الصفحة غير موجودة");
    }
  });

  for (const url of [`/podcasts/${seed.show}`, `/podcasts/${seed.show}?season=3`, "/podcasts", "/"]) {
    test(`neither appears on ${url}`, async ({ page }) => {
      const response = await page.goto(url);
      expect(response?.status()).toBe(200);
      for (const e of episodes) {
        await expect(page.locator("body")).not.toContainText(e.marker);
        await expect(page.locator(`a[href$="/${e.slug}"]`)).toHaveCount(0);
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
