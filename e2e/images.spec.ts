import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { expect, test, type Page } from "@playwright/test";
import { e2ePort, uniqueSlug } from "./support/db";
import { dbCall, deskAction, signIn, unique } from "./support/staff";

/**
 * Images from the desk: a hero uploaded in the article editor (with its alt
 * text) becomes responsive images and a 1200×630 share image once the article
 * is published, and no file of it is reachable before; a bad file or a missing
 * alt text is refused beside the field with nothing stored; show artwork must
 * be square and 1400–3000 px, and the podcast feed names it.
 */
const mediaDir = path.join(process.cwd(), "e2e", ".tmp", String(e2ePort), "media");
const imagesDir = path.join(mediaDir, "images");
const GPS_MARKER = "NashraE2eCamera";

const storedKeys = () => (existsSync(imagesDir) ? readdirSync(imagesDir).sort() : []);
const imageCount = () => dbCall<number>("mediaImage", "count", {});

function photo(width: number, height: number) {
  return sharp({ create: { width, height, channels: 3, background: { r: 30, g: 110, b: 170 } } }).composite([
    { input: { create: { width: Math.floor(width / 2), height: Math.floor(height / 2), channels: 3, background: "#e0a030" } }, top: 20, left: 20 },
  ]);
}

async function gpsJpeg(width = 1600, height = 900): Promise<Buffer> {
  return photo(width, height)
    .jpeg()
    .withExif({
      IFD0: { Make: GPS_MARKER },
      IFD3: { GPSLatitudeRef: "N", GPSLatitude: "33/1 30/1 0/1", GPSLongitudeRef: "E", GPSLongitude: "36/1 17/1 0/1" },
    })
    .toBuffer();
}

/** Opens the editor with a complete new article, ready for its hero fields. */
async function newArticle(page: Page, title: string, slug: string) {
  await page.goto("/staff/articles/new");
  await page.getByLabel("العنوان", { exact: true }).fill(title);
  await page.getByLabel("المعرّف في الرابط").fill(slug);
  await page.getByLabel("المقدمة").fill(`مقدمة ${title}`);
  await page.getByLabel("القسم").selectOption({ label: "تقارير" });
  await page.getByRole("checkbox", { name: "مالك الحافظ" }).check();
  await page.getByLabel("النص", { exact: true }).fill(`فقرة من ${title}.`);
}

