import { expect, test } from "@playwright/test";
import { articlePath, editions, expectEdition, internal, seed } from "./support/site";

/** Anything unknown is a real 404 page, in the reader's language. */

for (const edition of editions) {
  const p = edition.prefix;
  const unknown = [
    ["article", `${p}/articles/no-such-article`],
    ["Arabic article slug", `${p}/articles/${encodeURIComponent("مقال-غير-موجود")}`],
    ["section", `${p}/sections/no-such-section`],
    ["author", `${p}/authors/no-such-author`],
    ["tag", `${p}/tags/no-such-tag`],
    ["show", `${p}/podcasts/no-such-show`],
    ["episode", `${p}/podcasts/${seed.show}/no-such-episode`],
    ["path", `${p}/no/such/path`],
    ["page past the end", `${p}/sections/reports?page=${edition.locale === "ar" ? 3 : 2}`],
    ["page past the end of an author", `${p}/authors/malek-al-hafez?page=9`],
    ["page past the end of a tag", `${p}/tags/isis?page=9`],
    ["page 0", `${p}/sections/reports?page=0`],
    ["page abc", `${p}/sections/reports?page=abc`],
    ["season 99", `${p}/podcasts/${seed.show}?season=99`],
    ["season abc", `${p}/podcasts/${seed.show}?season=abc`],
    ["internal page shape", `${p}${internal.sectionPage2}`],
    ["internal season shape", `${p}${internal.season3}`],
    ["consent segment", `${p}${internal.consentHome}`],
    ["consent segment with a page", `${p}${internal.consentSection}`],
  ] as const;

  test.describe(`${edition.locale} edition`, () => {
    for (const [what, url] of unknown) {
      test(`unknown ${what}: ${url}`, async ({ page }) => {
        const response = await page.goto(url);
        expect(response?.status()).toBe(404);
        await expectEdition(page, edition);
        await expect(page.getByRole("heading", { level: 1 })).toHaveText(edition.notFound);
        await expect(page.getByRole("link", { name: edition.locale === "ar" ? "العودة إلى الرئيسية" : "Back to the home page" })).toHaveAttribute(
          "href",
          edition.locale === "ar" ? "/" : "/en",
        );
      });
    }

    test("malformed percent-encoding, sent raw", async ({ request }) => {
      for (const raw of [`${p}/articles/%E0%A4%A`, `${p}/sections/%ZZ`, `${p}/%`]) {
        const response = await request.get(raw);
        expect(response.status(), raw).toBe(404);
        const html = await response.text();
        expect(html, raw).toContain(`<html lang="${edition.locale}" dir="${edition.dir}"`);
        expect(html, raw).toContain(edition.notFound);
      }
    });
  });
}

test("an unknown locale-like prefix is an Arabic 404, not another edition", async ({ page }) => {
  for (const url of ["/fr/articles/x", "/fr", "/ar-SY/sections/reports"]) {
    const response = await page.goto(url);
    expect(response?.status(), url).toBe(404);
    await expectEdition(page, { locale: "ar", dir: "rtl" });
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("الصفحة غير موجودة");
  }
});

test("the internal /ar prefix never exposes a consent variant", async ({ page }) => {
  const response = await page.goto(`/ar${internal.consentHome}`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("الصفحة غير موجودة");
});

test("an article exists only in its own edition", async ({ page }) => {
  expect((await page.goto(articlePath(seed.oilAr.slug, "en")))?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  expect((await page.goto(articlePath(seed.oilEn.slug, "ar")))?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("الصفحة غير موجودة");
});
