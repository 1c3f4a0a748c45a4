import { expect, test } from "@playwright/test";
import { paths } from "../lib/paths";
import { expectReaderPage, rawPage, textsOf, type ReaderExpectation } from "./support/html";
import { seed } from "./support/site";
import arMessages from "../locales/ar.json";
import enMessages from "../locales/en.json";

/**
 * What a crawler or a reader without JavaScript gets: every kind of page,
 * fetched as raw HTML (no browser, no script run), in both editions. The
 * language, direction, heading and the text a reader came for must be in
 * the server's HTML itself; hydration cannot fill them in here.
 */

type Case = ReaderExpectation & { name: string; url: string };

const ar = { lang: "ar", dir: "rtl" } as const;
const en = { lang: "en", dir: "ltr" } as const;

const cases: Case[] = [
  { name: "home", url: paths.home("ar"), ...ar, h1: "نشرة — أخبار وتقارير مستقلة", texts: ["القصة الرئيسية", "آخر الأخبار"], minItems: 9 },
  { name: "home", url: paths.home("en"), ...en, h1: "Nashra — independent news and reports", texts: ["Top story", "Latest"], minItems: 5 },
  {
    name: "article",
    url: paths.article("ar", seed.oilAr.slug),
    ...ar,
    h1: seed.oilAr.title,
    texts: ["بقلم رنا الخطيب", "نُشر في 20 كانون الأول 2020", "قوافل صهاريج تنقل النفط الخام"],
  },
  {
    name: "article (the reference report, every body paragraph)",
    url: paths.article("ar", seed.rozana.slug),
    ...ar,
    h1: seed.rozana.title,
    texts: ["مالك الحافظ", "نُشر في 1 كانون الثاني 2021", "قد يهمك:", "اقرأ أيضاً:"],
  },
  {
    name: "article",
    url: paths.article("en", seed.desertEn.slug),
    ...en,
    h1: seed.desertEn.title,
    texts: ["By Sarah Collins", "Published 10 February 2021", "Small armed cells still use the open desert"],
  },
  { name: "section", url: paths.section("ar", "reports"), ...ar, h1: "قسم تقارير", texts: ["23 مقالاً · الصفحة 1 من 2"], minItems: 20 },
  {
    name: "section page 2",
    url: paths.section("ar", "reports", 2),
    ...ar,
    h1: "قسم تقارير",
    texts: ["23 مقالاً · الصفحة 2 من 2", seed.rozana.title],
    minItems: 3,
  },
  { name: "section", url: paths.section("en", "economy"), ...en, h1: "Economy", texts: ["2 articles", seed.oilEn.title], minItems: 2 },
  { name: "author", url: paths.author("ar", "malek-al-hafez"), ...ar, h1: "مقالات مالك الحافظ", texts: [seed.rozana.title], minItems: 5 },
  { name: "author", url: paths.author("en", "sarah-collins"), ...en, h1: "Articles by Sarah Collins", texts: [seed.desertEn.title], minItems: 2 },
  { name: "tag", url: paths.tag("ar", "isis"), ...ar, h1: "وسم: داعش", texts: [/\d+ مقالات/], minItems: 3 },
  { name: "podcasts", url: paths.podcasts("ar"), ...ar, h1: "بودكاست", texts: ["شو الحل؟", "The Briefing"] },
  { name: "podcasts", url: paths.podcasts("en"), ...en, h1: "Podcasts", texts: ["The Briefing"] },
  { name: "show", url: paths.show("ar", seed.show), ...ar, h1: "شو الحل؟", texts: ["الموسم 3", seed.episode.title], minItems: 8 },
  { name: "season", url: paths.show("ar", seed.show, 2), ...ar, h1: "شو الحل؟", texts: ["شو الحل؟ - الموسم الثاني"], minItems: 3 },
  { name: "show", url: paths.show("en", "the-briefing"), ...en, h1: "The Briefing", minItems: 2 },
  {
    name: "episode",
    url: paths.episode("ar", seed.show, seed.episode.slug),
    ...ar,
    h1: seed.episode.title,
    texts: ["الموسم 3", "الحلقة 2", "تنزيل الملف الصوتي", "ترتفع الإيجارات أسرع من الرواتب"],
  },
  { name: "cookies", url: paths.cookies("ar"), ...ar, h1: "إعدادات ملفات تعريف الارتباط", texts: ["اختيارك الحالي:"] },
  { name: "cookies", url: paths.cookies("en"), ...en, h1: "Cookie settings" },
  { name: "editorial principles", url: paths.principles("ar"), ...ar, h1: "مبادئنا التحريرية", texts: ["الدقة"] },
  { name: "editorial principles", url: paths.principles("en"), ...en, h1: "Editorial principles" },
];