const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`, "i").exec(tag)?.[1] ?? null;
const decode = (value: string | null) => (value ?? "").replace(/&amp;/g, "&");

test.describe("hero images", () => {
  test.beforeEach(async ({ page }) => signIn(page));

  test("an uploaded hero is unreachable until publishing, then served as <picture> with srcsets, its size and alt, and a 1200×630 og:image", async ({
    page,
    request,
  }) => {
    const title = unique("مقال بصورة");
    const slug = uniqueSlug("hero");
    const alt = "سوق الحميدية في دمشق صباحاً";
    await newArticle(page, title, slug);
    await page.getByLabel("ملف الصورة الرئيسية").setInputFiles({ name: "camera.jpg", mimeType: "image/jpeg", buffer: await gpsJpeg() });
    await page.getByLabel("النص البديل للصورة").fill(alt);
    await page.getByLabel("مصدر الصورة").fill("نشرة");
    await page.getByRole("button", { name: "حفظ" }).click();
    await expect(page.getByRole("status").filter({ hasText: "حُفظ المقال." })).toBeVisible({ timeout: 30_000 });

    const article = dbCall("article", "findFirstOrThrow", {
      where: { slug },
      select: { id: true, heroUrl: true, heroWidth: true, heroHeight: true, heroAlt: true },
    });
    const match = /^\/media\/images\/([a-f0-9]{32})\/1600\.jpg$/.exec(article.heroUrl);
    expect(match, article.heroUrl).not.toBeNull();
    expect(article).toMatchObject({ heroWidth: 1600, heroHeight: 900, heroAlt: alt });
    const key = match![1];
    const files = readdirSync(path.join(imagesDir, key)).sort();
    expect(files).toEqual(
      ["1200.avif", "1200.webp", "1600.avif", "1600.jpg", "1600.webp", "480.avif", "480.webp", "800.avif", "800.webp", "og.jpg", "original.jpg"].sort(),
    );
    const urls = files.map((f) => `/media/images/${key}/${f}`);

    // A draft's files: 404 for readers, every one of them; the editor's own browser sees them.
    for (const url of urls) expect((await request.get(url)).status(), url).toBe(404);
    expect((await page.request.get(urls[0])).status()).toBe(200);

    await deskAction(page, title, "انشر الآن");

    const response = await request.get(`/articles/${encodeURIComponent(slug)}`);
    expect(response.status()).toBe(200);
    const html = await response.text();
    const picture = /<picture>([\s\S]*?)<\/picture>/.exec(html)?.[1] ?? "";
    const avif = /<source[^>]*type="image\/avif"[^>]*>/.exec(picture)?.[0] ?? "";
    const webp = /<source[^>]*type="image\/webp"[^>]*>/.exec(picture)?.[0] ?? "";
    const img = /<img[^>]*>/.exec(picture)?.[0] ?? "";
    const folder = `/media/images/${key}/`;
    expect(decode(attr(avif, "srcset"))).toBe([480, 800, 1200, 1600].map((w) => `${folder}${w}.avif ${w}w`).join(", "));
    expect(decode(attr(webp, "srcset"))).toBe([480, 800, 1200, 1600].map((w) => `${folder}${w}.webp ${w}w`).join(", "));
    expect(attr(avif, "sizes")).toBeTruthy();
    expect(attr(img, "src")).toBe(`${folder}1600.jpg`);
    expect(attr(img, "width")).toBe("1600");
    expect(attr(img, "height")).toBe("900");
    expect(attr(img, "alt")).toBe(alt);
    expect(attr(img, "fetchpriority")).toBe("high");
    expect(html).toMatch(new RegExp(`<meta property="og:image" content="https?://[^"]+${folder}og\\.jpg"`));
    expect(html).toContain('<meta property="og:image:width" content="1200"');
    expect(html).toContain('<meta property="og:image:height" content="630"');

    // Published: every file is public, and none carries the camera's metadata.
    for (const url of urls) {
      const file = await request.get(url);
      expect(file.status(), url).toBe(200);
      expect((await file.body()).includes(GPS_MARKER), url).toBe(false);
    }
    const og = await request.get(`${folder}og.jpg`);
    expect(await sharp(await og.body()).metadata()).toMatchObject({ width: 1200, height: 630, format: "jpeg" });
    expect((await request.get(`${folder}800.avif`)).headers()["content-type"]).toBe("image/avif");

    // Unpublished again: every variant is gone for readers at once.
    await deskAction(page, title, "إلغاء النشر");
    for (const url of urls) expect((await request.get(url)).status(), url).toBe(404);
    dbCall("article", "delete", { where: { id: article.id }, select: { id: true } });
  });

  test("a file that is not an image (a zip named .jpg) is refused beside the field, and nothing is stored", async ({ page }) => {
    const title = unique("مقال بملف مزيف");
    const slug = uniqueSlug("fake-hero");
    const [keys, count] = [storedKeys(), imageCount()];
    await newArticle(page, title, slug);
    const zip = Buffer.concat([Buffer.from("PK\u0003\u0004"), Buffer.alloc(2048, 7)]);
    await page.getByLabel("ملف الصورة الرئيسية").setInputFiles({ name: "photo.jpg", mimeType: "image/jpeg", buffer: zip });
    await page.getByLabel("النص البديل للصورة").fill("وصف");
    await page.getByRole("button", { name: "حفظ" }).click();
    const field = page.getByLabel("ملف الصورة الرئيسية");
    await expect(field).toHaveAccessibleDescription(/^هذا الملف ليس صورة JPEG أو PNG أو WebP أو AVIF\./, { timeout: 30_000 });
    await expect(field).toHaveAttribute("aria-invalid", "true");
    await expect(page.locator("main").getByRole("alert")).toHaveText("لم يُحفظ شيء. صحّح الحقول المشار إليها.");
    expect(imageCount()).toBe(count);
    expect(storedKeys()).toEqual(keys);
    expect(dbCall("article", "count", { where: { slug } })).toBe(0);
  });

  test("a hero without alt text is an error beside the alt field, and nothing is stored", async ({ page }) => {
    const title = unique("مقال بلا نص بديل");
    const slug = uniqueSlug("no-alt");
    const [keys, count] = [storedKeys(), imageCount()];
    await newArticle(page, title, slug);
    await page.getByLabel("ملف الصورة الرئيسية").setInputFiles({ name: "camera.jpg", mimeType: "image/jpeg", buffer: await gpsJpeg(1300, 700) });
    await page.getByRole("button", { name: "حفظ" }).click();
    const alt = page.getByLabel("النص البديل للصورة");
    await expect(alt).toHaveAttribute("aria-invalid", "true", { timeout: 30_000 });
    await expect(alt).toHaveAccessibleDescription("هذا الحقل مطلوب.");
    expect(imageCount()).toBe(count);
    expect(storedKeys()).toEqual(keys);
    expect(dbCall("article", "count", { where: { slug } })).toBe(0);
  });
});

