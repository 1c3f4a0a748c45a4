import { copyFileSync, readFileSync, rmSync, statSync, symlinkSync } from "node:fs";
import path from "node:path";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { dbCall, e2ePort, uniqueSlug } from "./support/db";
import { rawRequest } from "./support/raw-http";
import { seed } from "./support/site";
import { deskAction, deskRow, signIn, unique } from "./support/staff";

/**
 * Media are served only while an item that uses them is public: the audio of
 * a draft or a scheduled episode answers 404 by every URL form, the audio of
 * a published one 200/206 with a short public cache lifetime, and taking an
 * episode down makes its audio 404 again at once.
 */
const mediaDir = path.join(process.cwd(), "e2e", ".tmp", String(e2ePort), "media");
const draftAudio = "/media/podcasts/shu-al-hal/draft-episode.mp3";
const scheduledAudio = "/media/podcasts/shu-al-hal/scheduled-episode.mp3";
const publicAudio = seed.episode.audio;
const publicSize = statSync(path.join(mediaDir, publicAudio.replace(/^\/media\//, ""))).size;

/** Every way to name one file that a guesser might try. */
function urlForms(url: string): string[] {
  const name = url.split("/").pop()!;
  const dir = url.slice(0, -name.length);
  const encodedAll = [...name].map((c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`).join("");
  return [
    url,
    `${url}?v=1`,
    `${url}?download=1&t=${Date.now()}`,
    `${dir}${encodedAll}`,
    `${dir}${name.replace("-", "%2D")}`,
    `${dir}${name.toUpperCase()}`,
    `${dir}${name.replace(".mp3", ".MP3")}`,
    `${dir.toUpperCase()}${name}`,
    url.replace("/media/", "/api/media/"),
    url.replace("/media/", "/Media/"),
    `${url}/`,
    `${url}.`,
    `${url}%20`,
  ];
}

async function expectHidden(request: APIRequestContext, url: string) {
  for (const form of urlForms(url)) {
    for (const [method, headers] of [
      ["GET", {}],
      ["HEAD", {}],
      ["GET", { range: "bytes=0-99" }],
      ["GET", { range: "bytes=-10" }],
    ] as const) {
      const response = await request.fetch(form, { method, headers, maxRedirects: 0 });
      expect(response.status(), `${method} ${form} ${JSON.stringify(headers)}`).toBe(404);
      expect(response.headers()["cache-control"] ?? "", form).not.toMatch(/public/);
      expect(response.headers()["content-type"] ?? "", form).not.toMatch(/audio/);
    }
  }
}

test("a draft episode's audio is unreachable by every URL form, method and range", async ({ request }) => {
  await expectHidden(request, draftAudio);
});

test("a scheduled episode's audio is unreachable until its time", async ({ request }) => {
  await expectHidden(request, scheduledAudio);
});

test("a published episode's audio: 200 and 206 with length, validators and a 5-minute public lifetime", async ({ request }) => {
  const full = await request.get(publicAudio);
  expect(full.status()).toBe(200);
  expect(full.headers()["cache-control"]).toBe("public, max-age=300");
  expect(full.headers()["content-length"]).toBe(String(publicSize));
  expect(full.headers()["accept-ranges"]).toBe("bytes");
  expect(full.headers()["etag"]).toMatch(/^"[0-9a-f]+-[0-9a-f]+"$/);
  expect(Date.parse(full.headers()["last-modified"])).not.toBeNaN();

  const head = await request.head(publicAudio);
  expect(head.status()).toBe(200);
  expect(head.headers()["content-length"]).toBe(String(publicSize));
  expect((await head.body()).length).toBe(0);

  const partial = await request.get(`${publicAudio}?v=1`, { headers: { range: "bytes=10-19" } });
  expect(partial.status()).toBe(206);
  expect(partial.headers()["content-range"]).toBe(`bytes 10-19/${publicSize}`);
  expect(partial.headers()["content-length"]).toBe("10");
  expect(await partial.body()).toEqual((await full.body()).subarray(10, 20));

  // The server's private length hand-over (scripts/error-shell.mjs) never leaves it.
  for (const response of [full, head, partial]) expect(response.headers()["x-nashra-content-length"]).toBeUndefined();

  const beyond = await request.get(publicAudio, { headers: { range: `bytes=${publicSize}-` } });
  expect(beyond.status()).toBe(416);
  expect(beyond.headers()["content-range"]).toBe(`bytes */${publicSize}`);

  const again = await request.get(publicAudio, { headers: { "if-none-match": full.headers()["etag"] } });
  expect(again.status()).toBe(304);

  const stale = await request.get(publicAudio, { headers: { range: "bytes=0-9", "if-range": '"0-0"' } });
  expect(stale.status()).toBe(200);
  expect(stale.headers()["content-length"]).toBe(String(publicSize));
});

test("other methods are refused with Allow, never served", async ({ request }) => {
  const response = await request.fetch(publicAudio, { method: "POST", data: "x" });
  expect(response.status()).toBe(405);
  expect(response.headers()["allow"]).toBe("GET, HEAD");
});

test("path tricks never reach a file outside the media folder, never 500", async () => {
  const secretish = readFileSync(path.join(process.cwd(), "package.json"), "utf8").slice(0, 40);
  const origin = `http://127.0.0.1:${e2ePort}`;
  const attempts = [
    "/media/../package.json",
    "/media/%2e%2e/package.json",
    "/media/%2E%2E/%2E%2E/package.json",
    "/media/..%2Fpackage.json",
    "/media/..%2f..%2f..%2fpackage.json",
    "/media/podcasts/..%2F..%2F..%2F..%2Fpackage.json",
    "/media/%2e%2e%2f%2e%2e%2f%2e%2e%2fpackage.json",
    "/media/%252e%252e/%252e%252e/package.json",
    "/media/..\\..\\package.json",
    "/media/%5c..%5c..%5cpackage.json",
    "/media//etc/passwd",
    "/media/%2Fetc%2Fpasswd",
    "/media/podcasts%2Fshu-al-hal%2Fdraft-episode.mp3",
    `${publicAudio}%00.jpg`,
    `${publicAudio}%00`,
    "/media/%zz.mp3",
    "/media/%C0%AE%C0%AE/package.json",
    "/media/podcasts/shu-al-hal/./draft-episode.mp3",
    "/media/podcasts/shu-al-hal/../shu-al-hal/draft-episode.mp3",
    "/media/.data/secret",
    "/api/media/..%2F..%2Fpackage.json",
    `/media/${"a/".repeat(50)}x.mp3`,
    `/media/${"x".repeat(5000)}.mp3`,
  ];
  for (const attempt of attempts) {
    for (const method of ["GET", "HEAD"]) {
      let response = await rawRequest(origin, { path: attempt, method });
      // Next answers backslashes with a redirect to the slashed path; follow it as a client would.
      if (response.status === 308) response = await rawRequest(origin, { path: new URL(String(response.headers.location), "http://x").pathname, method });
      expect([400, 404], `${method} ${attempt}`).toContain(response.status);
      expect(response.body, attempt).not.toContain(secretish);
      expect(response.headers["content-type"] ?? "", attempt).not.toMatch(/audio|json/);
    }
  }
});

test("a link in the media folder that points outside it is not followed, even when a public item names it", async ({ request }) => {
  const name = `${uniqueSlug("escape")}.mp3`;
  const link = path.join(mediaDir, "podcasts", name);
  symlinkSync(path.join(process.cwd(), "package.json"), link);
  const url = `/media/podcasts/${name}`;
  const slug = insertEpisode({ audioUrl: url, status: "PUBLISHED", publishedAt: new Date(Date.now() - 60_000) });
  try {
    const response = await request.get(url);
    expect(response.status()).toBe(404);
    expect(await response.text()).not.toContain('"name": "nashra"');
  } finally {
    rmSync(link);
    dbCall("episode", "deleteMany", { where: { slug } });
  }
});

test("publishing makes an episode's audio reachable; unpublishing makes it 404 again at once", async ({ page, request, browser }) => {
  const name = `${uniqueSlug("media-cycle")}.mp3`;
  copyFileSync(path.join(mediaDir, publicAudio.replace(/^\/media\//, "")), path.join(mediaDir, "podcasts", "shu-al-hal", name));
  const url = `/media/podcasts/shu-al-hal/${name}`;
  const title = unique("حلقة اختبار الوسائط");
  insertEpisode({ audioUrl: url, status: "DRAFT", publishedAt: null, title });

  expect((await request.get(url)).status()).toBe(404);

  // Staff preview: the editor's own browser gets the file, privately.
  await signIn(page);
  const asStaff = await page.request.get(url);
  expect(asStaff.status()).toBe(200);
  expect(asStaff.headers()["cache-control"]).toBe("private, no-store");

  await deskAction(page, title, "انشر الآن");
  const published = await request.get(url);
  expect(published.status()).toBe(200);
  expect(published.headers()["cache-control"]).toBe("public, max-age=300");
  expect(published.headers()["content-length"]).toBe(String(publicSize));

  await deskAction(page, title, "إلغاء النشر");
  const reader = await browser.newContext();
  const afterwards = await reader.request.get(url);
  expect(afterwards.status()).toBe(404);
  // A cache holding the old copy must ask again: the validators now get a 404 too.
  const revalidation = await reader.request.get(url, { headers: { "if-none-match": published.headers()["etag"] } });
  expect(revalidation.status()).toBe(404);
  await reader.close();
});

test("a shareable preview link plays its own draft's audio, privately, and opens no other file", async ({ page, browser }) => {
  await signIn(page);
  await page.goto("/staff");
  const title = seed.draftEpisode.marker;
  await deskRow(page, title).getByRole("button", { name: "رابط معاينة", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "تم." })).toBeVisible({ timeout: 15_000 });
  const link = await page
    .getByRole("listitem", { name: `رابط معاينة: ${title}` })
    .first()
    .getByRole("link")
    .getAttribute("href");
  expect(link).toMatch(/^\/preview\//);

  const guest = await browser.newContext();
  const guestPage = await guest.newPage();
  await guestPage.goto(link!);
  const src = await guestPage.getByRole("main").locator("audio source").getAttribute("src");
  expect(src).toMatch(new RegExp(`^${draftAudio}\\?preview=`));
  const audio = await guest.request.get(src!, { headers: { range: "bytes=0-9" } });
  expect(audio.status()).toBe(206);
  expect(audio.headers()["cache-control"]).toBe("private, no-store");

  // The same token opens no other file, and a forged or altered token opens nothing.
  const token = new URL(src!, "http://x").searchParams.get("preview")!;
  expect((await guest.request.get(`${scheduledAudio}?preview=${encodeURIComponent(token)}`)).status()).toBe(404);
  expect((await guest.request.get(`${draftAudio}?preview=${encodeURIComponent(token.slice(0, -2))}xx`)).status()).toBe(404);
  expect((await guest.request.get(`${draftAudio}?preview=nonsense`)).status()).toBe(404);
  await guest.close();
});

function insertEpisode(e: { audioUrl: string; status: "DRAFT" | "SCHEDULED" | "PUBLISHED"; publishedAt: Date | null; title?: string }): string {
  const slug = uniqueSlug("media-episode");
  const show = dbCall<{ id: number }>("podcastShow", "findUniqueOrThrow", { where: { slug: seed.show }, select: { id: true } });
  dbCall("episode", "create", {
    data: {
      showId: show.id,
      slug,
      title: e.title ?? slug,
      showNotes: "ملاحظات",
      audioUrl: e.audioUrl,
      audioMime: "audio/mpeg",
      audioBytes: publicSize,
      durationSec: 12,
      episodeType: "bonus",
      status: e.status,
      publishedAt: e.publishedAt,
    },
    select: { id: true },
  });
  return slug;
}
