/**
 * Search as readers and crawlers get it, on the pristine seed: the header's
 * GET form without JavaScript, Arabic spelling folded, <mark>ed snippets,
 * paging like every list, only what a reader may see, each edition its own
 * articles, hostile queries never a 5xx, noindex and the OpenSearch link.
 */
import { expect, test } from "@playwright/test";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { rawPage, textOf, textsOf } from "./support/html";
import { articlePath, seed } from "./support/site";

const search = (q: string, extra = "", prefix = "") => `${prefix}/search?q=${encodeURIComponent(q)}${extra}`;
const resultTitles = (page: Awaited<ReturnType<typeof rawPage>>) => textsOf(page, "main ol > li h2");

test.describe("search (raw HTML)", () => {
  test("every page has the header's search form: GET, labelled, no script needed", async ({ request }) => {
    for (const [url, action, label] of [
      ["/", "/search", "ابحث في نشرة"],
      [articlePath(seed.rozana.slug), "/search", "ابحث في نشرة"],
      ["/en", "/en/search", "Search Nashra"],
    ] as const) {
      const page = await rawPage(request, url);
      const form = page.body.querySelector('header form[role="search"]');
      expect(form, `${url} header search form`).not.toBeNull();
      expect(form?.getAttribute("action"), url).toBe(action);
      expect(form?.getAttribute("method"), url).toBe("get");
      const input = form?.querySelector('input[name="q"]');
      expect(input?.getAttribute("type"), url).toBe("search");
      expect(textOf(form?.querySelector(`label[for="${input?.getAttribute("id")}"]`)), `${url} label`).toBe(label);
    }
  });

  test("results: the matching article with its section, date and the matched words marked", async ({ request }) => {
    const page = await rawPage(request, search("داعش"));
    expect(page.status).toBe(200);
    expect(textOf(page.body.querySelector("h1"))).toBe("نتائج البحث عن «داعش»");
    expect(resultTitles(page)).toContain(seed.rozana.title);
    const first = page.body.querySelector("main ol > li");
    expect(first?.querySelector(`h2 a`)?.getAttribute("href")).toBe(articlePath(seed.rozana.slug));
    expect(first?.querySelector("time")?.getAttribute("datetime")).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(first?.querySelector('a[href^="/sections/"]')).not.toBeNull();
    const marks = textsOf(page, "main mark");
    expect(marks.length).toBeGreaterThan(0);
    for (const m of marks) expect(m).toMatch(/داعش/);
  });

  test("spelling variants find the same articles", async ({ request }) => {
    // Alef maqsura / ya, the article and an attached و, tashkeel and tatweel.
    const groups = [
      ["مستشفى", "مستشفي", "مُسْتَشْفَى"],
      ["مخيمات", "والمخيمات", "مخيّمات", "مخيــمات"],
      ["كهرباء", "الكهرباء", "بالكهرباء"],
    ];
    for (const group of groups) {
      const pages = await Promise.all(group.map((q) => rawPage(request, search(q))));
      const first = resultTitles(pages[0]);
      expect(first.length, group[0]).toBeGreaterThan(0);
      for (const [i, p] of pages.entries()) expect(resultTitles(p), group[i]).toEqual(first);
    }
  });

  test("the count is in words with the Arabic plural", async ({ request }) => {
    const one = await rawPage(request, search("مستشفى"));
    expect(textOf(one.body.querySelector("main"))).toContain("نتيجة واحدة");
    const none = await rawPage(request, search("كلمةغيرموجودةأبدا"));
    expect(none.status).toBe(200);
    expect(textOf(none.body.querySelector("main"))).toContain("لا نتائج");
    expect(none.body.querySelectorAll("main ol > li")).toHaveLength(0);
  });

  test("20 a page, ?page=N, and past the end a 404 like every list", async ({ request }) => {
    const first = await rawPage(request, search("في"));
    const count = Number(/(\d+) نتيجة/.exec(textOf(first.body.querySelector("main")))?.[1]);
    expect(count).toBeGreaterThan(20);
    expect(resultTitles(first)).toHaveLength(20);
    const pages = Math.ceil(count / 20);
    const last = await rawPage(request, search("في", `&page=${pages}`));
    expect(last.status).toBe(200);
    expect(resultTitles(last)).toHaveLength(count - 20 * (pages - 1));
    expect(resultTitles(last).some((t) => resultTitles(first).includes(t))).toBe(false);
    const next = first.body.querySelector('main nav a[rel="next"]');
    expect(next?.getAttribute("href")).toBe(search("في", "&page=2"));
    for (const bad of [`&page=${pages + 1}`, "&page=0", "&page=abc", "&page=-1"]) {
      expect((await request.get(search("في", bad), { maxRedirects: 0 })).status(), bad).toBe(404);
    }
  });

  test("an empty query shows a prompt, no list", async ({ request }) => {
    for (const url of ["/search", "/search?q=", "/search?q=%20%20", `/search?q=${encodeURIComponent("«»!؟")}`]) {
      const page = await rawPage(request, url);
      expect(page.status, url).toBe(200);
      expect(textOf(page.body.querySelector("h1")), url).toBe("البحث");
      expect(textOf(page.body.querySelector("main")), url).toContain("اكتب كلمة أو أكثر");
      expect(page.body.querySelector("main ol"), url).toBeNull();
    }
  });

  test("a query over 200 characters is cut, with a note", async ({ request }) => {
    const page = await rawPage(request, search("سوريا ".repeat(80)));
    expect(page.status).toBe(200);
    expect(textOf(page.body.querySelector("main"))).toContain("البحث يأخذ أول 200 حرف");
  });

  test("drafts and scheduled articles are never found", async ({ request }) => {
    for (const item of [seed.draft, seed.scheduled]) {
      const q = item.marker.split(": ")[1];
      const page = await rawPage(request, search(q));
      expect(page.status).toBe(200);
      expect(resultTitles(page), q).toEqual([]);
      expect(textOf(page.body.querySelector("main")), q).toContain("لا نتائج");
      expect(page.html, q).not.toContain(item.slug);
    }
  });

  test("each edition searches its own articles", async ({ request }) => {
    const en = await rawPage(request, search("desert", "", "/en"));
    expect(en.doc.querySelector("html")?.getAttribute("lang")).toBe("en");
    expect(resultTitles(en)).toContain(seed.desertEn.title);
    expect(en.body.querySelector("main ol > li h2 a")?.getAttribute("href")).toMatch(/^\/en\/articles\//);
    expect(textsOf(en, "main mark").map((m) => m.toLowerCase())).toContain("desert");
    expect(resultTitles(await rawPage(request, search("داعش", "", "/en")))).toEqual([]);
    expect(resultTitles(await rawPage(request, search("desert")))).toEqual([]);
  });

  test("hostile queries are text: never a 5xx, never markup", async ({ request }) => {
    const queries = [
      '"',
      "*",
      ":",
      "(",
      ")",
      "-",
      "NEAR",
      "OR",
      "AND NOT",
      "'",
      "\\",
      "داعش*",
      '"داعش" OR 1=1 --',
      "title:داعش",
      "NEAR(داعش قوات)",
      '\'; DROP TABLE "Article"; --',
      "<script>alert(1)</script>",
      "%",
      "_",
      "{title}: x",
      "a".repeat(5000),
      "\u202eداعش",
      "😀",
      "١٢٣",
    ];
    for (const q of queries) {
      const response = await request.get(search(q), { maxRedirects: 0 });
      expect(response.status(), q.slice(0, 40)).toBe(200);
      const html = await response.text();
      expect(html, q.slice(0, 40)).not.toContain("<script>alert(1)</script>");
    }
  });

  test("result pages are noindex, follow, not cached as pages, and in no sitemap", async ({ request }) => {
    const page = await rawPage(request, search("داعش"));
    expect(page.doc.querySelector('meta[name="robots"]')?.getAttribute("content")).toBe("noindex, follow");
    expect(page.response.headers()["cache-control"] ?? "").not.toMatch(/public|s-maxage/);
    const index = await (await request.get("/sitemap.xml")).text();
    const children = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
    expect(children.length).toBeGreaterThan(0);
    for (const child of children) expect(await (await request.get(child)).text(), child).not.toMatch(/\/search/);
  });

  test("every page links its edition's OpenSearch description, which is well-formed", async ({ request }) => {
    for (const [url, href] of [
      ["/", "/opensearch.xml"],
      [articlePath(seed.rozana.slug), "/opensearch.xml"],
      ["/sections/reports", "/opensearch.xml"],
      ["/no-such-page", "/opensearch.xml"],
      [search("داعش"), "/opensearch.xml"],
      ["/en", "/en/opensearch.xml"],
    ] as const) {
      const page = await rawPage(request, url);
      const link = page.doc.querySelector('head link[rel="search"]');
      expect(link?.getAttribute("href"), url).toBe(href);
      expect(link?.getAttribute("type"), url).toBe("application/opensearchdescription+xml");
    }
    for (const [path, template] of [
      ["/opensearch.xml", "/search?q={searchTerms}"],
      ["/en/opensearch.xml", "/en/search?q={searchTerms}"],
    ]) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      expect(response.headers()["content-type"], path).toContain("application/opensearchdescription+xml");
      const xml = await response.text();
      expect(XMLValidator.validate(xml), path).toBe(true);
      const doc = new XMLParser({ ignoreAttributes: false }).parse(xml).OpenSearchDescription;
      expect(doc["@_xmlns"]).toBe("http://a9.com/-/spec/opensearch/1.1/");
      expect(doc.ShortName.length, path).toBeLessThanOrEqual(16);
      const urls = [doc.Url].flat();
      expect(new URL(urls.find((u: Record<string, string>) => u["@_type"] === "text/html")["@_template"]).pathname + "?q={searchTerms}").toBe(template);
    }
  });

  test("article pages advertise the edition feed and their section's feed", async ({ request }) => {
    const page = await rawPage(request, articlePath(seed.rozana.slug));
    const feeds = page.doc
      .querySelectorAll('head link[rel="alternate"][type="application/rss+xml"]')
      .map((l) => new URL(l.getAttribute("href") ?? "").pathname);
    expect(feeds).toEqual(["/feed.xml", "/sections/reports/feed.xml"]);
    for (const f of feeds) expect((await request.get(f)).status(), f).toBe(200);
    for (const url of ["/", "/sections/reports", "/cookies", search("داعش"), "/en"]) {
      const p = await rawPage(request, url);
      const hrefs = p.doc.querySelectorAll('head link[rel="alternate"][type="application/rss+xml"]').map((l) => new URL(l.getAttribute("href") ?? "").pathname);
      expect(hrefs[0], url).toBe(url.startsWith("/en") ? "/en/feed.xml" : "/feed.xml");
    }
  });
});

