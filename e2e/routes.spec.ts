import { expect, test } from "@playwright/test";
import { articlePath, expectEdition, expectNoCookie, seed } from "./support/site";

/** Every reader route renders on the server in its edition's language and direction. */

test.describe("Arabic edition", () => {
  const edition = { locale: "ar", dir: "rtl" } as const;

  test("home: lead story, secondary stories, latest, opinion, one rail per section, podcast promo", async ({ page }) => {
    expect((await page.goto("/"))?.status()).toBe(200);
    await expectEdition(page, edition);
    const main = page.getByRole("main");
    await expect(main.getByRole("region", { name: "القصة الرئيسية" }).getByRole("article")).toHaveCount(1);
    await expect(main.getByRole("region", { name: "قصص مختارة" }).getByRole("article")).toHaveCount(4);
    await expect(main.getByRole("region", { name: "آخر الأخبار" }).getByRole("article")).toHaveCount(6);
    await expect(main.getByRole("region", { name: "رأي" }).getByRole("listitem").first()).toBeVisible();
    for (const name of ["أخبار", "تقارير", "اقتصاد", "مجتمع", "ثقافة"]) {
      const rail = main.getByRole("region", { name: `المزيد في ${name}` });
      await expect(rail.getByRole("article").first()).toBeVisible();
    }
    const promo = main.getByRole("region", { name: "بودكاست" });
    await expect(promo.getByRole("link", { name: "شو الحل؟" })).toHaveAttribute("href", `/podcasts/${seed.show}`);
    await expect(promo.getByRole("link", { name: "استمع الآن" })).toHaveAttribute("href", /^\/podcasts\/shu-al-hal\/[a-z-]+$/);
  });

  test("article: headline, byline, dates, reading time, hero, tags and more from the section", async ({ page }) => {
    await page.goto(articlePath(seed.oilAr.slug));
    await expectEdition(page, edition);
    const header = page.getByRole("main").getByRole("article").locator("header").first();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(seed.oilAr.title);
    await expect(header.getByRole("link", { name: "اقتصاد" })).toHaveAttribute("href", "/sections/economy");
    await expect(header.getByRole("link", { name: "رنا الخطيب" })).toHaveAttribute("href", "/authors/rana-al-khatib");
    await expect(header).toContainText("نُشر في 20 كانون الأول 2020");
    // Updated the same evening: both stamps show, the update with its time.
    await expect(header.getByText(/^حُدّث في 20 كانون الأول 2020/)).toBeVisible();
    await expect(header.getByText("دقيقة قراءة واحدة")).toBeVisible();
    const hero = header.getByRole("figure");
    await expect(hero.getByRole("img")).toHaveAttribute("width", "1600");
    await expect(hero).toContainText("رسم تعبيري عن تجارة النفط");
    await expect(hero).toContainText("تصوير: نشرة");
    const tags = page.getByRole("region", { name: "الوسوم" });
    await expect(tags.getByRole("link")).toHaveText(["النفط", "دير الزور", "قسد"]);
    await expect(tags.getByRole("link", { name: "قسد" })).toHaveAttribute("href", "/tags/sdf");
    const more = page.getByRole("region", { name: "المزيد من اقتصاد" });
    // Economy has four Arabic stories: the three others, not this one.
    await expect(more.getByRole("article")).toHaveCount(3);
    await expect(more.getByRole("link", { name: seed.oilAr.title })).toHaveCount(0);
  });

  test("article without an update shows no updated stamp", async ({ page }) => {
    await page.goto(articlePath(seed.rozana.slug));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(seed.rozana.title);
    await expect(page.getByText(/^نُشر في 1 كانون الثاني 2021$/)).toBeVisible();
    await expect(page.getByText(/^حُدّث في/)).toHaveCount(0);
    await expect(page.getByText(/دقائق قراءة|دقيقتا قراءة|دقيقة قراءة/)).toBeVisible();
  });

  test("section, with ?page=2 holding the rest of its 23 articles", async ({ page }) => {
    await page.goto("/sections/reports");
    await expectEdition(page, edition);
    const main = page.getByRole("main");
    await expect(main.getByRole("heading", { level: 1 })).toHaveText("قسم تقارير");
    await expect(main.getByText("23 مقالاً · الصفحة 1 من 2")).toBeVisible();
    await expect(main.getByRole("article")).toHaveCount(20);
    const pager = main.getByRole("navigation", { name: "التنقل بين الصفحات" });
    await expect(pager.getByRole("link", { name: "الصفحة التالية" })).toHaveAttribute("href", "/sections/reports?page=2");
    const firstPage = await main.getByRole("article").getByRole("heading", { level: 2 }).allTextContents();

    await pager.getByRole("link", { name: "الصفحة التالية" }).click();
    await expect(page).toHaveURL(/\/sections\/reports\?page=2$/);
    await expectEdition(page, edition);
    await expect(main.getByText("23 مقالاً · الصفحة 2 من 2")).toBeVisible();
    await expect(main.getByRole("article")).toHaveCount(3);
    const secondPage = await main.getByRole("article").getByRole("heading", { level: 2 }).allTextContents();
    expect(secondPage.filter((t) => firstPage.includes(t))).toEqual([]);
    await expect(pager.getByRole("link", { name: "الصفحة السابقة" })).toHaveAttribute("href", "/sections/reports");
  });

  test("author and tag pages", async ({ page }) => {
    await page.goto("/authors/malek-al-hafez");
    await expectEdition(page, edition);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("مقالات مالك الحافظ");
    await expect(page.getByRole("main").getByRole("link", { name: seed.rozana.title })).toBeVisible();

    await page.goto("/tags/isis");
    await expectEdition(page, edition);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("وسم: داعش");
    await expect(page.getByRole("main").getByRole("link", { name: seed.rozana.title })).toBeVisible();
  });

  test("podcasts: every show", async ({ page }) => {
    await page.goto("/podcasts");
    await expectEdition(page, edition);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("بودكاست");
    await expect(page.getByRole("main").getByRole("heading", { level: 2 })).toHaveText(["شو الحل؟", "The Briefing"]);
    await expect(page.getByRole("link", { name: "The Briefing" })).toHaveAttribute("href", "/podcasts/the-briefing");
  });

  test("show: artwork, description, seasons newest first, and ?season=3 alone", async ({ page }) => {
    await page.goto(`/podcasts/${seed.show}`);
    await expectEdition(page, edition);
    const main = page.getByRole("main");
    await expect(main.getByRole("heading", { level: 1 })).toHaveText("شو الحل؟");
    await expect(main.locator("header img")).toHaveAttribute("src", "/media/podcasts/shu-al-hal.jpg");
    await expect(main.getByText(/^بودكاست أسبوعي من نشرة/)).toBeVisible();
    await expect(main.getByRole("heading", { level: 2 })).toHaveText(["شو الحل؟ - الموسم الثالث", "شو الحل؟ - الموسم الثاني", "شو الحل؟ - الموسم الأول"]);
    await expect(main.getByRole("heading", { level: 3 })).toHaveCount(8);

    await main.getByRole("navigation", { name: "المواسم" }).getByRole("link", { name: "الموسم 3" }).click();
    await expect(page).toHaveURL(/\/podcasts\/shu-al-hal\?season=3$/);
    await expectEdition(page, edition);
    await expect(main.getByRole("heading", { level: 2 })).toHaveText(["شو الحل؟ - الموسم الثالث"]);
    await expect(main.getByRole("heading", { level: 3 })).toHaveText([
      "العمل عن بعد: فرصة أم فخ؟",
      "الإيجارات: بيت صغير بنصف الراتب",
      "شح المياه: صهاريج وآبار وانتظار",
      "إعلان الموسم الثالث",
    ]);
    await expect(main.getByRole("link", { name: "الموسم 3" })).toHaveAttribute("aria-current", "page");
  });

  test("episode: title, numbers, duration, date, notes and a native player that plays", async ({ page }) => {
    await page.goto(`/podcasts/${seed.show}/${seed.episode.slug}`);
    await expectEdition(page, edition);
    const main = page.getByRole("main");
    await expect(main.getByRole("heading", { level: 1 })).toHaveText(seed.episode.title);
    await expect(main.getByText("الموسم 3", { exact: true })).toBeVisible();
    await expect(main.getByText("الحلقة 2", { exact: true })).toBeVisible();
    await expect(main.getByText("أقل من دقيقة (0:13)")).toBeVisible();
    await expect(main.getByText("2 شباط 2026")).toBeVisible();
    await expect(main.getByRole("region", { name: "عن الحلقة" })).toContainText("ترتفع الإيجارات أسرع من الرواتب");
    const audio = main.locator("audio[controls][preload=none]");
    await expect(audio).toHaveCount(1);
    await expect(audio.locator("source")).toHaveAttribute("src", seed.episode.audio);
    await expect(audio.locator("source")).toHaveAttribute("type", "audio/mpeg");
    // The browser can decode it: load the metadata and read the real duration.
    const duration = await audio.evaluate(
      (el: HTMLAudioElement) =>
        new Promise<number>((resolve, reject) => {
          el.addEventListener("loadedmetadata", () => resolve(el.duration), { once: true });
          el.addEventListener("error", () => reject(new Error(`audio error ${el.error?.code}`)), { once: true });
          el.querySelector("source")?.addEventListener("error", () => reject(new Error("source error")), { once: true });
          el.load();
        }),
    );
    expect(Math.round(duration)).toBe(13);
  });

  test("cookie settings page", async ({ page }) => {
    await page.goto("/cookies");
    await expectEdition(page, edition);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("إعدادات ملفات تعريف الارتباط");
    await expect(page.getByRole("main").getByText("اختيارك الحالي: لم تختر بعد")).toBeVisible();
  });
});

