import { expect, test, type Browser, type Page } from "@playwright/test";
import { cacheTags } from "../lib/cache-tags";
import { dbCall, publishArticle, revalidate, uniqueSlug, withdrawArticle } from "./support/db";
import { signIn, unique } from "./support/staff";

const BANNER = "معاينة — هذه النسخة غير منشورة";

/** The newest public Arabic stories, as the server stores them. */
function newestArabic(n: number): { id: number; title: string }[] {
  return dbCall("article", "findMany", {
    where: { locale: "ar", status: { in: ["PUBLISHED", "SCHEDULED"] }, publishedAt: { lte: new Date() }, withdrawnAt: null },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: n,
    select: { id: true, title: true },
  });
}

const leadOf = (page: Page) => page.getByRole("region", { name: "القصة الرئيسية" }).getByRole("heading", { level: 3 });

/** What an anonymous reader's home leads with, after a fresh load. */
async function readerLead(browser: Browser): Promise<string> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto("/");
  const text = (await leadOf(page).textContent()) ?? "";
  await context.close();
  return text.trim();
}

async function desk(page: Page) {
  await page.goto("/staff/front-page?edition=ar");
  await expect(page.getByRole("heading", { level: 1, name: "الصفحة الأولى" })).toBeVisible();
}

async function addPick(page: Page, title: string) {
  await page.getByRole("combobox", { name: "القصة", exact: true }).selectOption({ label: title });
  await page.getByRole("button", { name: "أضف", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "تم." })).toBeVisible();
}

async function publish(page: Page) {
  await page.getByRole("button", { name: "نشر على الصفحة الأولى" }).click();
  await expect(page.getByRole("status").filter({ hasText: "تم." })).toBeVisible();
}

const pending = (page: Page) => page.getByRole("list", { name: "الاختيارات قيد التحضير" }).getByRole("listitem");

test.describe("the front page desk", () => {
  test("picks, reorders, previews under the banner, then publishes the lead for readers; empty picks fall back to the newest", async ({ page, browser }) => {
    test.setTimeout(90_000);
    // A run that stopped half-way may have left pending picks behind.
    dbCall("frontPagePick", "deleteMany", { where: { locale: "ar", stage: "pending" } });
    const [newest, , a, b] = newestArabic(4);
    await signIn(page);
    await desk(page);
    await addPick(page, a.title);
    await addPick(page, b.title);
    await expect(pending(page).first()).toContainText(a.title);
    await page.getByRole("button", { name: `أسفل: ${a.title}` }).click();
    await expect(pending(page).first()).toContainText(b.title);
    await expect(pending(page).nth(1)).toContainText(a.title);

    // Preview: the home with the pending picks, under the preview banner; readers still get the newest.
    await page.getByRole("button", { name: "معاينة", exact: true }).click();
    await expect(page.getByRole("status", { name: BANNER })).toBeVisible();
    await expect(leadOf(page)).toHaveText(b.title);
    await expect(page.getByRole("region", { name: "قصص مختارة" })).toContainText(a.title);
    expect(await readerLead(browser)).toBe(newest.title);

    // Publish: readers get the picks (the home's tag is invalidated).
    await page.getByRole("button", { name: "إنهاء المعاينة" }).click();
    await desk(page);
    await publish(page);
    await expect(page.getByRole("list", { name: "المنشور الآن" }).getByRole("listitem").first()).toHaveText(b.title);
    await expect.poll(() => readerLead(browser)).toBe(b.title);
    const audit = dbCall<{ action: string }[]>("auditLog", "findMany", { where: { action: { startsWith: "front-" } }, select: { action: true } }).map(
      (r) => r.action,
    );
    expect(audit).toEqual(expect.arrayContaining(["front-pick", "front-move", "front-publish"]));

    // Nothing picked: the newest story leads again.
    await page.getByRole("button", { name: `إزالة: ${a.title}` }).click();
    await expect(pending(page)).toHaveCount(1);
    await page.getByRole("button", { name: `إزالة: ${b.title}` }).click();
    await expect(page.getByText("لا اختيارات: تظهر أحدث القصص.").first()).toBeVisible();
    await publish(page);
    await expect.poll(() => readerLead(browser)).toBe(newest.title);
  });

  test("a picked lead that is no longer public gives way to the newest story", async ({ page, browser, request }) => {
    test.setTimeout(60_000);
    const title = unique("قصة مختارة");
    const id = await publishArticle(request, { slug: uniqueSlug("picked"), title, publishedAt: new Date(Date.now() - 86_400_000 * 400) });
    await signIn(page);
    await desk(page);
    await addPick(page, title);
    await publish(page);
    await expect.poll(() => readerLead(browser)).toBe(title);
    withdrawArticle(id);
    await revalidate(request, [cacheTags.articles("ar"), cacheTags.home("ar")]);
    const [newest] = newestArabic(1);
    await expect.poll(() => readerLead(browser)).toBe(newest.title);
    // Clean up: no picks left for the specs after this one.
    await desk(page);
    await page.getByRole("button", { name: `إزالة: ${title}` }).click();
    await publish(page);
  });
});