test.describe("search in a browser without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the header form leads to the results, and a result to its article", async ({ page }) => {
    await page.goto("/");
    const box = page.getByRole("search").getByRole("searchbox", { name: "ابحث في نشرة" });
    await box.fill("مخيــمات");
    await page.getByRole("search").getByRole("button", { name: "بحث" }).click();
    await expect(page).toHaveURL(/\/search\?q=/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("نتائج البحث عن «مخيــمات»");
    await expect(page.getByRole("searchbox", { name: "ابحث في نشرة" })).toHaveValue("مخيــمات");
    const results = page.getByRole("main").getByRole("listitem");
    await expect(results.first()).toBeVisible();
    await expect(results.first().locator("mark").first()).toBeVisible();
    const title = await results.first().getByRole("heading", { level: 2 }).textContent();
    await results
      .first()
      .getByRole("link", { name: title ?? "" })
      .click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title ?? "");
  });

  test("the English edition's form searches English articles", async ({ page }) => {
    await page.goto("/en");
    await page.getByRole("searchbox", { name: "Search Nashra" }).fill("Desert");
    await page.getByRole("button", { name: "Search", exact: true }).click();
    await expect(page).toHaveURL(/\/en\/search\?q=Desert/);
    await expect(page.getByRole("main").getByRole("link", { name: seed.desertEn.title })).toBeVisible();
    await expect(page.getByRole("main")).toContainText("1 result");
  });
});
