import path from "node:path";
import { describe, expect, it } from "vitest";
import { fileInside, parseMediaPath } from "./paths";

describe("parseMediaPath", () => {
  it("accepts a plain media path and names its type", () => {
    expect(parseMediaPath("/media/podcasts/shu-al-hal/bread-prices.mp3")).toEqual({
      url: "/media/podcasts/shu-al-hal/bread-prices.mp3",
      segments: ["podcasts", "shu-al-hal", "bread-prices.mp3"],
      contentType: "audio/mpeg",
    });
    expect(parseMediaPath("/media/images/hero-1.jpg")?.contentType).toBe("image/jpeg");
  });

  it("decodes percent-encoded letters into the canonical URL", () => {
    expect(parseMediaPath("/media/podcasts/shu-al-hal/draft%2Depisode.mp3")?.url).toBe("/media/podcasts/shu-al-hal/draft-episode.mp3");
    expect(parseMediaPath(`/media/images/${encodeURIComponent("صورة")}.jpg`)?.url).toBe("/media/images/صورة.jpg");
  });

  it.each([
    ["parent segment", "/media/../secret.mp3"],
    ["encoded parent segment", "/media/%2e%2e/secret.mp3"],
    ["parent inside a segment after decoding", "/media/podcasts/..%2F..%2Fsecret.mp3"],
    ["encoded slash", "/media/podcasts%2Fshu-al-hal%2Fbread-prices.mp3"],
    ["encoded backslash", "/media/podcasts%5Cbread-prices.mp3"],
    ["raw backslash", "/media/podcasts\\bread-prices.mp3"],
    ["NUL", "/media/podcasts/bread-prices.mp3%00.jpg"],
    ["control character", "/media/podcasts/bread%0a-prices.mp3"],
    ["dot segment", "/media/./images/hero-1.jpg"],
    ["hidden file", "/media/.env.mp3"],
    ["empty segment", "/media/podcasts//bread-prices.mp3"],
    ["trailing slash", "/media/podcasts/"],
    ["malformed encoding", "/media/%zz.mp3"],
    ["double encoding", "/media/podcasts%252Fbread-prices.mp3"],
    ["no extension", "/media/podcasts/bread-prices"],
    ["unknown extension", "/media/podcasts/page.html"],
    ["script-capable image type", "/media/images/logo.svg"],
    ["upper-case extension", "/media/podcasts/bread-prices.MP3"],
    ["outside the prefix", "/public/media/bread-prices.mp3"],
    ["prefix only", "/media/"],
    ["decomposed (non-NFC) name", `/media/${encodeURIComponent("é".normalize("NFD"))}.jpg`],
  ])("refuses %s", (_name, raw) => {
    expect(parseMediaPath(raw)).toBeNull();
  });
});

describe("fileInside", () => {
  const root = path.resolve("/srv/media");
  it("joins safe segments under the root", () => {
    expect(fileInside(root, ["podcasts", "a.mp3"])).toBe(path.join(root, "podcasts", "a.mp3"));
  });
  it("refuses anything that resolves outside the root", () => {
    expect(fileInside(root, ["..", "etc", "passwd"])).toBeNull();
    expect(fileInside(root, ["/etc/passwd"])).toBeNull();
    expect(fileInside("/srv/media", ["..", "media-other", "a.mp3"])).toBeNull();
    expect(fileInside(root, [])).toBeNull();
  });
});