test.describe("breaking news", () => {
  test("shows on every page of its edition only, then leaves once expired or cleared", async ({ page, browser, request }) => {
    test.setTimeout(60_000);
    const [story] = newestArabic(1);
    const text = unique("عاجل: اختبار الشريط");
    await signIn(page);
    await desk(page);
    await page.getByLabel("نص الشريط").fill(text);
    await page.getByLabel("يربط إلى").selectOption({ label: story.title });
    await page.getByLabel("ينتهي بعد (دقائق)").fill("30");
    await page.getByRole("button", { name: "ضع الخبر العاجل" }).click();
    await expect(page.getByRole("status").filter({ hasText: "تم." })).toBeVisible();

    const context = await browser.newContext();
    const reader = await context.newPage();
    for (const path of ["/", "/sections/reports", "/podcasts"]) {
      await reader.goto(path);
      const strip = reader.getByRole("complementary", { name: "عاجل" });
      await expect(strip.getByRole("link", { name: text })).toBeVisible();
    }
    await reader.getByRole("complementary", { name: "عاجل" }).getByRole("link").click();
    await expect(reader.getByRole("heading", { level: 1 })).toHaveText(story.title);
    await reader.goto("/en");
    await expect(reader.getByRole("complementary", { name: "Breaking" })).toHaveCount(0);
    // Without JavaScript too: the strip is in the server's HTML.
    const raw = await (await request.get("/")).text();
    expect(raw).toContain(text);

    // Time passes beyond the expiry; at the next regeneration (here: forced) it is gone.
    dbCall("breakingNews", "update", { where: { locale: "ar" }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await revalidate(request, [cacheTags.breaking("ar")]);
    await expect.poll(async () => (await (await request.get("/")).text()).includes(text)).toBe(false);
    await reader.goto("/");
    await expect(reader.getByRole("complementary", { name: "عاجل" })).toHaveCount(0);

    // Set again, then cleared from the desk: gone at once.
    await desk(page);
    await expect(page.getByText(`انتهى: «${text}»`)).toBeVisible();
    await page.getByLabel("نص الشريط").fill(text);
    await page.getByLabel("يربط إلى").selectOption({ label: story.title });
    await page.getByRole("button", { name: "ضع الخبر العاجل" }).click();
    await expect.poll(async () => (await (await request.get("/")).text()).includes(text)).toBe(true);
    await page.getByRole("button", { name: "ألغِ الخبر العاجل" }).click();
    await expect(page.getByRole("status").filter({ hasText: "تم." })).toBeVisible();
    await expect.poll(async () => (await (await request.get("/")).text()).includes(text)).toBe(false);
    const actions = dbCall<{ action: string }[]>("auditLog", "findMany", { where: { action: { startsWith: "breaking-" } }, select: { action: true } }).map(
      (r) => r.action,
    );
    expect(actions).toEqual(expect.arrayContaining(["breaking-set", "breaking-clear"]));
    await context.close();
  });
});
