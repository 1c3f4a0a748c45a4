import { expect, test, type Page } from "@playwright/test";
import { rawPage } from "./support/html";
import { articlePath, seed } from "./support/site";

const widths = [375, 768, 1280] as const;
const pages = [
  { name: "home-ar", path: "/" },
  { name: "home-en", path: "/en" },
  { name: "article-ar", path: articlePath(seed.rozana.slug) },
  { name: "article-en", path: articlePath(seed.oilEn.slug, "en") },
] as const;

/**
 * The largest empty stretch at the bottom of a first-screen column (the
 * grid row is as tall as its tallest column), against the smallest card.
 */
async function firstScreenHoles(page: Page) {
  return page.evaluate(() => {
    const grid = document.querySelector("[data-first-screen]") as HTMLElement;
    const fold = window.innerHeight;
    const gridBottom = Math.min(grid.getBoundingClientRect().bottom, fold);
    const columns = [...grid.querySelectorAll<HTMLElement>("[data-column]")].map((col) => {
      // The column box stretches to the row; its content ends where its last child ends.
      const top = col.getBoundingClientRect().top;
      const last = col.lastElementChild?.getBoundingClientRect().bottom ?? top;
      return { name: col.dataset.column!, empty: top >= fold ? 0 : Math.max(0, gridBottom - Math.min(last, fold)) };
    });
    const cards = [...grid.querySelectorAll("article")].map((a) => a.getBoundingClientRect().height).filter((h) => h > 0);
    return { columns, card: Math.min(...cards) };
  });
}

test.describe("front page layout", () => {
  for (const width of widths) {
    test(`home and article at ${width} px in both editions: no holes, screenshots attached`, async ({ page }, testInfo) => {
      await page.setViewportSize({ width, height: 900 });
      for (const p of pages) {
        await page.goto(p.path);
        await expect(page.locator("main")).toBeVisible();
        // Load every picture before the full-page screenshot (lazy ones below the fold too).
        await page.evaluate(async () => {
          await document.fonts.ready;
          const images = [...document.images];
          for (const img of images) img.loading = "eager";
          const loaded = (img: HTMLImageElement) =>
            new Promise((done) => {
              img.addEventListener("load", done, { once: true });
              img.addEventListener("error", done, { once: true });
            });
          await Promise.all(images.filter((img) => !img.complete).map(loaded));
        });
        const shot = testInfo.outputPath(`${p.name}-${width}.png`);
        await page.screenshot({ path: shot, fullPage: true });
        await testInfo.attach(`${p.name}-${width}`, { path: shot, contentType: "image/png" });
        if (p.name.startsWith("home")) {
          // The lead is either a picture that loaded or a text lead: never an empty image box.
          const lead = page.locator("[data-lead]");
          await expect(lead).toHaveCount(1);
          if ((await lead.getAttribute("data-lead")) === "image") {
            await expect.poll(() => lead.locator("img").evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
          } else {
            await expect(lead.locator("img")).toHaveCount(0);
          }
          const { columns, card } = await firstScreenHoles(page);
          for (const c of columns) expect(c.empty, `${p.name} ${width}px: empty space under the ${c.name} column`).toBeLessThanOrEqual(card);
        }
        // Nothing sticks out sideways (logical CSS, both directions).
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      }
    });
  }

  test("the home lists latest, opinion with writers' names, the podcast promo and section rails without JavaScript", async ({ request }) => {
    for (const [path, texts] of [
      ["/", ["آخر الأخبار", "رأي", "بودكاست", "المزيد في"]],
      ["/en", ["Latest", "Opinion", "Podcast", "More in"]],
    ] as const) {
      const home = await rawPage(request, path);
      expect(home.status).toBe(200);
      for (const text of texts) expect(home.body.textContent).toContain(text);
      expect(home.body.querySelector("[data-lead]")).not.toBeNull();
      const opinion = home.body.querySelector('section[aria-labelledby="opinion-heading"]');
      expect(opinion?.querySelectorAll("li p").length ?? 0, `${path}: writers' names in the opinion rail`).toBeGreaterThan(0);
    }
  });
});

test.describe("sharing", () => {
  test("plain links to WhatsApp, Telegram, Facebook and X, working without JavaScript", async ({ request, baseURL }) => {
    const article = await rawPage(request, articlePath(seed.rozana.slug));
    const url = new URL(articlePath(seed.rozana.slug), baseURL).toString();
    const links = article.body.querySelectorAll('section[aria-labelledby="share-heading"] a');
    const hrefs = links.map((a) => a.getAttribute("href"));
    expect(hrefs).toEqual([
      `https://wa.me/?text=${encodeURIComponent(`${seed.rozana.title} ${url}`)}`,
      `https://t.me/share/url?url=${encodeURIComponent(url)}&text=${encodeURIComponent(seed.rozana.title)}`,
      `https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(url)}`,
      `https://x.com/intent/post?url=${encodeURIComponent(url)}&text=${encodeURIComponent(seed.rozana.title)}`,
    ]);
    for (const a of links) {
      expect(a.getAttribute("rel")).toBe("noopener noreferrer");
      expect(a.getAttribute("target")).toBe("_blank");
    }
    // The copy and share buttons are hidden in the HTML: they appear only where a script can run them.
    const buttons = article.body.querySelectorAll('section[aria-labelledby="share-heading"] button');
    expect(buttons).toHaveLength(2);
    for (const button of buttons) expect(button.closest("li")?.hasAttribute("hidden"), button.textContent).toBe(true);
  });

  test("nothing third-party is requested before a click; copy link copies the article's address", async ({ page, context, baseURL }) => {
    const foreign: string[] = [];
    page.on("request", (r) => {
      if (new URL(r.url()).origin !== new URL(baseURL!).origin && !r.url().startsWith("data:")) foreign.push(r.url());
    });
    for (const path of ["/", "/en", articlePath(seed.rozana.slug), articlePath(seed.oilEn.slug, "en")]) {
      await page.goto(path);
      await page.waitForLoadState("networkidle");
    }
    expect(foreign).toEqual([]);
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL });
    await page.goto(articlePath(seed.rozana.slug));
    await page.getByRole("button", { name: "نسخ الرابط" }).click();
    await expect(page.getByRole("status").filter({ hasText: "تم نسخ الرابط" })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(new URL(articlePath(seed.rozana.slug), baseURL).toString());
    expect(foreign).toEqual([]);
  });
});
