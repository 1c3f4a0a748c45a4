import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { articleState, createDraft, dbCall, deskAction, signIn } from "./support/staff";
import { articlePath, seed } from "./support/site";
import { carriesBeacon } from "./support/views";
import { setDatabaseReachable } from "../scripts/scale-db.mjs";

/**
 * Issue 9, part 5: two instances of one build on PostgreSQL, sharing Redis, behind
 * the generated nginx edge. Started by scripts/scale-test.mjs (`npm run test:scale`),
 * which writes where everything runs into E2E_SCALE_STATE; baseURL is instance A.
 */
type Stack = { a: string; b: string; bPid: number; edge: string; fresh: number; adminUrl: string; database: string };
const stack: Stack = process.env.E2E_SCALE_STATE
  ? JSON.parse(readFileSync(process.env.E2E_SCALE_STATE, "utf8"))
  : { a: "", b: "", bPid: 0, edge: "", fresh: 0, adminUrl: "", database: "" };
/** How long the edge may keep serving what it has: its freshness, one refresh, and slack for a loaded machine. */
const edgeBound = () => (stack.fresh + 6) * 1000;

async function get(base: string, path: string, cookie?: string) {
  const res = await fetch(base + path, { headers: cookie ? { cookie } : {}, redirect: "manual", signal: AbortSignal.timeout(15_000) });
  return {
    status: res.status,
    html: await res.text(),
    variant: res.headers.get("x-nashra-variant"),
    edge: res.headers.get("x-edge-cache"),
    retryAfter: res.headers.get("retry-after"),
    cacheControl: res.headers.get("cache-control"),
  };
}

test.describe.configure({ mode: "serial" });
test.skip(!process.env.E2E_SCALE_STATE, "started by scripts/scale-test.mjs");
test.setTimeout(120_000);

test("a publish on instance A is served by B on its next request and through the edge within its freshness; a withdrawal answers 410 the same way", async ({
  page,
}) => {
  await signIn(page);
  const draft = await createDraft(page);
  // The edge and B both hold the home page from before the publish.
  const shows = async (base: string, path: string) => (await get(base, path)).html.includes(draft.title);
  expect(await shows(stack.edge, "/")).toBe(false);
  expect((await get(stack.edge, "/")).edge).toBe("HIT");
  expect(await shows(stack.b, "/")).toBe(false);

  await deskAction(page, draft.title, "انشر الآن");
  const onB = await get(stack.b, draft.url);
  expect(onB.status).toBe(200);
  expect(onB.html.includes(draft.title)).toBe(true);
  expect(await shows(stack.b, "/")).toBe(true);
  await expect.poll(() => shows(stack.edge, "/"), { timeout: edgeBound() }).toBe(true);
  await expect.poll(async () => (await get(stack.edge, draft.url)).status, { timeout: edgeBound() }).toBe(200);
  expect((await get(stack.edge, draft.url)).edge).toBe("HIT");

  await deskAction(page, draft.title, "إلغاء النشر");
  expect((await get(stack.b, draft.url)).status).toBe(410);
  await expect.poll(async () => (await get(stack.edge, draft.url)).status, { timeout: edgeBound() }).toBe(410);
  expect(await shows(stack.b, "/")).toBe(false);
  await expect.poll(() => shows(stack.edge, "/"), { timeout: edgeBound() }).toBe(false);
});

test("responses tell shared caches the truth: bounded staleness for public pages, private for staff, never from the edge's cache", async () => {
  const home = await get(stack.a, "/");
  expect(home.cacheControl).toBe("s-maxage=60, stale-while-revalidate=60");
  for (const [path, cookie] of [
    ["/staff/login", undefined],
    ["/", "nashra_staff=anything"],
    ["/", "__prerender_bypass=x"],
  ] as const) {
    for (let i = 0; i < 2; i++) expect((await get(stack.edge, path, cookie)).edge, `${path} ${cookie}`).toBe("BYPASS");
  }
  expect((await get(stack.edge, "/staff/login")).cacheControl).toBe("private, no-store");
});

