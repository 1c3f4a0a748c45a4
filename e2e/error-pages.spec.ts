import { expect, test } from "@playwright/test";
import { editions, seed } from "./support/site";
import { pageFacts, rawRequest } from "./support/raw-http";

/**
 * Every kind of 404 as a crawler or a reader without JavaScript gets them:
 * raw HTTP, no browser, so nothing that hydration would fill in can pass.
 */
const notFoundKinds = [
  ["unknown article", "/articles/no-such-story"],
  ["unknown section", "/sections/no-such-section"],
  ["section page past the end", "/sections/reports?page=999"],
  ["unknown author", "/authors/no-such-writer"],
  ["unknown tag", "/tags/no-such-tag"],
  ["unknown show", "/podcasts/no-such-show"],
  ["unknown episode", `/podcasts/${seed.show}/no-such-episode`],
  ["unknown season", `/podcasts/${seed.show}?season=99`],
  ["unknown path", "/no/such/page"],
  ["malformed encoding", "/%zz"],
  ["double encoding", "/sections/%25zz"],
  ["dot segment hidden in a segment", "/x/..%2Fwithdrawn"],
  ["encoded slash", "/staff%2Flogin"],
  ["internal route asked for directly", "/withdrawn"],
] as const;

for (const edition of editions) {
  test.describe(`${edition.locale} edition`, () => {
    for (const [kind, path] of notFoundKinds) {
      test(`404 for ${kind} is a complete page without JavaScript`, async ({ baseURL }) => {
        const res = await rawRequest(baseURL!, { path: `${edition.prefix}${path}` });
        expect(res.status).toBe(404);
        expect(res.headers["content-type"]).toMatch(/^text\/html/);
        const facts = pageFacts(res.body);
        expect(facts).toMatchObject({ lang: edition.locale, dir: edition.dir, h1: edition.notFound, errorShell: false, hasHomeLink: true });
        expect(res.body).toContain(edition.locale === "ar" ? "لم نعثر على ما تبحث عنه" : "We could not find");
        // Nobody may keep a 404: the story may be published a minute later.
        expect(res.headers["cache-control"]).toMatch(/no-store/);
        expect(res.headers["x-middleware-rewrite"]).toBeUndefined();
      });
    }
  });
}
