import { expect, test, type APIRequestContext } from "@playwright/test";
import { articlePath, seed } from "./support/site";

/** Permanent redirects: earlier slugs, the /ar prefix and trailing slashes. */

async function expectMoved(request: APIRequestContext, from: string, to: string) {
  const response = await request.get(from, { maxRedirects: 0 });
  expect(response.status(), from).toBe(301);
  const location = new URL(response.headers()["location"] ?? "", "http://placeholder");
  expect(`${location.pathname}${location.search}`, from).toBe(to);
}

test("an earlier slug answers 301 with the current URL", async ({ request }) => {
  const { earlier, current } = seed.movedArticle;
  await expectMoved(request, articlePath(earlier), articlePath(current));
  await expectMoved(request, `${articlePath(earlier)}?ref=newsletter`, `${articlePath(current)}?ref=newsletter`);
});

test("following the earlier slug lands on the article", async ({ page }) => {
  const response = await page.goto(articlePath(seed.movedArticle.earlier));
  expect(response?.status()).toBe(200);
  expect(new URL(page.url()).pathname).toBe(articlePath(seed.movedArticle.current));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("دوريات مشتركة في البادية وهجمات متفرقة لا تتوقف");
});

test("an earlier slug belongs to its own edition only", async ({ request }) => {
  const response = await request.get(articlePath(seed.movedArticle.earlier, "en"), { maxRedirects: 0 });
  expect(response.status()).toBe(404);
});

test("/ar/... answers 301 to the same page at the root", async ({ request }) => {
  await expectMoved(request, "/ar", "/");
  await expectMoved(request, "/ar/sections/reports", "/sections/reports");
  await expectMoved(request, `/ar${articlePath(seed.rozana.slug)}`, articlePath(seed.rozana.slug));
  await expectMoved(request, "/ar/sections/reports?page=2", "/sections/reports?page=2");
});

test("a trailing slash answers 301 to the URL without it", async ({ request }) => {
  await expectMoved(request, "/sections/reports/", "/sections/reports");
  await expectMoved(request, "/en/", "/en");
  await expectMoved(request, "/podcasts/shu-al-hal/?season=3", "/podcasts/shu-al-hal?season=3");
  await expectMoved(request, `${articlePath(seed.rozana.slug)}/`, articlePath(seed.rozana.slug));
});

test("a redirect sets no cookie", async ({ request }) => {
  const response = await request.get("/ar/sections/reports", { maxRedirects: 0 });
  expect(response.status()).toBe(301);
  expect(response.headers()["set-cookie"]).toBeUndefined();
});
