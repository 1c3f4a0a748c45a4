import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { paths } from "../lib/paths";
import { cacheTags } from "../lib/cache-tags";
import { silentMp3, tinyM4a } from "../lib/media/audio-fixtures";
import { e2eTmpDir } from "../scripts/e2e-env.mjs";
import { revalidate } from "./support/db";
import { dbCall } from "./support/prisma";
import { rawRequest } from "./support/raw-http";
import { seed } from "./support/site";
import { deskRow, origin, port, signIn, unique } from "./support/staff";

/**
 * An editor writes an episode from the desk with an uploaded audio file
 * (made in the test), in plain forms with JavaScript off: the draft's audio
 * is 404 to everyone else, published it plays and the page and the feed give
 * the stored file's duration and length, unpublished it is 404 again. Bad
 * files get the message beside the field and leave nothing behind.
 */
const mediaRoot = path.join(e2eTmpDir(String(port)), "media");
const filesInMedia = (): string[] =>
  readdirSync(mediaRoot, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
const episodeCount = () => dbCall<number>("episode", "count", {});
const made: string[] = [];

async function upload(page: Page, name: string, buffer: Buffer, mimeType = "audio/mpeg") {
  await page.getByLabel("ملف الصوت (MP3 أو M4A)").setInputFiles({ name, mimeType, buffer });
  await page.getByRole("button", { name: "ارفع الملف" }).click();
}

test.describe("the episode editor", () => {
  test.use({ javaScriptEnabled: false });
  test.beforeEach(async ({ page }) => signIn(page));
  test.afterEach(async ({ request }) => {
    if (!made.length) return;
    dbCall("episode", "deleteMany", { where: { slug: { in: made.splice(0) } } });
    await revalidate(request, [cacheTags.podcasts, cacheTags.podcast(seed.show)]);
  });

  test("upload, save a draft, its audio unreachable; publish: page, feed and audio; unpublish: 404 again", async ({ page, request }) => {
    test.slow();
    const mp3 = silentMp3(3);
    const title = unique("حلقة من المكتب");
    const slug = `e2e-desk-ep-${Date.now().toString(36)}`;
    made.push(slug);

    await page.goto("/staff");
    await page.getByRole("link", { name: "حلقة جديدة" }).click();
    await upload(page, "my recording.mp3", mp3);
    await expect(page.getByRole("status")).toContainText("رُفع الملف: 3 ثانية");

    await page.getByLabel("البرنامج").selectOption({ label: "شو الحل؟" });
    await page.getByLabel("رقم الموسم").fill("3");
    await page.getByLabel("رقم الحلقة").fill("77");
    await page.getByLabel("نوع الحلقة").selectOption({ label: "إضافية" });
    await page.getByLabel("العنوان", { exact: true }).fill(title);
    await page.getByLabel("المعرّف في الرابط").fill(slug);
    await page.getByLabel("ملاحظات الحلقة").fill(`ملاحظات ${title}.\n\n## عن الحلقة\n\nفقرة ثانية.`);
    await page.getByRole("button", { name: "احفظ الحلقة" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`تحرير الحلقة: ${title}`);
    await expect(page.getByText("حُفظت الحلقة.")).toBeVisible();

    const row = dbCall<{ id: number; status: string; audioUrl: string; audioMime: string; audioBytes: number; durationSec: number; episodeType: string }>(
      "episode",
      "findFirstOrThrow",
      { where: { slug }, select: { id: true, status: true, audioUrl: true, audioMime: true, audioBytes: true, durationSec: true, episodeType: true } },
    );
    expect(row).toMatchObject({ status: "DRAFT", audioMime: "audio/mpeg", audioBytes: mp3.length, durationSec: 3, episodeType: "bonus" });
    expect(row.audioUrl).toMatch(/^\/media\/podcasts\/uploads\/[0-9a-f]{32}\.mp3$/);
    expect(readFileSync(path.join(mediaRoot, row.audioUrl.slice("/media/".length)))).toEqual(mp3);

    const url = paths.episode("ar", seed.show, slug);
    const audioStatuses = async () => [
      (await request.get(row.audioUrl)).status(),
      (await request.get(row.audioUrl, { headers: { range: "bytes=0-99" } })).status(),
      (await request.head(row.audioUrl)).status(),
      (await request.get(`${row.audioUrl}?preview=x`)).status(),
    ];
    // A draft: its page and its file are 404 to anyone without a session; staff can play it.
    expect((await request.get(url)).status()).toBe(404);
    expect(await audioStatuses()).toEqual([404, 404, 404, 404]);
    const staffGet = await page.request.get(row.audioUrl);
    expect(staffGet.status()).toBe(200);
    expect(staffGet.headers()["cache-control"]).toBe("private, no-store");

    // Publish from the editor's own publishing row.
    await deskRow(page, title).getByRole("button", { name: "انشر الآن", exact: true }).click();
    await expect(page.getByRole("status").filter({ hasText: "تم." })).toBeVisible({ timeout: 15_000 });
    const live = await request.get(url);
    expect(live.status()).toBe(200);
    const html = await live.text();
    expect(html).toContain(title);
    expect(html).toContain(`src="${row.audioUrl}"`);
    expect(html).toContain("<h3");
    const feed = await (await request.get(paths.showFeed(seed.show))).text();
    const item = feed.slice(feed.indexOf(title), feed.indexOf("</item>", feed.indexOf(title)));
    expect(item).toContain(`<enclosure url="${origin}${row.audioUrl}" length="${mp3.length}" type="audio/mpeg"/>`);
    expect(item).toContain("<itunes:duration>3</itunes:duration>");
    const whole = await request.get(row.audioUrl);
    expect(whole.status()).toBe(200);
    expect(Buffer.from(await whole.body())).toEqual(mp3);
    const part = await request.get(row.audioUrl, { headers: { range: "bytes=0-99" } });
    expect(part.status()).toBe(206);
    expect(part.headers()["content-range"]).toBe(`bytes 0-99/${mp3.length}`);

    // An edit of the live episode is a pending change: readers keep the published title until it is published.
    await page.goto(`/staff/episodes/${row.id}/edit`);
    const retitled = `${title} (مصحّح)`;
    await page.getByLabel("العنوان", { exact: true }).fill(retitled);
    await page.getByRole("button", { name: "احفظ الحلقة" }).click();
    await expect(page.getByText("حُفظت التعديلات معلّقةً")).toBeVisible();
    expect(dbCall<{ title: string }>("episode", "findFirstOrThrow", { where: { id: row.id }, select: { title: true } }).title).toBe(title);
    const before = await (await request.get(url)).text();
    expect(before).toContain(title);
    expect(before).not.toContain(retitled);
    expect(await (await request.get(paths.showFeed(seed.show))).text()).not.toContain(retitled);
    await page.getByRole("button", { name: "نشر التعديلات" }).click();
    await expect(page.getByText("نُشرت التعديلات.")).toBeVisible({ timeout: 15_000 });
    await expect.poll(async () => (await (await request.get(url)).text()).includes(retitled), { timeout: 15_000 }).toBe(true);

    // Unpublish: the file is 404 by every URL again.
    await page.goto(`/staff/episodes/${row.id}/edit`);
    await deskRow(page, `${title} (مصحّح)`).getByRole("button", { name: "إلغاء النشر", exact: true }).click();
    await expect(page.getByRole("status").filter({ hasText: "تم." })).toBeVisible({ timeout: 15_000 });
    expect(await audioStatuses()).toEqual([404, 404, 404, 404]);
  });

  test("an M4A is taken for what it is, whatever its name; a share link's holder can play the draft", async ({ page, browser }) => {
    const m4a = tinyM4a(4);
    const title = unique("حلقة m4a");
    const slug = `e2e-desk-m4a-${Date.now().toString(36)}`;
    made.push(slug);
    await page.goto("/staff/episodes/new");
    await upload(page, "named-like-an.mp3", m4a, "audio/mpeg");
    await expect(page.getByRole("status")).toContainText("رُفع الملف: 4 ثانية");
    await page.getByLabel("العنوان", { exact: true }).fill(title);
    await page.getByLabel("المعرّف في الرابط").fill(slug);
    await page.getByLabel("ملاحظات الحلقة").fill("ملاحظات.");
    await page.getByRole("button", { name: "احفظ الحلقة" }).click();
    await expect(page.getByText("حُفظت الحلقة.")).toBeVisible();
    const row = dbCall<{ audioUrl: string; audioMime: string; durationSec: number }>("episode", "findFirstOrThrow", {
      where: { slug },
      select: { audioUrl: true, audioMime: true, durationSec: true },
    });
    expect(row).toMatchObject({ audioMime: "audio/mp4", durationSec: 4 });
    expect(row.audioUrl).toMatch(/\.m4a$/);

    await deskRow(page, title).getByRole("button", { name: "رابط معاينة", exact: true }).click();
    await expect(page.getByRole("status").filter({ hasText: "تم." })).toBeVisible({ timeout: 15_000 });
    const link = await page
      .getByRole("listitem", { name: `رابط معاينة: ${title}` })
      .first()
      .getByRole("link")
      .getAttribute("href");
    expect(link).toMatch(/^\/preview\/[^/?#]+$/);
    const outsider = await browser.newContext();
    const preview = await outsider.request.get(link!);
    expect(preview.status()).toBe(200);
    const src = /<source src="([^"]+)"/.exec(await preview.text())?.[1]?.replaceAll("&amp;", "&");
    expect(src).toContain(`${row.audioUrl}?preview=`);
    expect((await outsider.request.get(src!)).status()).toBe(200);
    expect((await outsider.request.get(row.audioUrl)).status()).toBe(404);
    await outsider.close();
  });

  test("bad files get the message beside the field, and nothing is stored", async ({ page }) => {
    const seedMp3 = readFileSync(path.join(process.cwd(), "prisma/seed/media/podcasts/shu-al-hal/bread-prices.mp3"));
    const zip = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0, 8, 0]), Buffer.alloc(200, 1)]);
    const cases: [string, Buffer, string][] = [
      ["archive.mp3", zip, "هذا ليس ملف MP3 أو M4A (AAC)، مهما كان اسمه."],
      ["cut.mp3", seedMp3.subarray(0, 20_000), "الملف ناقص: يبدو أنه قُطع أثناء النسخ أو الرفع."],
      ["empty.mp3", Buffer.alloc(0), "الملف فارغ."],
      ["page.mp3", Buffer.from("<html><script>alert(1)</script></html>"), "هذا ليس ملف MP3 أو M4A (AAC)، مهما كان اسمه."],
    ];
    const files = filesInMedia();
    const count = episodeCount();
    for (const [name, bytes, message] of cases) {
      await page.goto("/staff/episodes/new");
      await upload(page, name, bytes);
      const field = page.getByLabel("ملف الصوت (MP3 أو M4A)");
      await expect(field, name).toHaveAttribute("aria-invalid", "true");
      await expect(page.getByRole("alert"), name).toHaveText(message);
      expect(filesInMedia(), name).toEqual(files);
    }
    // Saving without an accepted upload: the message beside the audio, no row.
    await page.getByLabel("العنوان", { exact: true }).fill(unique("بلا صوت"));
    await page.getByLabel("ملاحظات الحلقة").fill("ملاحظات.");
    await page.getByRole("button", { name: "احفظ الحلقة" }).click();
    await expect(page.getByText("لم يُحفظ شيء. صحّح الحقول المشار إليها.")).toBeVisible();
    await expect(page.getByText("هذا الحقل مطلوب.")).toBeVisible();
    expect(episodeCount()).toBe(count);
    expect(filesInMedia()).toEqual(files);
    // Signed in, but posted from another site: refused, nothing stored.
    const form = { audio: { name: "a.mp3", mimeType: "audio/mpeg", buffer: silentMp3(2) } };
    const crossSite = await page.request.post("/api/staff/episodes/audio", { multipart: form, headers: { origin: "https://evil.example" }, maxRedirects: 0 });
    expect(crossSite.status()).toBe(403);
    expect(filesInMedia()).toEqual(files);
  });

  test("the upload route: staff only; its cap is its own, every other route keeps 1 MiB", async ({ request }) => {
    const form = { audio: { name: "a.mp3", mimeType: "audio/mpeg", buffer: silentMp3(2) } };
    const files = filesInMedia();
    // No session: refused, nothing stored.
    expect((await request.post("/api/staff/episodes/audio", { multipart: form, maxRedirects: 0 })).status()).toBe(403);
    expect(filesInMedia()).toEqual(files);
    // Over the upload cap by its declared length: 413 before anything is read; other routes keep 1 MiB.
    const huge = await rawRequest(origin, {
      method: "POST",
      path: "/api/staff/episodes/audio",
      headers: { "content-type": "multipart/form-data; boundary=x", "content-length": String(300 * 1024 * 1024) },
    });
    expect(huge.status).toBe(413);
    const preview = await rawRequest(origin, { method: "POST", path: "/api/staff/preview", headers: { "content-length": String(2 * 1024 * 1024) } });
    expect(preview.status).toBe(413);
  });
});