test.describe("English edition", () => {
  const edition = { locale: "en", dir: "ltr" } as const;

  test("home: lead story, latest, one rail per section with English stories, podcast promo", async ({ page }) => {
    expect((await page.goto("/en"))?.status()).toBe(200);
    await expectEdition(page, edition);
    const main = page.getByRole("main");
    await expect(main.getByRole("region", { name: "Top story" }).getByRole("article")).toHaveCount(1);
    await expect(main.getByRole("region", { name: "Top stories" }).getByRole("article")).toHaveCount(2);
    await expect(main.getByRole("region", { name: "Latest" }).getByRole("article")).toHaveCount(4);
    await expect(main.getByRole("region", { name: "Opinion" }).getByRole("listitem").first()).toBeVisible();
    for (const name of ["Reports", "Economy", "Society", "Culture"]) {
      await expect(
        main
          .getByRole("region", { name: `More in ${name}` })
          .getByRole("article")
          .first(),
      ).toBeVisible();
    }
    // No English story in News: no empty rail.
    await expect(main.getByRole("region", { name: "More in News" })).toHaveCount(0);
    await expect(main.getByRole("region", { name: "Podcast" }).getByRole("link", { name: "Listen now" })).toHaveAttribute("href", /^\/en\/podcasts\//);
  });

  test("article", async ({ page }) => {
    await page.goto(articlePath(seed.desertEn.slug, "en"));
    await expectEdition(page, edition);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(seed.desertEn.title);
    const header = page.getByRole("main").getByRole("article").locator("header").first();
    await expect(header.getByRole("link", { name: "Reports" })).toHaveAttribute("href", "/en/sections/reports");
    await expect(header.getByRole("link", { name: "Sarah Collins" })).toHaveAttribute("href", "/en/authors/sarah-collins");
    await expect(header.getByRole("link", { name: "مالك الحافظ" })).toHaveAttribute("href", "/en/authors/malek-al-hafez");
    await expect(header).toContainText("Published 10 February 2021");
    await expect(header.getByText(/minute read$/)).toBeVisible();
  });

  test("section, author and tag pages", async ({ page }) => {
    await page.goto("/en/sections/economy");
    await expectEdition(page, edition);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Economy");
    await expect(page.getByRole("main").getByText("2 articles")).toBeVisible();
    await expect(page.getByRole("main").getByRole("article")).toHaveCount(2);

    await page.goto("/en/authors/sarah-collins");
    await expectEdition(page, edition);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Articles by Sarah Collins");

    await page.goto("/en/tags/syria-en");
    await expectEdition(page, edition);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tag: Syria");
    await expect(page.getByRole("main").getByRole("link", { name: seed.desertEn.title })).toBeVisible();
  });

  test("podcasts, show with ?season=1, episode", async ({ page }) => {
    await page.goto("/en/podcasts");
    await expectEdition(page, edition);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Podcasts");
    await page.getByRole("link", { name: "The Briefing" }).click();
    await expect(page).toHaveURL(/\/en\/podcasts\/the-briefing$/);
    await expectEdition(page, edition);
    await expect(page.getByRole("main").getByRole("heading", { level: 2 })).toHaveText(["The Briefing - Season 1"]);

    await page.goto("/en/podcasts/the-briefing?season=1");
    await expect(page.getByRole("main").getByRole("heading", { level: 3 })).toHaveText(["Local media after the silence", "Bread, fuel and the exchange rate"]);

    await page.goto("/en/podcasts/the-briefing/economy-briefing");
    await expectEdition(page, edition);
    const main = page.getByRole("main");
    await expect(main.getByRole("heading", { level: 1 })).toHaveText("Bread, fuel and the exchange rate");
    await expect(main.getByText("Season 1", { exact: true })).toBeVisible();
    await expect(main.getByText("Episode 1", { exact: true })).toBeVisible();
    await expect(main.getByText("3 March 2025")).toBeVisible();
    await expect(main.locator("audio[controls][preload=none] source")).toHaveAttribute("src", "/media/podcasts/the-briefing/economy-briefing.mp3");
  });

  test("cookie settings page", async ({ page }) => {
    await page.goto("/en/cookies");
    await expectEdition(page, edition);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Cookie settings");
  });
});

test.describe("language switch", () => {
  test("goes to the translated article when there is one, both ways", async ({ page }) => {
    await page.goto(articlePath(seed.oilAr.slug));
    await page.getByRole("link", { name: "النسخة الإنجليزية" }).click();
    await expect(page).toHaveURL(new RegExp(`/en/articles/${seed.oilEn.slug}$`));
    await expectEdition(page, { locale: "en", dir: "ltr" });
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(seed.oilEn.title);

    await page.getByRole("link", { name: "Arabic edition" }).click();
    await expect(page).toHaveURL(new RegExp(`/articles/${seed.oilAr.slug}$`));
    await expectEdition(page, { locale: "ar", dir: "rtl" });
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(seed.oilAr.title);
  });

  test("goes to the other edition's home when there is no translation", async ({ page }) => {
    await page.goto(articlePath(seed.rozana.slug));
    await expect(page.getByRole("link", { name: "النسخة الإنجليزية" })).toHaveAttribute("href", "/en");
    await page.goto(articlePath(seed.desertEn.slug, "en"));
    await expect(page.getByRole("link", { name: "Arabic edition" })).toHaveAttribute("href", "/");
    await page.goto("/sections/reports");
    await page.getByRole("link", { name: "النسخة الإنجليزية" }).click();
    await expect(page).toHaveURL(/\/en$/);
    await expectEdition(page, { locale: "en", dir: "ltr" });
  });
});

test.describe("no language negotiation, no cookies", () => {
  test("an English-speaking browser still gets Arabic at /", async ({ browser }) => {
    for (const options of [{ locale: "en-US" }, { extraHTTPHeaders: { "accept-language": "en" } }]) {
      const context = await browser.newContext(options);
      const page = await context.newPage();
      const response = await page.goto("/");
      expect(response?.status()).toBe(200);
      expect(response?.request().redirectedFrom()).toBeNull();
      expect(new URL(page.url()).pathname).toBe("/");
      await expectEdition(page, { locale: "ar", dir: "rtl" });
      expect(await context.cookies()).toEqual([]);
      await context.close();
    }
  });

  test("no route sets a cookie", async ({ request }) => {
    const urls = [
      "/",
      "/en",
      articlePath(seed.rozana.slug),
      articlePath(seed.oilEn.slug, "en"),
      "/sections/reports",
      "/sections/reports?page=2",
      "/en/sections/economy",
      "/authors/malek-al-hafez",
      "/tags/isis",
      "/podcasts",
      `/podcasts/${seed.show}`,
      `/podcasts/${seed.show}?season=3`,
      `/podcasts/${seed.show}/${seed.episode.slug}`,
      "/en/podcasts/the-briefing/economy-briefing",
      "/cookies",
      "/en/cookies",
      "/articles/no-such-article",
    ];
    for (const url of urls) {
      const response = await request.get(url, { headers: { "accept-language": "en-US,en;q=0.9" } });
      expect(response.status(), url).toBeLessThan(500);
      expectNoCookie(response);
    }
  });
});
