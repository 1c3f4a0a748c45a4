import { expect, test, type Page, type Request } from "@playwright/test";
import { articleId } from "./support/db";
import { articlePath, expectNoCookie, seed } from "./support/site";
import { carriesBeacon, countOneView, expectViewCount, viewCount } from "./support/views";

/** The cookie banner, the one first-party cookie, and what consent gates. */

const MESSAGE = 'نحن نستخدم ملفات تعريف الارتباط "الكوكيز" لنمنحك أفضل تجربة مستخدم ممكنة.';
const SIX_MONTHS_S = 182 * 86_400;
const article = articlePath(seed.rozana.slug);

const banner = (page: Page) => page.getByRole("region", { name: "ملفات تعريف الارتباط" });

/** Records the view beacons a page sends. */
function beacons(page: Page): Request[] {
  const sent: Request[] = [];
  page.on("request", (r) => {
    if (new URL(r.url()).pathname === "/api/views") sent.push(r);
  });
  return sent;
}

async function consentCookie(page: Page) {
  return (await page.context().cookies()).find((c) => c.name === "nashra_consent");
}

test.describe("before a choice", () => {
  test("the cookie jar stays empty and nothing leaves for a third party", async ({ page, baseURL }) => {
    const origins = new Set<string>();
    page.on("request", (r) => origins.add(new URL(r.url()).origin));
    for (const url of ["/", article, "/sections/reports", `/podcasts/${seed.show}/${seed.episode.slug}`, "/en", "/cookies"]) {
      expect((await page.goto(url))?.status(), url).toBe(200);
      await expect(banner(page).or(page.getByRole("region", { name: "Cookies" }))).toBeVisible();
    }
    await page.waitForLoadState("networkidle");
    expect(await page.context().cookies()).toEqual([]);
    expect([...origins]).toEqual([new URL(baseURL!).origin]);
  });

  test("the banner carries the notice and two equal buttons", async ({ page }) => {
    await page.goto("/");
    await expect(banner(page).getByText(MESSAGE, { exact: true })).toBeVisible();
    const accept = banner(page).getByRole("button", { name: "أوافق", exact: true });
    const reject = banner(page).getByRole("button", { name: "أرفض", exact: true });
    await expect(accept).toBeVisible();
    await expect(reject).toBeVisible();
    const [a, r] = [await accept.boundingBox(), await reject.boundingBox()];
    expect(a && r).toBeTruthy();
    expect(Math.round(a!.width)).toBe(Math.round(r!.width));
    expect(Math.round(a!.height)).toBe(Math.round(r!.height));
    const style = (el: Element) => {
      const s = getComputedStyle(el);
      return { weight: s.fontWeight, size: s.fontSize, color: s.color, background: s.backgroundColor, border: s.borderWidth };
    };
    expect(await accept.evaluate(style)).toEqual(await reject.evaluate(style));
  });

  test("the same on a phone", async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await page.goto("/");
    const [a, r] = [
      await banner(page).getByRole("button", { name: "أوافق" }).boundingBox(),
      await banner(page).getByRole("button", { name: "أرفض" }).boundingBox(),
    ];
    expect(Math.round(a!.width)).toBe(Math.round(r!.width));
    expect(Math.round(a!.height)).toBe(Math.round(r!.height));
    await context.close();
  });

  test("the English edition's banner is in English", async ({ page }) => {
    await page.goto("/en");
    const region = page.getByRole("region", { name: "Cookies" });
    await expect(region.getByText("We use cookies to give you the best possible user experience.", { exact: true })).toBeVisible();
    await expect(region.getByRole("button", { name: "I agree" })).toBeVisible();
    await expect(region.getByRole("button", { name: "I refuse" })).toBeVisible();
  });

  test("the page carries no view beacon, and reading it counts nothing", async ({ page, request, baseURL }) => {
    // The server's HTML: the beacon is only in the granted variant.
    const now = Math.floor(Date.now() / 1000);
    expect(carriesBeacon(await (await request.get(article)).text())).toBe(false);
    expect(carriesBeacon(await (await request.get(article, { headers: { cookie: `nashra_consent=v1.granted.${now}` } })).text())).toBe(true);

    const id = articleId("ar", seed.rozana.slug);
    const before = viewCount(id);
    const sent = beacons(page);
    await page.goto(article);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(seed.rozana.title);
    expect(carriesBeacon(await page.content())).toBe(false);
    // One view counted by hand after the visit: the counter moves by exactly that one.
    await countOneView(request, baseURL!, id);
    await expectViewCount(id, before + 1);
    expect(sent).toEqual([]);
  });
});

