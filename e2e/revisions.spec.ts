/**
 * Pending changes of a live story: an editor's edit waits, unseen by readers,
 * crawlers, feeds, sitemaps and search, until "publish changes"; previews
 * (in place and by share link) show it; discard and restore from the history.
 */
import { expect, test, type APIRequestContext, type Browser, type Page } from "@playwright/test";
import { paths } from "../lib/paths";
import { rawPage, textsOf } from "./support/html";
import { articleState, createDraft, deskAction, deskRow, signIn, unique, type Draft } from "./support/staff";

test.describe.configure({ mode: "serial" });

const word = () => `rvsn${Math.random().toString(36).slice(2, 8).replace(/\d/g, "q")}`;
const LIVE_WORD = word();
const PENDING_WORD = word();
const PENDING_BODY = `فقرة التصحيح المعلّقة ${word()}.`;

let story: Draft;
let liveTitle: string;
let pendingTitle: string;
/** The story's dateModified while published as first written. */
let publishedUpdatedAt: number;
let draftModeCookie = "";

const editUrl = () => `/staff/articles/${story.id}/edit`;
const titleField = (page: Page) => page.getByLabel("العنوان", { exact: true });
const bodyField = (page: Page) => page.getByLabel("النص", { exact: true });

async function saveEdit(page: Page, title: string, body?: string) {
  await page.goto(editUrl());
  await titleField(page).fill(title);
  if (body) await bodyField(page).fill(body);
  await page.getByRole("button", { name: "حفظ", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "حُفظت التعديلات ولم تُنشر" })).toBeVisible({ timeout: 15_000 });
}

async function clickOnEditPage(page: Page, button: string, confirmation: string) {
  await page.goto(editUrl());
  await page.getByRole("button", { name: button, exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: confirmation })).toBeVisible({ timeout: 15_000 });
}

async function searchTitles(request: APIRequestContext, q: string): Promise<string[]> {
  const page = await rawPage(request, `/search?q=${encodeURIComponent(q)}`);
  expect(page.status, q).toBe(200);
  return textsOf(page, "main ol > li h2");
}

/** The public page as a crawler reads it: status, heading, JSON-LD NewsArticle and og:title. */
async function publicFacts(request: APIRequestContext) {
  const page = await rawPage(request, story.url);
  const ld = page.doc
    .querySelectorAll('script[type="application/ld+json"]')
    .flatMap((s) => [JSON.parse(s.textContent)].flat())
    .find((b) => b["@type"] === "NewsArticle");
  return {
    status: page.status,
    html: page.html,
    h1: textsOf(page, "h1")[0],
    ogTitle: page.doc.querySelector('meta[property="og:title"]')?.getAttribute("content"),
    headline: ld?.headline as string | undefined,
    dateModified: ld?.dateModified as string | undefined,
  };
}

/** Every public surface the story is on, whole responses (head, scripts, RSC payloads). */
function publicSurfaces(): { url: string; rsc?: boolean }[] {
  const pages = [
    story.url,
    paths.home("ar"),
    paths.section("ar", "reports"),
    paths.author("ar", "malek-al-hafez"),
    paths.tag("ar", "isis"),
    // (A search for the pending word echoes it in the page: searchTitles checks that one finds nothing.)
    `/search?q=${encodeURIComponent(LIVE_WORD)}`,
  ];
  return [
    ...pages.map((url) => ({ url })),
    ...pages.slice(0, 5).map((url) => ({ url, rsc: true })),
    ...[paths.feed("ar"), paths.sectionFeed("ar", "reports"), "/sitemap.xml", "/sitemaps/articles-1.xml", "/news-sitemap.xml"].map((url) => ({ url })),
  ];
}

async function setUp(browser: Browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page);
  liveTitle = unique(`قصة منشورة ${LIVE_WORD}`);
  pendingTitle = unique(`عنوان معلّق ${PENDING_WORD}`);
  story = await createDraft(page, { title: liveTitle, body: `فقرة منشورة أولى.\n\nفقرة منشورة ثانية.` });
  await deskAction(page, liveTitle, "انشر الآن");
  // dateModified as readers get it: never before the publication time.
  const state = articleState(story.id);
  publishedUpdatedAt = Math.max(state.updatedAt.getTime(), state.publishedAt!.getTime());
  await context.close();
}

