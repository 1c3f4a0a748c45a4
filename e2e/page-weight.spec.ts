import { expect, test, type APIRequestContext } from "@playwright/test";
import { parse } from "node-html-parser";
import { articlePath, seed } from "./support/site";

/**
 * What a cheap phone downloads: no framework script at all (scripts/next-runtime.mjs), only our
 * subset fonts with the text faces preloaded, and the first screen's picture first.
 * (The sizes themselves are figures of `npm run lighthouse`, not assertions.)
 */

const granted = () => `nashra_consent=v1.granted.${Math.floor(Date.now() / 1000)}`;

async function html(request: APIRequestContext, url: string, cookie?: string) {
  const response = await request.get(url, { headers: cookie ? { cookie } : {} });
  expect(response.status(), url).toBeLessThan(500);
  return parse(await response.text());
}

/** What the browser would run: script files and inline scripts, not data islands (JSON-LD, the view beacon's JSON). */
const scriptsOf = (doc: ReturnType<typeof parse>) => doc.querySelectorAll("script").filter((s) => !/json/i.test(s.getAttribute("type") ?? ""));

test("reader pages carry no framework script: no script file, no React payload, only our one inline script", async ({ request }) => {
  const pages = [
    "/",
    articlePath(seed.rozana.slug),
    "/sections/reports",
    `/podcasts/${seed.show}`,
    `/podcasts/${seed.show}/${seed.episode.slug}`,
    "/search?q=داعش",
    "/cookies",
    "/no-such-page",
    "/en",
    articlePath(seed.oilEn.slug, "en"),
  ];
  for (const url of pages) {
    for (const cookie of [undefined, granted()]) {
      const label = `${url} ${cookie ? "(consent given)" : "(no choice yet)"}`;
      const doc = await html(request, url, cookie);
      expect(doc.querySelector("main, h1"), label).not.toBeNull();
      const scripts = scriptsOf(doc);
      expect(scripts.map((s) => s.getAttribute("src")).filter(Boolean), label).toEqual([]);
      // The 404 page has nothing to share or count: no script at all.
      expect(scripts, label).toHaveLength(url === "/no-such-page" ? 0 : 1);
      for (const script of scripts) expect(script.text, label).toContain("view-beacon");
      expect(doc.toString(), label).not.toMatch(/__next_f|TURBOPACK/);
      const preloads = doc.querySelectorAll('link[rel="preload"][as="script"], link[rel="modulepreload"]');
      expect(preloads, label).toHaveLength(0);
    }
  }
});

test("staff pages keep Next's runtime: the sign-in page loads its script files", async ({ request }) => {
  const doc = await html(request, "/staff/login");
  expect(
    scriptsOf(doc)
      .map((s) => s.getAttribute("src"))
      .filter((src) => src?.startsWith("/_next/static/")).length,
  ).toBeGreaterThan(0);
});

for (const { home, face, core, other } of [
  { home: "/", face: "/fonts/plex-arabic-400.woff2", core: "/fonts/plex-latin-core-400.woff2", other: "/fonts/plex-latin-400.woff2" },
  { home: "/en", face: "/fonts/plex-latin-400.woff2", core: "/fonts/plex-latin-core-400.woff2", other: "/fonts/plex-arabic-400.woff2" },
]) {
  test(`${home}: the text faces are preloaded once, only our subset woff2 files load, and text shows at once`, async ({ page, request }) => {
    const doc = await html(request, home);
    const preloads = doc.querySelectorAll('link[rel="preload"][as="font"]');
    expect(preloads.map((l) => l.getAttribute("href")).sort()).toEqual([face, core].sort());
    for (const link of preloads) {
      expect(link.getAttribute("type")).toBe("font/woff2");
      expect(link.hasAttribute("crossorigin")).toBe(true);
    }
    expect(preloads.map((l) => l.getAttribute("href"))).not.toContain(other);

    const fonts: string[] = [];
    page.on("request", (r) => {
      if (r.resourceType() === "font") fonts.push(new URL(r.url()).pathname);
    });
    await page.goto(home);
    await page.evaluate(() => document.fonts.ready);
    await page.waitForLoadState("networkidle");
    expect(fonts).toContain(face);
    for (const font of fonts) expect(font).toMatch(/^\/fonts\/plex-(arabic|latin-core|latin)-(400|700)\.woff2$/);
    // The English edition's one Arabic word (the language switch) is set in the reader's own font.
    if (home === "/en") expect(fonts).not.toContain(other);
    const faces = await page.evaluate(() => [...document.fonts].filter((f) => f.family.includes("IBM Plex")).map((f) => f.display));
    expect(faces.length).toBeGreaterThan(0);
    expect(new Set(faces)).toEqual(new Set(["swap"]));
  });
}

test("the first screen's picture is fetched first and preloaded once; the rest wait; every image is sized", async ({ request }) => {
  for (const url of ["/", "/en", articlePath(seed.rozana.slug), `/podcasts/${seed.show}`]) {
    const doc = await html(request, url);
    const images = doc.querySelectorAll("img");
    expect(images.length, url).toBeGreaterThan(0);
    for (const img of images) {
      expect(Number(img.getAttribute("width")), `${url} ${img.getAttribute("src")}`).toBeGreaterThan(0);
      expect(Number(img.getAttribute("height")), `${url} ${img.getAttribute("src")}`).toBeGreaterThan(0);
    }
    const first = images.filter((img) => img.getAttribute("loading") !== "lazy");
    expect(first, `${url}: one eager image`).toHaveLength(1);
    expect(first[0].getAttribute("fetchpriority"), url).toBe("high");
    // The first image in the page is the one fetched first (a phone shows it on the first screen).
    expect(images[0].getAttribute("src"), url).toBe(first[0].getAttribute("src"));
    const preloads = doc.querySelectorAll('link[rel="preload"][as="image"]');
    expect(
      preloads.map((l) => l.getAttribute("href")),
      url,
    ).toEqual([first[0].getAttribute("src")]);
  }
});