for (const [label, choice, name] of [
  ["accepting", "granted", "أوافق"],
  ["rejecting", "denied", "أرفض"],
] as const) {
  test(`${label} is stored in one first-party cookie and persists across reload and navigation`, async ({ page }) => {
    await page.goto("/sections/reports");
    const posted = page.waitForResponse((r) => new URL(r.url()).pathname === "/api/consent");
    const before = Math.floor(Date.now() / 1000);
    await banner(page).getByRole("button", { name }).click();
    const response = await posted;
    await expect(banner(page)).toBeHidden();

    const setCookie = (await response.headerValue("set-cookie")) ?? "";
    expect(setCookie).toMatch(new RegExp(`^nashra_consent=v1\\.${choice}\\.\\d+;`));
    expect(setCookie).toContain(`Max-Age=${SIX_MONTHS_S}`);
    expect(setCookie).toContain("SameSite=Lax");
    expect(setCookie).toContain("Path=/");
    // The e2e server is a production build: the cookie is Secure (browsers allow it on localhost).
    expect(setCookie).toContain("Secure");

    const cookies = await page.context().cookies();
    expect(cookies.map((c) => c.name)).toEqual(["nashra_consent"]);
    const cookie = cookies[0];
    const [, version, stored, at] = /^v(\d+)\.(granted|denied)\.(\d+)$/.exec(cookie.value) ?? [];
    expect({ version, stored }).toEqual({ version: "1", stored: choice });
    expect(Number(at)).toBeGreaterThanOrEqual(before - 5);
    expect(cookie.sameSite).toBe("Lax");
    expect(cookie.expires - Number(at)).toBeGreaterThan(175 * 86_400);
    expect(cookie.expires - Number(at)).toBeLessThan(190 * 86_400);

    await page.reload();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("قسم تقارير");
    await expect(banner(page)).toHaveCount(0);
    await page.getByRole("navigation", { name: "الأقسام" }).getByRole("link", { name: "اقتصاد" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("قسم اقتصاد");
    await expect(banner(page)).toHaveCount(0);
    await page.goto("/en");
    await expect(page.getByRole("region", { name: "Cookies" })).toHaveCount(0);
    expect((await consentCookie(page))?.value).toBe(cookie.value);
  });
}

test("with JavaScript the choice applies without a page reload", async ({ page }) => {
  await page.goto(article);
  await page.evaluate(() => ((window as unknown as { consentMarker: string }).consentMarker = "still here"));
  await banner(page).getByRole("button", { name: "أوافق" }).click();
  await expect(banner(page)).toBeHidden();
  await expect.poll(async () => (await consentCookie(page))?.value).toMatch(/^v1\.granted\./);
  expect(await page.evaluate(() => (window as unknown as { consentMarker?: string }).consentMarker)).toBe("still here");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(seed.rozana.title);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  for (const [choice, name] of [
    ["granted", "أوافق"],
    ["denied", "أرفض"],
  ] as const) {
    test(`«${name}» posts the form and comes back (303) to the same page`, async ({ page }) => {
      await page.goto("/sections/reports?page=2");
      const posted = page.waitForResponse((r) => new URL(r.url()).pathname === "/api/consent");
      await banner(page).getByRole("button", { name }).click();
      const response = await posted;
      expect(response.status()).toBe(303);
      expect(await response.headerValue("location")).toBe("/sections/reports?page=2");
      await page.waitForURL(/\/sections\/reports\?page=2$/);
      await expect(page.getByText(/مقالاً · الصفحة 2 من \d+$/)).toBeVisible();
      await expect(banner(page)).toHaveCount(0);
      expect((await consentCookie(page))?.value).toMatch(new RegExp(`^v1\\.${choice}\\.\\d+$`));
    });
  }

  test("the English banner comes back to the English page", async ({ page }) => {
    await page.goto("/en/sections/economy");
    await page.getByRole("region", { name: "Cookies" }).getByRole("button", { name: "I refuse" }).click();
    await page.waitForURL(/\/en\/sections\/economy$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Economy");
    await expect(page.getByRole("region", { name: "Cookies" })).toHaveCount(0);
  });
});

test.describe("changing the choice from the footer", () => {
  test("accept, then withdraw on the settings page", async ({ page }) => {
    await page.goto("/");
    await banner(page).getByRole("button", { name: "أوافق" }).click();
    await expect(banner(page)).toBeHidden();
    await expect.poll(async () => (await consentCookie(page))?.value).toMatch(/^v1\.granted\./);

    await page.getByRole("contentinfo").getByRole("link", { name: "إعدادات ملفات تعريف الارتباط" }).click();
    await expect(page).toHaveURL(/\/cookies$/);
    const main = page.getByRole("main");
    await expect(main.getByText("اختيارك الحالي: موافقة")).toBeVisible();
    await main.getByRole("button", { name: "أرفض" }).click();
    // The page swaps to the refused variant in place.
    await expect(main.getByText("اختيارك الحالي: رفض")).toBeVisible();
    expect((await consentCookie(page))?.value).toMatch(/^v1\.denied\./);

    const id = articleId("ar", seed.rozana.slug);
    const before = viewCount(id);
    const sent = beacons(page);
    await page.goto(article);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(seed.rozana.title);
    await expect(banner(page)).toHaveCount(0);
    expect(carriesBeacon(await page.content())).toBe(false);
    await countOneView(page.request, new URL(page.url()).origin, id);
    await expectViewCount(id, before + 1);
    expect(sent).toEqual([]);
  });

  test("reject, then agree on the settings page, without JavaScript too", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/cookies");
    await page.getByRole("main").getByRole("button", { name: "أرفض" }).click();
    await expect(page.getByRole("main").getByText("اختيارك الحالي: رفض")).toBeVisible();
    await page.getByRole("main").getByRole("button", { name: "أوافق" }).click();
    await expect(page.getByRole("main").getByText("اختيارك الحالي: موافقة")).toBeVisible();
    expect((await context.cookies()).find((c) => c.name === "nashra_consent")?.value).toMatch(/^v1\.granted\./);
    await context.close();
  });
});

test.describe("the view beacon", () => {
  test("counts a read after accepting, and nothing after rejecting", async ({ browser, request, baseURL }) => {
    // Reads the counter from the database a few times (a child process each).
    test.slow();
    const id = articleId("ar", seed.oilAr.slug);
    for (const [name, expected] of [
      ["أوافق", 1],
      ["أرفض", 0],
    ] as const) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const sent = beacons(page);
      await page.goto("/");
      await banner(page).getByRole("button", { name }).click();
      await expect(banner(page)).toBeHidden();
      const before = viewCount(id);
      await page.goto(articlePath(seed.oilAr.slug));
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(seed.oilAr.title);
      if (expected === 0) {
        expect(carriesBeacon(await page.content())).toBe(false);
        await countOneView(request, baseURL!, id);
        await expectViewCount(id, before + 1);
        expect(sent).toEqual([]);
      } else {
        // Counted on the server: the article's counter moves by one.
        await expectViewCount(id, before + 1);
        expect(sent).toHaveLength(1);
      }
      await context.close();
    }
  });

  test("the server refuses a hand-made beacon without the granted cookie", async ({ request }) => {
    // The article's id, as the granted page hands it to its beacon.
    const now = Math.floor(Date.now() / 1000);
    const html = await (await request.get(article, { headers: { cookie: `nashra_consent=v1.granted.${now}` } })).text();
    const articleId = Number(/articleId\\?":(\d+)/.exec(html)?.[1]);
    expect(articleId).toBeGreaterThan(0);

    const post = (cookie?: string) =>
      // As the page's own beacon would be sent: only the cookie varies.
      request.post("/api/views", { data: { articleId }, headers: { "sec-fetch-site": "same-origin", ...(cookie ? { cookie } : {}) } });
    expect((await post()).status()).toBe(403);
    expect((await post(`nashra_consent=v1.denied.${now}`)).status()).toBe(403);
    expect((await post(`nashra_consent=v9.granted.${now}`)).status()).toBe(403);
    expect((await post("nashra_consent=granted")).status()).toBe(403);
    const before = viewCount(articleId);
    expect((await post(`nashra_consent=v1.denied.${now}`)).status()).toBe(403);
    expect((await post(`nashra_consent=v1.granted.${now}`)).status()).toBe(204);
    // Only the granted one is written, and only once.
    await expectViewCount(articleId, before + 1);
  });
});

test.describe("caching", () => {
  const url = articlePath(seed.desertEn.slug, "en");
  const granted = () => `nashra_consent=v1.granted.${Math.floor(Date.now() / 1000)}`;

  test("consent does not make pages dynamic: both variants are served from the cache", async ({ request }) => {
    // The first request may render the page; a repeat is a cache hit.
    await expect.poll(async () => (await request.get(url)).headers()["x-nextjs-cache"]).toBe("HIT");
    await expect.poll(async () => (await request.get(url, { headers: { cookie: granted() } })).headers()["x-nextjs-cache"]).toBe("HIT");
    const anonymous = await request.get(url);
    expectNoCookie(anonymous);
    expect(anonymous.headers()["cache-control"]).not.toMatch(/private|no-store/);
  });

  test("the two variants differ only by the banner and the beacon", async ({ browser }) => {
    const read = async (cookie?: string) => {
      const context = await browser.newContext({ javaScriptEnabled: false, extraHTTPHeaders: cookie ? { cookie } : {} });
      const page = await context.newPage();
      await page.goto(url);
      const result = {
        main: await page.getByRole("main").innerHTML(),
        header: await page.getByRole("banner").innerHTML(),
        footer: await page.getByRole("contentinfo").innerHTML(),
        banner: await page.getByRole("region", { name: "Cookies" }).count(),
      };
      await context.close();
      return result;
    };
    const [unset, consented] = [await read(), await read(granted())];
    expect(unset.banner).toBe(1);
    expect(consented.banner).toBe(0);
    expect(consented.main).toBe(unset.main);
    expect(consented.header).toBe(unset.header);
    expect(consented.footer).toBe(unset.footer);
  });
});
