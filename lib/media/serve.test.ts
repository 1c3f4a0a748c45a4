import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answerMedia, PRIVATE_MEDIA_CACHE, PUBLIC_MEDIA_CACHE, type MediaAccess } from "./serve";

let base: string;
let root: string;
const size = 1000;

beforeAll(() => {
  base = mkdtempSync(path.join(tmpdir(), "nashra-media-"));
  root = path.join(base, "media");
  mkdirSync(path.join(root, "podcasts"), { recursive: true });
  writeFileSync(path.join(root, "podcasts", "public.mp3"), Buffer.alloc(size, 1));
  writeFileSync(path.join(root, "podcasts", "draft.mp3"), Buffer.alloc(size, 2));
  writeFileSync(path.join(base, "outside.mp3"), "secret");
  symlinkSync(path.join(base, "outside.mp3"), path.join(root, "podcasts", "escape.mp3"));
});

afterAll(() => rmSync(base, { recursive: true, force: true }));

const access = (staff = false, previewOf: string | null = null): MediaAccess => ({
  root,
  isPublic: async (url) => url === "/media/podcasts/public.mp3" || url === "/media/podcasts/escape.mp3",
  isStaff: async () => staff,
  isPreviewOf: async (url) => url === previewOf,
});

const ask = (rawPath: string, headers: Record<string, string> = {}, staff = false, previewOf: string | null = null) =>
  answerMedia({ rawPath, header: (name) => headers[name] ?? null }, access(staff, previewOf));

describe("answerMedia", () => {
  it("serves a public file whole, with its length, validators and the short public lifetime", async () => {
    const answer = await ask("/media/podcasts/public.mp3");
    expect(answer.kind === "file" && answer.status).toBe(200);
    if (answer.kind !== "file") return;
    expect(answer.headers["Cache-Control"]).toBe(PUBLIC_MEDIA_CACHE);
    expect(answer.headers["Content-Length"]).toBe(String(size));
    expect(answer.headers["Content-Type"]).toBe("audio/mpeg");
    expect(answer.headers["Accept-Ranges"]).toBe("bytes");
    expect(answer.headers.ETag).toMatch(/^"[0-9a-f]+-[0-9a-f]+"$/);
    expect(answer.bytes).toEqual({ path: expect.stringContaining("public.mp3"), start: 0, end: size - 1 });
  });

  it("answers a range with 206 and exactly those bytes, and an impossible one with 416", async () => {
    const partial = await ask("/media/podcasts/public.mp3", { range: "bytes=100-199" });
    expect(partial).toMatchObject({
      status: 206,
      headers: { "Content-Range": `bytes 100-199/${size}`, "Content-Length": "100" },
      bytes: { start: 100, end: 199 },
    });
    const beyond = await ask("/media/podcasts/public.mp3", { range: `bytes=${size}-` });
    expect(beyond).toMatchObject({ status: 416, headers: { "Content-Range": `bytes */${size}` }, bytes: null });
  });

  it("answers 304 to a matching validator, and ignores a range whose If-Range no longer matches", async () => {
    const first = await ask("/media/podcasts/public.mp3");
    if (first.kind !== "file") throw new Error("expected a file");
    expect(await ask("/media/podcasts/public.mp3", { "if-none-match": first.headers.ETag })).toMatchObject({ status: 304, bytes: null });
    expect(await ask("/media/podcasts/public.mp3", { range: "bytes=0-9", "if-range": '"old"' })).toMatchObject({ status: 200 });
    expect(await ask("/media/podcasts/public.mp3", { range: "bytes=0-9", "if-range": first.headers.ETag })).toMatchObject({ status: 206 });
  });

  it("hides a file no public item uses, and gives it to staff privately", async () => {
    expect(await ask("/media/podcasts/draft.mp3")).toEqual({ kind: "not-found" });
    expect(await ask("/media/podcasts/draft.mp3", { range: "bytes=0-1" })).toEqual({ kind: "not-found" });
    const staff = await ask("/media/podcasts/draft.mp3", {}, true);
    expect(staff).toMatchObject({ status: 200, headers: { "Cache-Control": PRIVATE_MEDIA_CACHE, "X-Robots-Tag": "noindex" } });
  });

  it("gives a preview link's holder the files of its own item, privately, and nothing else", async () => {
    expect(await ask("/media/podcasts/draft.mp3", {}, false, "/media/podcasts/draft.mp3")).toMatchObject({
      status: 200,
      headers: { "Cache-Control": PRIVATE_MEDIA_CACHE },
    });
    expect(await ask("/media/podcasts/draft.mp3", {}, false, "/media/podcasts/other.mp3")).toEqual({ kind: "not-found" });
  });

  it("never follows a link out of the media folder, even for a URL a public item names", async () => {
    expect(await ask("/media/podcasts/escape.mp3")).toEqual({ kind: "not-found" });
    expect(await ask("/media/podcasts/escape.mp3", {}, true)).toEqual({ kind: "not-found" });
  });

  it("refuses traversal and unknown files, for staff too", async () => {
    for (const raw of [
      "/media/../outside.mp3",
      "/media/%2e%2e/outside.mp3",
      "/media/podcasts/..%2F..%2Foutside.mp3",
      "/media/podcasts/missing.mp3",
      "/media/podcasts",
    ]) {
      expect(await ask(raw, {}, true), raw).toEqual({ kind: "not-found" });
    }
  });
});
