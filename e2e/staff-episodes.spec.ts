import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { paths } from "../lib/paths";
import { cacheTags } from "../lib/cache-tags";
import { revalidate } from "./support/db";
import { dbCall } from "./support/prisma";
import { seed } from "./support/site";
import { deskAction, deskRow, moveSchedule, signIn, unique } from "./support/staff";

/**
 * A podcast episode's whole life on the desk: publish now, unpublish,
 * schedule (published by the background scheduler with nobody acting) and
 * a share link. Each test makes its own draft episode in season 3, so no
 * order and no seed state is assumed.
 */

type Ep = { id: number; slug: string; title: string; url: string };

const made: number[] = [];

function newDraftEpisode(): Ep {
  const title = unique("حلقة اختبار");
  const slug = `e2e-episode-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;
  // Its audio is a published episode's file: this spec is about pages and lists, not media.
  const template = dbCall("episode", "findFirstOrThrow", {
    where: { slug: seed.episode.slug, show: { slug: seed.show } },
    select: { showId: true, seasonId: true, audioUrl: true, audioMime: true, audioBytes: true, durationSec: true },
  });
  const { id } = dbCall<{ id: number }>("episode", "create", {
    data: { ...template, slug, title, showNotes: `ملاحظات ${title}`, episodeNumber: 90, status: "DRAFT", publishedAt: null },
    select: { id: true },
  });
  made.push(id);
  return { id, slug, title, url: paths.episode("ar", seed.show, slug) };
}

/** Every public place the episode would be listed: the show, its season, the show's feed. */
const LISTS = [paths.show("ar", seed.show), paths.show("ar", seed.show, 3), paths.showFeed(seed.show)];

async function listsShowing(request: APIRequestContext, ep: Ep): Promise<string[]> {
  const found: string[] = [];
  for (const url of LISTS) if ((await (await request.get(url)).text()).includes(ep.title)) found.push(url);
  return found;
}

const episodeStatus = (ep: Ep) => dbCall<{ status: string }>("episode", "findUniqueOrThrow", { where: { id: ep.id }, select: { status: true } }).status;

async function openDesk(page: Page, ep: Ep) {
  await page.goto("/staff");
  await expect(deskRow(page, ep.title)).toBeVisible();
}

test.describe("episodes on the desk", () => {
  test.beforeEach(async ({ page }) => signIn(page));
  // Leave the show as the seed made it (other specs count its episodes), and tell the server.
  test.afterEach(async ({ request }) => {
    if (!made.length) return;
    dbCall("episode", "deleteMany", { where: { id: { in: made.splice(0) } } });
    await revalidate(request, [cacheTags.podcasts, cacheTags.podcast(seed.show), cacheTags.home("ar")]);
  });

  test("publish now: its page and the show's lists at once; unpublish: gone again", async ({ page, request }) => {
    test.slow();
    const ep = newDraftEpisode();
    expect((await request.get(ep.url)).status()).toBe(404);
    // Warm the caches first, so the test shows they are refreshed, not merely cold.
    expect(await listsShowing(request, ep)).toEqual([]);

    await openDesk(page, ep);
    await deskAction(page, ep.title, "انشر الآن");
    const live = await request.get(ep.url);
    expect(live.status()).toBe(200);
    expect(await live.text()).toContain(ep.title);
    expect(await listsShowing(request, ep)).toEqual(LISTS);

    await deskAction(page, ep.title, "إلغاء النشر");
    expect([404, 410]).toContain((await request.get(ep.url)).status());
    expect(await (await request.get(ep.url)).text()).not.toContain(ep.title);
    expect(await listsShowing(request, ep)).toEqual([]);
  });

  test("schedule: not public before its time; the background scheduler publishes it with nobody acting", async ({ page, request }) => {
    test.slow();
    const ep = newDraftEpisode();
    await openDesk(page, ep);
    // The schedule field offers tomorrow (Damascus time) by default.
    await deskRow(page, ep.title).getByRole("button", { name: "جدولة", exact: true }).click();
    await expect(page.getByRole("status").filter({ hasText: "تم." })).toBeVisible({ timeout: 15_000 });
    expect(episodeStatus(ep)).toBe("SCHEDULED");
    expect((await request.get(ep.url)).status()).toBe(404);
    expect(await listsShowing(request, ep)).toEqual([]);

    // Time passes (the item's time is moved, not the clock); nobody presses anything.
    moveSchedule("episode", ep.id, new Date(Date.now() - 1000));
    await expect.poll(() => episodeStatus(ep), { timeout: 30_000 }).toBe("PUBLISHED");
    await expect.poll(async () => (await request.get(ep.url)).status(), { timeout: 20_000 }).toBe(200);
    await expect.poll(() => listsShowing(request, ep), { timeout: 20_000 }).toEqual(LISTS);
  });

  test("a share link opens the draft episode without an account, and only that link does", async ({ page, browser, request }) => {
    const ep = newDraftEpisode();
    await openDesk(page, ep);
    await deskRow(page, ep.title).getByRole("button", { name: "رابط معاينة", exact: true }).click();
    await expect(page.getByRole("status").filter({ hasText: "تم." })).toBeVisible({ timeout: 15_000 });
    const href = await page
      .getByRole("listitem", { name: `رابط معاينة: ${ep.title}` })
      .first()
      .getByRole("link")
      .getAttribute("href");
    expect(href).toMatch(/^\/preview\/[^/?#]+$/);

    const outsider = await browser.newContext();
    const other = await outsider.newPage();
    const opened = await other.goto(href!);
    expect(opened?.status()).toBe(200);
    expect(opened?.headers()["cache-control"]).toMatch(/no-store/);
    await expect(other.getByRole("heading", { level: 1 })).toHaveText(ep.title);
    await expect(other.getByRole("status", { name: "معاينة — هذه النسخة غير منشورة" })).toBeVisible();
    await outsider.close();
    // The episode itself is still not public.
    expect((await request.get(ep.url)).status()).toBe(404);
  });
});