test.describe("show artwork", () => {
  test("must be square and 1400–3000 px; accepted artwork is what the podcast feed's itunes:image names", async ({ page, request }) => {
    const slug = uniqueSlug("artwork-show");
    const title = unique("برنامج الصور");
    const show = dbCall("podcastShow", "create", {
      data: {
        slug,
        title,
        description: "برنامج للاختبار",
        artworkUrl: "/media/podcasts/shu-al-hal.jpg",
        artworkSize: 3000,
        language: "ar",
        category: "News",
        author: "نشرة",
        ownerName: "نشرة",
        ownerEmail: "podcasts@nashra.example",
        position: 99,
      },
      select: { id: true },
    });
    try {
      await signIn(page);
      await page.goto("/staff/show-artwork");
      const section = page.getByRole("region", { name: title });
      const field = section.getByLabel("صورة جديدة للبرنامج");

      const count = imageCount();
      await field.setInputFiles({ name: "wide.jpg", mimeType: "image/jpeg", buffer: await photo(1600, 1400).jpeg().toBuffer() });
      await section.getByRole("button", { name: "رفع الصورة" }).click();
      await expect(page.getByRole("region", { name: title }).getByLabel("صورة جديدة للبرنامج")).toHaveAccessibleDescription(
        /^صورة البرنامج يجب أن تكون مربعة\./,
      );
      await page
        .getByRole("region", { name: title })
        .getByLabel("صورة جديدة للبرنامج")
        .setInputFiles({ name: "small.png", mimeType: "image/png", buffer: await photo(1200, 1200).png().toBuffer() });
      await page.getByRole("region", { name: title }).getByRole("button", { name: "رفع الصورة" }).click();
      await expect(page.getByRole("region", { name: title }).getByLabel("صورة جديدة للبرنامج")).toHaveAccessibleDescription(
        /^صورة البرنامج يجب أن تكون بين 1400 و3000 بكسل\./,
      );
      expect(imageCount()).toBe(count);

      await page
        .getByRole("region", { name: title })
        .getByLabel("صورة جديدة للبرنامج")
        .setInputFiles({ name: "art.jpg", mimeType: "image/jpeg", buffer: await gpsJpeg(1400, 1400) });
      await page.getByRole("region", { name: title }).getByRole("button", { name: "رفع الصورة" }).click();
      await expect(page.getByRole("status")).toHaveText("حُفظت صورة البرنامج.", { timeout: 30_000 });

      const saved = dbCall("podcastShow", "findUniqueOrThrow", { where: { id: show.id }, select: { artworkUrl: true, artworkSize: true } });
      expect(saved.artworkUrl).toMatch(/^\/media\/images\/[a-f0-9]{32}\/1400\.jpg$/);
      expect(saved.artworkSize).toBe(1400);
      const feed = await (await request.get(`/podcasts/${slug}/feed.xml`)).text();
      expect(feed).toMatch(new RegExp(`<itunes:image href="https?://[^"]+${saved.artworkUrl.replace(/\./g, "\\.")}"`));
      const file = await request.get(saved.artworkUrl);
      expect(file.status()).toBe(200);
      expect(await sharp(await file.body()).metadata()).toMatchObject({ width: 1400, height: 1400, format: "jpeg" });
      expect((await file.body()).includes(GPS_MARKER)).toBe(false);
    } finally {
      dbCall("podcastShow", "delete", { where: { id: show.id }, select: { id: true } });
    }
  });
});
