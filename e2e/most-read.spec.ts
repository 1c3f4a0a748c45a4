import { expect, test } from "@playwright/test";
import { cacheTags } from "../lib/cache-tags";
import { dbCall, publishArticle, revalidate, uniqueSlug } from "./support/db";
import { rawPage, textsOf } from "./support/html";
import { unique } from "./support/staff";
import { countOneView, VIEWS_FLUSH_MS } from "./support/views";

const hourAgo = (h: number) => new Date(Math.floor(Date.now() / 3_600_000) * 3_600_000 - h * 3_600_000);

function bucketTotal(articleId: number): number {
  const rows = dbCall<{ count: number }[]>("articleViewBucket", "findMany", { where: { articleId }, select: { count: true } });
  return rows.reduce((sum, r) => sum + r.count, 0);
}

test.describe("most read", () => {
  test("orders the edition's stories by reads in the last 24 hours and 7 days, on the home and at an article's end, without JavaScript", async ({
    request,
  }) => {
    const make = async (label: string) => {
      const title = unique(label);
      return {
        title,
        id: await publishArticle(request, { slug: uniqueSlug("most-read"), title, publishedAt: new Date(Date.now() - 86_400_000 * 300), hero: false }),
      };
    };
    const first = await make("الأكثر قراءة أولاً");
    const second = await make("الأكثر قراءة ثانياً");
    const weekly = await make("الأكثر قراءة في الأسبوع");
    const old = await make("قراءات قديمة");
    dbCall("articleViewBucket", "createMany", {
      data: [
        { articleId: first.id, hour: hourAgo(0), count: 900 },
        { articleId: first.id, hour: hourAgo(5), count: 100 },
        { articleId: second.id, hour: hourAgo(2), count: 800 },
        { articleId: weekly.id, hour: hourAgo(50), count: 5000 }, // inside the week only
        { articleId: old.id, hour: hourAgo(24 * 8), count: 9000 }, // outside both windows
      ],
    });
    await revalidate(request, [cacheTags.mostRead("ar")]);

    const home = await rawPage(request, "/");
    const day = textsOf(home, 'section[aria-label="الأكثر قراءة: آخر 24 ساعة"] li');
    const week = textsOf(home, 'section[aria-label="الأكثر قراءة: آخر 7 أيام"] li');
    expect(day.slice(0, 2)).toEqual([expect.stringContaining(first.title), expect.stringContaining(second.title)]);
    expect(day.join()).not.toContain(weekly.title);
    expect(week[0]).toContain(weekly.title);
    expect([...day, ...week].join()).not.toContain(old.title);

    // The English edition counts its own stories only.
    const en = await rawPage(request, "/en");
    expect(en.html).not.toContain(first.title);

    // At an article's end (the 24-hour list, without the article itself).
    const slug = dbCall<{ slug: string }>("article", "findUniqueOrThrow", { where: { id: second.id }, select: { slug: true } }).slug;
    const article = await rawPage(request, `/articles/${encodeURIComponent(slug)}`);
    const end = textsOf(article, 'section[aria-label="الأكثر قراءة: آخر 24 ساعة"] li');
    expect(end[0]).toContain(first.title);
    expect(end.join()).not.toContain(second.title);
  });

  test("counts readers who agreed, never declined or undecided ones", async ({ request, baseURL }) => {
    const id = await publishArticle(request, { slug: uniqueSlug("counted"), title: unique("قراءة محسوبة") });
    const send = (cookie?: string) =>
      request.post("/api/views", { data: { articleId: id }, headers: { origin: baseURL!, "sec-fetch-site": "same-origin", ...(cookie ? { cookie } : {}) } });
    expect((await send()).status()).toBe(403); // undecided
    expect((await send(`nashra_consent=v1.denied.${Math.floor(Date.now() / 1000)}`)).status()).toBe(403);
    // A crawler or another site cannot count either.
    expect((await request.post("/api/views", { data: { articleId: id }, headers: { "sec-fetch-site": "cross-site" } })).status()).toBe(403);
    await new Promise((r) => setTimeout(r, VIEWS_FLUSH_MS * 4));
    expect(bucketTotal(id)).toBe(0);
    await countOneView(request, baseURL!, id);
    await expect.poll(() => bucketTotal(id)).toBe(1);
  });
});
