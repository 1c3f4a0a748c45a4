/**
 * The pages scripts/lighthouse.mjs measures, found on a running server: for each
 * edition (Arabic at /, English at /en) the home page, then the first article,
 * section, author, tag, show and episode its pages link to, and a search for a
 * word of that article's title.
 */
const PAGE_TYPES = ["home", "article", "section", "author", "tag", "show", "episode", "search"];

async function html(url) {
  const res = await fetch(url, { redirect: "follow", signal: AbortSignal.timeout(60_000) });
  if (!res.ok) throw new Error(`lighthouse: ${url} answered ${res.status}`);
  return res.text();
}

/** The first same-edition link whose path matches `pattern`, as an absolute URL. */
function firstLink(page, origin, prefix, pattern) {
  for (const [, href] of page.matchAll(/<a\b[^>]*?\shref="([^"]+)"/g)) {
    const url = new URL(href.replaceAll("&amp;", "&"), origin);
    if (url.origin !== origin) continue;
    const path = decodeURIComponent(url.pathname);
    const rest = prefix ? (path.startsWith(`${prefix}/`) ? path.slice(prefix.length) : null) : path.startsWith("/en/") ? null : path;
    if (rest !== null && pattern.test(rest)) return url.toString();
  }
  return null;
}

/** [{ name: "ar article", url }...] for both editions; throws naming a page type it could not find. */
export async function discoverPages(origin) {
  const pages = [];
  for (const [edition, prefix] of [
    ["ar", ""],
    ["en", "/en"],
  ]) {
    const found = { home: `${origin}${prefix || "/"}` };
    const home = await html(found.home);
    found.article = firstLink(home, origin, prefix, /^\/articles\/[^/]+$/);
    const article = found.article ? await html(found.article) : "";
    // The article's own section (its kicker, not the header's menu): it has articles in this edition (an empty one is noindex).
    const articleMain = article.slice(Math.max(0, article.indexOf("<main")));
    found.section = firstLink(articleMain, origin, prefix, /^\/sections\/[^/]+$/);
    found.author = firstLink(articleMain, origin, prefix, /^\/authors\/[^/]+$/);
    found.tag = firstLink(articleMain, origin, prefix, /^\/tags\/[^/]+$/);
    const shows = await html(`${origin}${prefix}/podcasts`);
    found.show = firstLink(shows, origin, prefix, /^\/podcasts\/[^/]+$/);
    const show = found.show ? await html(found.show) : "";
    found.episode = firstLink(show, origin, prefix, /^\/podcasts\/[^/]+\/[^/]+$/);
    const title = /<h1[^>]*>([^<]+)</.exec(article)?.[1] ?? "";
    const word = title.split(/[\s«»"':،,.؟?!()-]+/).find((w) => w.length >= 4);
    found.search = word ? `${origin}${prefix}/search?q=${encodeURIComponent(word)}` : null;
    for (const type of PAGE_TYPES) {
      if (!found[type]) throw new Error(`lighthouse: no ${edition} ${type} page found from ${found.home}`);
      // Search results are noindex by design (README, "Search"): Lighthouse's is-crawlable audit fails there on purpose.
      pages.push({ name: `${edition} ${type}`, url: found[type], noindexByDesign: type === "search" });
    }
  }
  return pages;
}