test.describe("pending changes of a live story", () => {
  test.beforeAll(async ({ browser }) => {
    test.setTimeout(120_000);
    await setUp(browser);
  });
  test.beforeEach(async ({ page }) => signIn(page));

  test("an edit of a live story is saved as a pending change: the desk marks it, the stored story is untouched", async ({ page }) => {
    await page.goto(editUrl());
    await expect(page.getByText("هذا المقال منشور: الحفظ يحفظ التعديلات دون نشرها")).toBeVisible();
    await saveEdit(page, pendingTitle, `${PENDING_BODY}\n\nفقرة منشورة ثانية.`);

    // The editor shows the pending version, with what is waiting and who saved it.
    await expect(titleField(page)).toHaveValue(pendingTitle);
    const pending = page.getByRole("region", { name: "تعديلات غير منشورة" });
    await expect(pending).toContainText("آخر حفظ");
    await expect(pending.getByRole("button", { name: "نشر التعديلات" })).toBeVisible();

    const stored = articleState(story.id);
    expect(stored.title).toBe(liveTitle);
    expect(Math.max(stored.updatedAt.getTime(), stored.publishedAt!.getTime())).toBe(publishedUpdatedAt);

    await page.goto("/staff");
    await expect(deskRow(page, liveTitle)).toContainText("تعديلات غير منشورة");
  });

  test("preview in place and a share link show the pending version under the preview banner", async ({ page, browser, request }) => {
    await page.goto(editUrl());
    await page.getByRole("button", { name: "معاينة التعديلات", exact: true }).click();
    await expect(page.getByRole("status", { name: "معاينة — هذه النسخة غير منشورة" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(pendingTitle);
    await expect(page.getByText(PENDING_BODY)).toBeVisible();
    draftModeCookie = (await page.context().cookies()).find((c) => c.name === "__prerender_bypass")?.value ?? "";
    expect(draftModeCookie).not.toBe("");

    await page.goto("/staff");
    await deskRow(page, liveTitle).getByRole("button", { name: "رابط معاينة", exact: true }).click();
    await expect(page.getByRole("status").filter({ hasText: "تم." })).toBeVisible({ timeout: 15_000 });
    const href = await page
      .getByRole("listitem", { name: `رابط معاينة: ${liveTitle}` })
      .first()
      .getByRole("link")
      .getAttribute("href");
    expect(href).toMatch(/^\/preview\//);

    const stranger = await browser.newContext();
    const shared = await stranger.newPage();
    await shared.goto(href!);
    await expect(shared.getByRole("status", { name: "معاينة — هذه النسخة غير منشورة" })).toBeVisible();
    await expect(shared.getByRole("heading", { level: 1 })).toHaveText(pendingTitle);
    await expect(shared.getByText(PENDING_BODY)).toBeVisible();
    // The same stranger on the public URL: the published story.
    await shared.goto(story.url);
    await expect(shared.getByRole("heading", { level: 1 })).toHaveText(liveTitle);
    await stranger.close();
    expect((await publicFacts(request)).h1).toBe(liveTitle);
  });

  test("readers, crawlers, feeds, sitemaps, search and RSC payloads still get the published version only", async ({ playwright, baseURL, request }) => {
    expect(draftModeCookie).not.toBe("");
    const facts = await publicFacts(request);
    expect(facts.status).toBe(200);
    expect(facts.h1).toBe(liveTitle);
    expect(facts.ogTitle).toContain(liveTitle);
    expect(facts.headline).toBe(liveTitle);
    expect(new Date(facts.dateModified!).getTime()).toBe(publishedUpdatedAt);
    expect(await searchTitles(request, LIVE_WORD)).toEqual([liveTitle]);
    expect(await searchTitles(request, PENDING_WORD)).toEqual([]);

    // Anonymous, a crawler, and a browser holding only a draft-mode cookie (no session).
    const requesters: Record<string, string>[] = [
      {},
      { "user-agent": "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)" },
      { cookie: `__prerender_bypass=${draftModeCookie}` },
    ];
    for (const headers of requesters) {
      const reader = await playwright.request.newContext({ baseURL, extraHTTPHeaders: headers });
      for (const { url, rsc } of publicSurfaces()) {
        const response = await reader.get(url, rsc ? { headers: { rsc: "1" } } : {});
        expect(response.status(), url).toBeLessThan(400);
        const body = await response.text();
        const label = `${rsc ? "RSC " : ""}${url} (${JSON.stringify(headers)})`;
        for (const secret of [pendingTitle, PENDING_WORD, PENDING_BODY]) expect(body, `${label} names «${secret}»`).not.toContain(secret);
      }
      await reader.dispose();
    }
  });

  test("a form loaded before a colleague's save is refused, not silently overwritten", async ({ page, browser }) => {
    const colleague = await browser.newContext();
    const other = await colleague.newPage();
    await signIn(other);
    await other.goto(editUrl());
    await page.goto(editUrl());
    await titleField(page).fill(`${pendingTitle} ب`);
    await page.getByRole("button", { name: "حفظ", exact: true }).click();
    await expect(page.getByRole("status").filter({ hasText: "حُفظت التعديلات ولم تُنشر" })).toBeVisible({ timeout: 15_000 });

    await titleField(other).fill("تعديل قديم سيُرفض");
    await other.getByRole("button", { name: "حفظ", exact: true }).click();
    await expect(other.locator("main").getByRole("alert")).toContainText("حفظ أحد الزملاء تعديلات على هذا المقال");
    await colleague.close();
    await page.goto(editUrl());
    await expect(titleField(page)).toHaveValue(`${pendingTitle} ب`);
    pendingTitle = `${pendingTitle} ب`;
  });

  test("publish changes: the page, JSON-LD dateModified, feed and search move to the new version; history records it", async ({ page, request }) => {
    await clickOnEditPage(page, "نشر التعديلات", "نُشرت التعديلات.");
    await expect(page.getByRole("region", { name: "تعديلات غير منشورة" })).toHaveCount(0);

    await expect.poll(async () => (await publicFacts(request)).h1, { timeout: 15_000 }).toBe(pendingTitle);
    const facts = await publicFacts(request);
    expect(facts.headline).toBe(pendingTitle);
    expect(facts.html).toContain(PENDING_BODY);
    expect(new Date(facts.dateModified!).getTime()).toBeGreaterThan(publishedUpdatedAt);
    expect(articleState(story.id).updatedAt.getTime()).toBe(new Date(facts.dateModified!).getTime());
    expect(await searchTitles(request, PENDING_WORD)).toEqual([pendingTitle]);
    expect(await (await request.get(paths.feed("ar"))).text()).toContain(pendingTitle);

    const history = page.getByRole("region", { name: "النسخ المنشورة" });
    await expect(history.getByRole("row")).toHaveCount(3);
    await expect(history.getByRole("row").nth(1)).toContainText(pendingTitle);
    await expect(history.getByRole("row").nth(2)).toContainText(liveTitle);
    await expect(history.getByRole("row").nth(2)).toContainText("النسخة الأولى");
    await page.goto("/staff");
    await expect(deskRow(page, pendingTitle)).not.toContainText("تعديلات غير منشورة");
  });

  test("discard changes: nothing reaches readers, and the preview is the published version again", async ({ page, request }) => {
    const discarded = unique("تعديل سيُتجاهل");
    await saveEdit(page, discarded);
    await clickOnEditPage(page, "تجاهل التعديلات", "تُجوهلت التعديلات.");
    await expect(titleField(page)).toHaveValue(pendingTitle);
    expect(articleState(story.id).title).toBe(pendingTitle);
    const facts = await publicFacts(request);
    expect(facts.h1).toBe(pendingTitle);
    expect(facts.html).not.toContain(discarded);
    await page.goto("/staff");
    await deskRow(page, pendingTitle).getByRole("button", { name: "معاينة", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(pendingTitle);
  });

  test("restore an earlier version: it is pending until published, then live", async ({ page, request }) => {
    await page.goto(editUrl());
    const history = page.getByRole("region", { name: "النسخ المنشورة" });
    await history
      .getByRole("row")
      .filter({ hasText: "النسخة الأولى" })
      .getByRole("button", { name: /^استعادة النسخة/ })
      .click();
    await expect(page.getByRole("status").filter({ hasText: "استُعيدت النسخة" })).toBeVisible({ timeout: 15_000 });
    await expect(titleField(page)).toHaveValue(liveTitle);
    expect((await publicFacts(request)).h1).toBe(pendingTitle);

    await clickOnEditPage(page, "نشر التعديلات", "نُشرت التعديلات.");
    await expect.poll(async () => (await publicFacts(request)).h1, { timeout: 15_000 }).toBe(liveTitle);
    expect((await publicFacts(request)).html).not.toContain(PENDING_BODY);
    await expect(page.getByRole("region", { name: "النسخ المنشورة" }).getByRole("row")).toHaveCount(4);
    await deskAction(page, liveTitle, "إلغاء النشر");
  });
});