test("1,000 requests through the edge alternating no cookie, granted and denied: never the wrong variant", async () => {
  const now = Math.floor(Date.now() / 1000);
  const readers = [
    { variant: "unset", cookie: undefined },
    { variant: "granted", cookie: `nashra_consent=v1.granted.${now}` },
    { variant: "denied", cookie: `theme=dark; nashra_consent=v1.denied.${now}` },
  ] as const;
  const paths = ["/", articlePath(seed.rozana.slug), articlePath(seed.oilAr.slug), articlePath(seed.oilEn.slug, "en"), "/en", "/sections/reports"];
  const wrong: string[] = [];
  const seen = new Set<string>();
  let next = 0;
  async function worker() {
    for (let i = next++; i < 1000; i = next++) {
      const reader = readers[i % 3];
      const path = paths[Math.floor(i / 3) % paths.length];
      const res = await get(stack.edge, path, reader.cookie);
      seen.add(res.edge ?? "none");
      const banner = res.html.includes('id="consent-banner"');
      const beacon = carriesBeacon(res.html);
      const isArticle = path.includes("/articles/");
      if (
        res.status !== 200 ||
        res.variant !== reader.variant ||
        banner !== (reader.variant === "unset") ||
        (isArticle && beacon !== (reader.variant === "granted")) ||
        (!isArticle && beacon)
      ) {
        wrong.push(`${i} ${reader.variant} ${path}: ${res.status} variant=${res.variant} banner=${banner} beacon=${beacon} edge=${res.edge}`);
      }
    }
  }
  await Promise.all(Array.from({ length: 10 }, worker));
  expect(wrong).toEqual([]);
  // The edge answered from its cache, not only by passing every request through.
  expect(seen.has("HIT")).toBe(true);
});

test("two instances, due scheduled items: each published once (one audit row), visible on both", async ({ page }) => {
  await signIn(page);
  const drafts = [await createDraft(page), await createDraft(page)];
  const due = new Date(Date.now() - 1000);
  for (const d of drafts) dbCall("article", "update", { where: { id: d.id }, data: { status: "SCHEDULED", publishedAt: due }, select: { id: true } });
  for (const d of drafts) {
    await expect.poll(() => articleState(d.id).status, { timeout: 20_000 }).toBe("PUBLISHED");
    for (const base of [stack.a, stack.b]) {
      const res = await get(base, d.url);
      expect(res.status, `${d.url} on ${base}`).toBe(200);
      expect(res.html.includes(d.title), `${d.title} on ${base}`).toBe(true);
    }
  }
  // Both schedulers have ticked several times since (every second): still one row each.
  const rows = dbCall<{ itemId: number }[]>("auditLog", "findMany", {
    where: { action: "auto-publish", itemId: { in: drafts.map((d) => d.id) } },
    select: { itemId: true },
  });
  expect(rows.map((r) => r.itemId).sort()).toEqual(drafts.map((d) => d.id).sort());
});

test("the database goes away: an instance answers 503 at once, the edge keeps serving its copy; both recover when it is back", async ({ page }) => {
  await signIn(page);
  const draft = await createDraft(page);
  const section = "/sections/reports";
  expect((await get(stack.edge, section)).status).toBe(200);
  expect((await get(stack.edge, section)).edge).toBe("HIT");
  // The publish drops the section page from the instances' shared cache; the edge still has its copy.
  await deskAction(page, draft.title, "انشر الآن");
  await setDatabaseReachable(stack.adminUrl, stack.database, false);
  try {
    const direct = await get(stack.a, section);
    expect(direct.status).toBe(503);
    expect(direct.retryAfter).toBe("10");
    expect(direct.html).toContain("<h1");
    const answers: number[] = [];
    await expect
      .poll(
        async () => {
          const res = await get(stack.edge, section);
          answers.push(res.status);
          return res.edge;
        },
        { timeout: edgeBound() },
      )
      .toBe("STALE");
    expect(answers.filter((s) => s !== 200)).toEqual([]);
  } finally {
    await setDatabaseReachable(stack.adminUrl, stack.database, true);
  }
  await expect.poll(async () => (await get(stack.edge, section)).html.includes(draft.title), { timeout: edgeBound() }).toBe(true);
});

test("one instance killed while 20 connections read through the edge: no request fails", async () => {
  const paths = ["/", articlePath(seed.rozana.slug), "/sections/reports", articlePath(seed.oilEn.slug, "en")];
  const failures: string[] = [];
  let done = 0;
  let stop = false;
  async function reader(n: number) {
    // Half the readers carry a (stale) staff cookie: the edge passes them through, so instances see load.
    const cookie = n % 2 ? "nashra_staff=expired-session" : undefined;
    for (let i = 0; !stop; i++) {
      const path = paths[(n + i) % paths.length];
      try {
        const res = await get(stack.edge, path, cookie);
        if (res.status !== 200) failures.push(`${path}: ${res.status}`);
      } catch (error) {
        failures.push(`${path}: ${(error as Error).message}`);
      }
      done++;
    }
  }
  const readers = Array.from({ length: 20 }, (_, n) => reader(n));
  await expect.poll(() => done, { timeout: 20_000 }).toBeGreaterThan(100);
  process.kill(-stack.bPid, "SIGKILL");
  const atKill = done;
  await expect.poll(() => done - atKill, { timeout: 30_000 }).toBeGreaterThan(300);
  stop = true;
  await Promise.all(readers);
  expect(failures).toEqual([]);
  // B is really gone: the edge kept answering from A alone.
  await expect(fetch(stack.b + "/", { signal: AbortSignal.timeout(3_000) })).rejects.toThrow();
});
