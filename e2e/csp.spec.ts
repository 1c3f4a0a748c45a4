import { createHash } from "node:crypto";
import { expect, test, type APIResponse, type Page } from "@playwright/test";
import { articlePath, seed } from "./support/site";
import { createDraft, deskRow, signIn } from "./support/staff";

/**
 * Content-Security-Policy. Public pages share one cacheable policy (no nonce)
 * that loads images and audio only from the site (and configured media
 * hosts, none in tests) and runs only our one inline script, by its hash. Staff pages and previews get a fresh nonce per
 * request and no 'unsafe-inline' script, and still work: no violation is
 * reported while an editor signs in, uses the desk and the editor, and previews.
 */

function policyOf(response: APIResponse): string {
  const policies = response.headersArray().filter((h) => h.name.toLowerCase() === "content-security-policy");
  expect(policies, `one policy on ${response.url()}`).toHaveLength(1);
  return policies[0].value;
}

const directive = (policy: string, name: string) => policy.split(/;\s*/).find((d) => d.startsWith(`${name} `)) ?? "";

test("public pages, feeds and media: fixed policies, images and audio from the site only", async ({ request }) => {
  const pages = ["/", "/en", articlePath(seed.rozana.slug), `/podcasts/${seed.show}/${seed.episode.slug}`, "/no-such-page"];
  const files = ["/feed.xml", seed.episode.audio];
  const seen = { pages: new Set<string>(), files: new Set<string>() };
  for (const url of [...pages, ...files]) {
    const policy = policyOf(await request.get(url));
    seen[pages.includes(url) ? "pages" : "files"].add(policy);
    expect(policy, url).not.toMatch(/(^|\s)https:(\s|;|$)/);
    expect(policy, url).not.toContain("nonce-");
    expect(directive(policy, "img-src"), url).toBe("img-src 'self' data:");
    expect(directive(policy, "media-src"), url).toBe("media-src 'self'");
  }
  // One string for every reader page and one for files: nothing per request that would split the cache.
  expect(seen.pages.size).toBe(1);
  expect(seen.files.size).toBe(1);
});

test("reader pages allow exactly their one inline script, by its hash: no 'unsafe-inline' script", async ({ request }) => {
  for (const url of ["/", "/en", articlePath(seed.rozana.slug), "/search?q=داعش", "/cookies"]) {
    const response = await request.get(url);
    const script = directive(policyOf(response), "script-src");
    expect(script, url).not.toContain("'unsafe-inline'");
    const hashes = [...script.matchAll(/'sha256-([A-Za-z0-9+/=]+)'/g)].map((m) => m[1]);
    expect(hashes, url).toHaveLength(1);
    const inline = [...(await response.text()).matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
    expect(inline, url).toHaveLength(1);
    expect(createHash("sha256").update(inline[0]).digest("base64"), url).toBe(hashes[0]);
  }
});

test("staff and preview pages: a fresh nonce on every response, on Next's scripts, and no 'unsafe-inline' script", async ({ request }) => {
  const nonces: string[] = [];
  for (const url of ["/staff/login", "/en/staff/login", "/staff/login", "/preview/not-a-token"]) {
    const response = await request.get(url);
    const policy = policyOf(response);
    const script = directive(policy, "script-src");
    expect(script, url).not.toContain("unsafe-inline");
    const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(script)?.[1];
    expect(nonce, url).toBeTruthy();
    nonces.push(nonce!);
    expect(directive(policy, "media-src"), url).toBe("media-src 'self'");
    if (response.status() === 200) expect(await response.text(), url).toContain(`nonce="${nonce}"`);
  }
  expect(new Set(nonces).size).toBe(nonces.length);
});

/** Collects CSP violations the page reports, from the console and from the DOM event. */
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to (execute|load|apply)/i.test(message.text())) violations.push(message.text());
  });
  await page.exposeFunction("__reportCspViolation", (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      (window as unknown as { __reportCspViolation: (t: string) => void }).__reportCspViolation(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return violations;
}

/** Next's client runtime started, i.e. its nonce-carrying scripts ran. */
async function expectScriptsRan(page: Page) {
  await expect.poll(() => page.evaluate(() => typeof (window as unknown as { next?: { version?: string } }).next?.version)).toBe("string");
}

test("signing in, the desk, the editor and previews run under the nonce policy without a violation", async ({ page }) => {
  const violations = await watchViolations(page);

  await signIn(page);
  await expectScriptsRan(page);

  const draft = await createDraft(page);
  await expectScriptsRan(page);

  await page.goto("/staff");
  await expectScriptsRan(page);
  await Promise.all([
    page.waitForURL((url) => url.pathname === draft.url),
    deskRow(page, draft.title).getByRole("button", { name: "معاينة", exact: true }).click(),
  ]);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(draft.title);
  await expectScriptsRan(page);

  // The episode preview plays its (unpublished) audio from the site.
  await page.goto(`/podcasts/${seed.show}/${seed.draftEpisode.slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(seed.draftEpisode.marker);
  await expectScriptsRan(page);
  await page.locator("audio").evaluate((audio: HTMLAudioElement) => audio.load());
  await expect.poll(() => page.locator("audio").evaluate((audio: HTMLAudioElement) => audio.readyState)).toBeGreaterThan(0);

  await page.getByRole("button", { name: "إنهاء المعاينة" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("الصفحة غير موجودة");

  expect(violations).toEqual([]);
});

test("a public page runs its one script under the fixed policy without a violation", async ({ page }) => {
  const violations = await watchViolations(page);
  await page.goto(articlePath(seed.rozana.slug));
  // The reader script shows the copy-link button where the browser can copy.
  await expect(page.locator("[data-share-copy]")).toBeVisible();
  expect(violations).toEqual([]);
});
