import { expect, test, type APIRequestContext } from "@playwright/test";
import { articleState, createDraft, deskAction, deskRow, moveSchedule, signIn, type Draft } from "./support/staff";

/** A moment `days` from now, whole minutes, and how the desk's Damascus-time field writes it. */
function future(days: number): { at: Date; field: string } {
  const at = new Date(Math.floor((Date.now() + days * 86_400_000) / 60_000) * 60_000);
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-CA", {
      timeZone: "Asia/Damascus",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  return { at, field: `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}` };
}

/** Every public list the article belongs to (section تقارير, author مالك الحافظ, tag داعش). */
const LISTS = ["/", "/sections/reports", "/authors/malek-al-hafez", "/tags/isis"];

async function listsShowing(request: APIRequestContext, draft: Draft): Promise<string[]> {
  const found: string[] = [];
  for (const url of LISTS) {
    const html = await (await request.get(url)).text();
    if (html.includes(draft.title)) found.push(url);
  }
  return found;
}

test.describe("publishing", () => {
  test.beforeEach(async ({ page }) => signIn(page));

  test("publish now: on its URL and every list at once, without a rebuild; unpublish: 410 and gone from the lists", async ({ page, playwright }) => {
    const draft = await createDraft(page);
    const reader = await playwright.request.newContext({ baseURL: new URL(page.url()).origin });
    expect((await reader.get(draft.url)).status()).toBe(404);
    // Warm the public caches first, so the test shows they are refreshed, not merely cold.
    expect(await listsShowing(reader, draft)).toEqual([]);

    await deskAction(page, draft.title, "انشر الآن");
    const live = await reader.get(draft.url);
    expect(live.status()).toBe(200);
    expect(await live.text()).toContain(draft.title);
    expect(await listsShowing(reader, draft)).toEqual(LISTS);

    await deskAction(page, draft.title, "إلغاء النشر");
    const gone = await reader.get(draft.url);
    expect(gone.status()).toBe(410);
    expect(await gone.text()).toContain("سُحبت هذه المادة");
    expect(await listsShowing(reader, draft)).toEqual([]);

    // The desk's audit log names the editor for each step.
    await page.goto("/staff");
    const rows = page.getByRole("table").getByRole("row").filter({ hasText: draft.title });
    for (const action of ["نشر", "إلغاء نشر", "إنشاء"]) {
      await expect(
        rows
          .filter({ has: page.getByRole("cell", { name: action, exact: true }) })
          .filter({ hasText: "محرر تجريبي" })
          .first(),
      ).toBeVisible();
    }
    await reader.dispose();
  });

  test("schedule: stored at the Damascus time the editor chose, not public before it; the background scheduler publishes it, audited", async ({
    page,
    playwright,
  }) => {
    const draft = await createDraft(page);
    const reader = await playwright.request.newContext({ baseURL: new URL(page.url()).origin });
    const when = future(3);
    await page.goto("/staff");
    const row = deskRow(page, draft.title);
    await row.getByLabel("موعد النشر (بتوقيت دمشق)").fill(when.field);
    await row.getByRole("button", { name: "جدولة", exact: true }).click();
    // The desk's list is one paged list now: the row says its state and time.
    await expect(deskRow(page, draft.title)).toContainText("مجدولة");
    await expect(deskRow(page, draft.title)).toContainText("موعد النشر:");
    const stored = articleState(draft.id);
    expect(stored.status).toBe("SCHEDULED");
    expect(stored.publishedAt?.toISOString()).toBe(when.at.toISOString());
    expect((await reader.get(draft.url)).status()).toBe(404);
    expect(await listsShowing(reader, draft)).toEqual([]);

    // The clock reaches the scheduled time (we move the time, not the clock); nobody presses anything.
    moveSchedule("article", draft.id, new Date(Date.now() - 1000));
    await expect.poll(() => articleState(draft.id).status, { timeout: 20_000 }).toBe("PUBLISHED");
    await expect.poll(async () => (await reader.get(draft.url)).status(), { timeout: 20_000 }).toBe(200);
    await expect.poll(() => listsShowing(reader, draft), { timeout: 20_000 }).toEqual(LISTS);
    await page.goto("/staff");
    await expect(page.getByRole("table").getByRole("row").filter({ hasText: draft.title }).filter({ hasText: "نشر مجدول" })).toBeVisible();
    await expect(page.getByRole("table").getByRole("row").filter({ hasText: draft.title }).filter({ hasText: "جدولة" }).first()).toBeVisible();
    await reader.dispose();
  });

  test("schedule: the background scheduler publishes when the time comes and refreshes the cached lists, with nobody acting", async ({ page, playwright }) => {
    const draft = await createDraft(page);
    const reader = await playwright.request.newContext({ baseURL: new URL(page.url()).origin });
    await page.goto("/staff");
    const row = deskRow(page, draft.title);
    await row.getByLabel("موعد النشر (بتوقيت دمشق)").fill(future(1).field);
    await row.getByRole("button", { name: "جدولة", exact: true }).click();
    await expect(page.getByRole("status").filter({ hasText: "تم." })).toBeVisible({ timeout: 15_000 });
    // The lists are cached without it (they refresh by themselves only every 60 s).
    expect(await listsShowing(reader, draft)).toEqual([]);

    moveSchedule("article", draft.id, new Date(Date.now() - 1000));
    await expect.poll(() => articleState(draft.id).status, { timeout: 20_000 }).toBe("PUBLISHED");
    await expect.poll(() => listsShowing(reader, draft), { timeout: 20_000 }).toEqual(LISTS);
    await reader.dispose();
  });

  test("a time in the past is refused", async ({ page }) => {
    const draft = await createDraft(page);
    await page.goto("/staff");
    const row = deskRow(page, draft.title);
    await row.getByLabel("موعد النشر (بتوقيت دمشق)").fill("2020-01-01T09:00");
    await row.getByRole("button", { name: "جدولة", exact: true }).click();
    await expect(page.locator("main").getByRole("alert")).toHaveText("اختر موعداً في المستقبل.");
    expect(articleState(draft.id).status).toBe("DRAFT");
  });

  test("publishing changes to a live article updates its page and date; a new slug keeps the old URL as a 301", async ({ page, request }) => {
    const draft = await createDraft(page);
    await deskAction(page, draft.title, "انشر الآن");
    expect((await request.get(draft.url)).status()).toBe(200);
    const before = articleState(draft.id).updatedAt.getTime();

    await page.goto(`/staff/articles/${draft.id}/edit`);
    const newTitle = `${draft.title} (محدّث)`;
    await page.getByLabel("العنوان", { exact: true }).fill(newTitle);
    await page.getByLabel("المعرّف في الرابط").fill(`${draft.slug}-v2`);
    await page.getByRole("button", { name: "حفظ" }).click();
    // A live story's edit waits as a pending change until "publish changes" (e2e/revisions.spec.ts).
    await expect(page.getByRole("status").filter({ hasText: "حُفظت التعديلات ولم تُنشر" })).toBeVisible({ timeout: 15_000 });
    await page.getByRole("button", { name: "نشر التعديلات" }).click();
    await expect(page.getByRole("status").filter({ hasText: "نُشرت التعديلات." })).toBeVisible({ timeout: 15_000 });
    expect(articleState(draft.id).updatedAt.getTime()).toBeGreaterThan(before);

    const moved = await request.get(draft.url, { maxRedirects: 0 });
    expect(moved.status()).toBe(301);
    expect(moved.headers()["location"]).toContain(`/articles/${draft.slug}-v2`);
    const page2 = await request.get(`/articles/${draft.slug}-v2`);
    expect(await page2.text()).toContain(newTitle);
    expect(await (await request.get("/sections/reports")).text()).toContain(newTitle);
  });
});
