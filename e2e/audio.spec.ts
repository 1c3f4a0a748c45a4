import { statSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { seed } from "./support/site";

/** Podcast audio is served by the app and seekable: byte ranges answer 206. */
const audioUrl = seed.episode.audio;
const size = statSync(path.join(process.cwd(), "prisma", "seed", "media", audioUrl.replace(/^\/media\//, ""))).size;

test("the episode page links the audio file this spec checks", async ({ page }) => {
  await page.goto(`/podcasts/${seed.show}/${seed.episode.slug}`);
  await expect(page.getByRole("main").locator("audio source")).toHaveAttribute("src", audioUrl);
  await expect(page.getByRole("link", { name: "تنزيل الملف الصوتي" })).toHaveAttribute("href", audioUrl);
});

test("a range request answers 206 with exactly the bytes asked for", async ({ request }) => {
  const response = await request.get(audioUrl, { headers: { range: "bytes=0-99" } });
  expect(response.status()).toBe(206);
  expect(response.headers()["content-range"]).toBe(`bytes 0-99/${size}`);
  expect(response.headers()["content-type"]).toMatch(/^audio\/mpeg/);
  expect((await response.body()).length).toBe(100);
});

test("a range in the middle of the file and an open-ended range", async ({ request }) => {
  const middle = await request.get(audioUrl, { headers: { range: "bytes=1000-1499" } });
  expect(middle.status()).toBe(206);
  expect(middle.headers()["content-range"]).toBe(`bytes 1000-1499/${size}`);
  expect((await middle.body()).length).toBe(500);

  const tail = await request.get(audioUrl, { headers: { range: `bytes=${size - 10}-` } });
  expect(tail.status()).toBe(206);
  expect((await tail.body()).length).toBe(10);
});

test("a full GET returns the whole file with its type and length", async ({ request }) => {
  const response = await request.get(audioUrl);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toMatch(/^audio\/mpeg/);
  expect(response.headers()["content-length"]).toBe(String(size));
  expect(response.headers()["accept-ranges"]).toBe("bytes");
  expect((await response.body()).length).toBe(size);
  expect(response.headers()["set-cookie"]).toBeUndefined();
});
