import { expect, test, type Page } from "@playwright/test";
import arMessages from "../locales/ar.json";
import { articleId } from "./support/db";
import { rawPage, textsOf } from "./support/html";
import { seed } from "./support/site";
import { createDraft, deskRow, expireNewestPreviewLink, newestPreviewLink, signIn } from "./support/staff";

const BANNER = "معاينة — هذه النسخة غير منشورة";

async function previewFromDesk(page: Page, title: string) {
  await page.goto("/staff");
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === "GET" && r.request().resourceType() === "document" && !r.url().includes("/staff")),
    deskRow(page, title).getByRole("button", { name: "معاينة", exact: true }).click(),
  ]);
  return response;
}

/** The newest preview link the desk lists for an item. */
async function shareLink(page: Page, title: string, hours?: number): Promise<string> {
  await page.goto("/staff");
  const row = deskRow(page, title);
  if (hours) await row.getByLabel("صلاحية الرابط بالساعات").fill(String(hours));
  await row.getByRole("button", { name: "رابط معاينة", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "تم." })).toBeVisible({ timeout: 15_000 });
  const href = await page
    .getByRole("listitem", { name: `رابط معاينة: ${title}` })
    .first()
    .getByRole("link")
    .getAttribute("href");
  expect(href).toMatch(/^\/preview\/[^/?#]+$/);
  return href!;
}

test.describe("preview in place", () => {
  test("shows the draft at its own URL with the banner, private and unindexed, and never caches it for the public", async ({ page, browser }) => {
    await signIn(page);
    const draft = await createDraft(page);
    const response = await previewFromDesk(page, draft.title);
    expect(new URL(page.url()).pathname).toBe(draft.url);
    expect(response.status()).toBe(200);
    expect(response.headers()["cache-control"]).toMatch(/private/);
    expect(response.headers()["cache-control"]).toMatch(/no-store/);
    expect(response.headers()["x-robots-tag"]).toBe("noindex, nofollow");
    await expect(page.getByRole("status", { name: BANNER })).toBeVisible();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(draft.title);
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);

    // Anyone else, right after: still the 404 of a missing page.
    const anonymous = await browser.newContext();
    const other = await anonymous.newPage();
    const answer = await other.goto(draft.url);
    expect(answer?.status()).toBe(404);
    await expect(other.getByRole("heading", { level: 1 })).toHaveText("الصفحة غير موجودة");
    await anonymous.close();

    // Exit preview: the same URL is a 404 again for the editor too.
    await page.getByRole("button", { name: "إنهاء المعاينة" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("الصفحة غير موجودة");

    // The view is in the audit log, with the editor's name.
    await page.goto("/staff");
    await expect(
      page
        .getByRole("table")
        .getByRole("row")
        .filter({ hasText: draft.title })
        .filter({ has: page.getByRole("cell", { name: "معاينة", exact: true }) })
        .filter({ hasText: "محرر تجريبي" })
        .first(),
    ).toBeVisible();
  });

  test("a public page stays in the public cache while an editor previews it, and the preview never enters it", async ({ page, request }) => {
    const url = `/articles/${encodeURIComponent("داعش-يجدد-استهداف-قوات-النظام-ما-مصدر-قوته")}`;
    // Served from the cache (polled: a first request may render it).
    await expect.poll(async () => (await request.get(url)).headers()["x-nextjs-cache"]).toBe("HIT");
    expect((await request.get(url)).headers()["cache-control"]).not.toMatch(/private/);

    await signIn(page);
    const id = articleId("ar", seed.rozana.slug);
    const enable = await page.request.post("/api/staff/preview", { form: { type: "article", id: String(id) }, maxRedirects: 0 });
    expect(enable.status()).toBe(303);
    const preview = await page.goto(url);
    expect(preview?.headers()["cache-control"]).toMatch(/private/);
    await expect(page.getByRole("status", { name: BANNER })).toBeVisible();

    const after = await request.get(url);
    // Still the public cache entry (STALE only if its 60 s revalidation came due meanwhile).
    expect(after.headers()["x-nextjs-cache"]).toMatch(/^(HIT|STALE)$/);
    expect(after.headers()["cache-control"]).not.toMatch(/private/);
    expect(await after.text()).not.toContain(BANNER);
  });

  test("shows related links to other drafts to staff only", async ({ page, browser }) => {
    await signIn(page);
    const target = await createDraft(page);
    const draft = await createDraft(page, { body: `فقرة.\n\nاقرأ أيضاً: ${target.title}` });
    await previewFromDesk(page, draft.title);
    await expect(page.getByRole("complementary", { name: "اقرأ أيضاً:" }).getByRole("link")).toHaveText(target.title);

    const link = await shareLink(page, draft.title);
    const outsider = await browser.newContext();
    const other = await outsider.newPage();
    await other.goto(link);
    await expect(other.getByRole("heading", { level: 1 })).toHaveText(draft.title);
    await expect(other.getByRole("complementary", { name: "اقرأ أيضاً:" })).toHaveCount(0);
    expect(await other.content()).not.toContain(target.title);
    await outsider.close();
  });

  test("previews a draft podcast episode in place", async ({ page }) => {
    await signIn(page);
    await previewFromDesk(page, "مسودة: حلقة عن المواصلات العامة");
    await expect(page.getByRole("status", { name: BANNER })).toBeVisible();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("مسودة: حلقة عن المواصلات العامة");
  });
});

test.describe("shareable preview links", () => {
  test("open the draft without an account, are audited, and stop working once revoked", async ({ page, browser }) => {
    await signIn(page);
    const draft = await createDraft(page);
    const link = await shareLink(page, draft.title);

    const outsider = await browser.newContext();
    const other = await outsider.newPage();
    const opened = await other.goto(link);
    expect(opened?.status()).toBe(200);
    expect(opened?.headers()["cache-control"]).toMatch(/no-store/);
    expect(opened?.headers()["x-robots-tag"]).toBe("noindex, nofollow");
    await expect(other.getByRole("heading", { level: 1 })).toHaveText(draft.title);
    await expect(other.getByRole("status", { name: BANNER })).toBeVisible();
    await expect(other.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);

    await page.goto("/staff");
    const log = page.getByRole("table");
    await expect(log.getByRole("row").filter({ hasText: draft.title }).filter({ hasText: "معاينة عبر رابط" }).first()).toBeVisible();

    await page
      .getByRole("listitem", { name: `رابط معاينة: ${draft.title}` })
      .getByRole("button", { name: "إلغاء الرابط" })
      .click();
    await expect(page.getByRole("listitem", { name: `رابط معاينة: ${draft.title}` })).toContainText("أُلغي");
    const revoked = await other.goto(link);
    expect(revoked?.status()).toBe(404);
    await expect(other.getByRole("heading", { level: 1 })).toHaveText("الصفحة غير موجودة");
    await outsider.close();
  });

  test("a link lives as long as asked; an expired or tampered link is the same 404 as a missing page", async ({ page, request }) => {
    await signIn(page);
    const draft = await createDraft(page);
    const asked = Date.now();
    const link = await shareLink(page, draft.title, 3);
    expect((await request.get(link)).status()).toBe(200);
    // Made for three hours: it ends three hours after it was made, not at some default.
    const { expiresAt } = newestPreviewLink("article", draft.id);
    expect(Math.abs(expiresAt.getTime() - (asked + 3 * 3600_000))).toBeLessThan(5 * 60_000);

    // Any change to the link's text breaks it (wherever the change is).
    const token = link.slice("/preview/".length);
    const flip = (s: string, i: number) => s.slice(0, i) + (s[i] === "A" ? "B" : "A") + s.slice(i + 1);
    const bads = [
      `/preview/${flip(token, 2)}`,
      `/preview/${flip(token, token.length - 1)}`,
      `/preview/${flip(token, Math.floor(token.length / 2))}`,
      "/preview/garbage",
      "/preview/a.b",
    ];

    // Three hours later: expired.
    expireNewestPreviewLink("article", draft.id);
    bads.push(link);

    const { notFoundTitle } = arMessages.errors;
    const pages = await Promise.all(bads.map((bad) => rawPage(request, bad)));
    pages.forEach((r, i) => {
      expect(r.status, bads[i]).toBe(404);
      expect(r.html, bads[i]).not.toContain(draft.title);
    });
    // The missing page's own heading and title: never an empty shell that passes because both are absent.
    pages.forEach((r, i) => {
      expect(textsOf(r, "h1"), bads[i]).toEqual([notFoundTitle]);
      expect(r.doc.querySelector("title")?.textContent, bads[i]).toContain(notFoundTitle);
    });
  });
});