test.describe("raw HTML: every page is complete without JavaScript", () => {
  for (const c of cases) {
    test(`${c.lang} ${c.name} (${decodeURIComponent(c.url)})`, async ({ request }) => {
      expectReaderPage(await rawPage(request, c.url), c.url, c);
    });
  }

  test("an English episode page carries its audio player and download link in the HTML", async ({ request }) => {
    const show = await rawPage(request, paths.show("en", "the-briefing"));
    const episodeHref = show.body
      .querySelectorAll("main a")
      .map((a) => a.getAttribute("href") ?? "")
      .find((h) => h.startsWith("/en/podcasts/the-briefing/"));
    expect(episodeHref, "a link to an episode").toBeTruthy();
    const page = await rawPage(request, episodeHref!);
    expectReaderPage(page, episodeHref!, { ...en, h1: /\S/ });
    const audio = page.body.querySelector("main audio");
    expect(audio?.getAttribute("src") ?? audio?.querySelector("source")?.getAttribute("src")).toMatch(/^\/media\/podcasts\/the-briefing\/.+\.mp3$/);
  });

  test("the reference report's body paragraphs are all in the server's HTML, in order", async ({ request }) => {
    const page = await rawPage(request, paths.article("ar", seed.rozana.slug));
    // The body only (the article's own <div>): cards at the article's end are not the report.
    const paragraphs = textsOf(page, "main > article > div p").filter((p) => p.length > 80);
    expect(paragraphs.length).toBeGreaterThanOrEqual(14);
    expect(new Set(paragraphs).size).toBe(paragraphs.length);
  });
});

/** Every kind of missing page: a real 404 page from the server, in the reader's edition. */
const missing = [
  { kind: "article", url: (l: "ar" | "en") => paths.article(l, "never-existed-zz") },
  { kind: "section", url: (l: "ar" | "en") => paths.section(l, "never-existed-zz") },
  { kind: "section page past the end", url: (l: "ar" | "en") => paths.section(l, "reports", 99) },
  { kind: "author", url: (l: "ar" | "en") => paths.author(l, "never-existed-zz") },
  { kind: "tag", url: (l: "ar" | "en") => paths.tag(l, "never-existed-zz") },
  { kind: "show", url: (l: "ar" | "en") => paths.show(l, "never-existed-zz") },
  { kind: "season", url: (l: "ar" | "en") => paths.show(l, seed.show, 99) },
  { kind: "episode", url: (l: "ar" | "en") => paths.episode(l, seed.show, "never-existed-zz") },
  { kind: "unknown path", url: (l: "ar" | "en") => `${paths.home(l).replace(/\/$/, "")}/never/existed` },
  { kind: "malformed encoding", url: (l: "ar" | "en") => `${paths.home(l).replace(/\/$/, "")}/articles/%E0%A4%A` },
  { kind: "double encoding", url: (l: "ar" | "en") => `${paths.home(l).replace(/\/$/, "")}/sections/%25zz` },
  { kind: "dot segment hidden in a segment", url: (l: "ar" | "en") => `${paths.home(l).replace(/\/$/, "")}/x/..%2Fwithdrawn` },
  { kind: "encoded slash", url: (l: "ar" | "en") => `${paths.home(l).replace(/\/$/, "")}/staff%2Flogin` },
  { kind: "internal route asked for directly", url: (l: "ar" | "en") => `${paths.home(l).replace(/\/$/, "")}/withdrawn` },
];

test.describe("raw HTML: every 404 is a real page from the server", () => {
  for (const edition of [
    { locale: "ar", ...ar, messages: arMessages.errors },
    { locale: "en", ...en, messages: enMessages.errors },
  ] as const) {
    for (const m of missing) {
      test(`${edition.locale} ${m.kind}`, async ({ request }) => {
        const url = m.url(edition.locale);
        const page = await rawPage(request, url);
        const { notFoundTitle, notFoundBody } = edition.messages;
        expectReaderPage(page, url, { status: 404, lang: edition.lang, dir: edition.dir, h1: notFoundTitle, texts: [notFoundBody] });
        // A way back home for the reader.
        expect(
          page.body.querySelectorAll("a").map((a) => a.getAttribute("href")),
          `${url} links home`,
        ).toContain(paths.home(edition.locale));
        // Nobody may keep a 404 (the story may be published a minute later), and internal paths stay inside.
        expect(page.response.headers()["cache-control"], `${url} cache-control`).toMatch(/no-store/);
        expect(page.response.headers()["x-middleware-rewrite"], `${url} internal rewrite header`).toBeUndefined();
      });
    }
  }
});
