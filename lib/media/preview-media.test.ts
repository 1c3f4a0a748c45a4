import { describe, expect, it } from "vitest";
import type { Block } from "@/lib/blocks";
import { articleMediaForPreview, episodeMediaForPreview, withPreviewToken } from "./preview-media";

const token = "abc.def+/=";

describe("media URLs on a shareable preview", () => {
  it("carry the token (encoded) on site media only", () => {
    expect(withPreviewToken("/media/a.mp3", token)).toBe(`/media/a.mp3?preview=${encodeURIComponent(token)}`);
    expect(withPreviewToken("https://media.example.com/a.mp3", token)).toBe("https://media.example.com/a.mp3");
    expect(withPreviewToken("/brand/logo.png", token)).toBe("/brand/logo.png");
  });

  it("reach an article's hero and its body images and audio, and nothing else", () => {
    const body: Block[] = [
      { type: "paragraph", text: "/media/not-a-url.mp3" },
      { type: "image", url: "/media/images/a.jpg", alt: "", width: 1, height: 1 },
      { type: "audio", src: "/media/podcasts/a.mp3", mimeType: "audio/mpeg", title: "t" },
    ];
    const article = articleMediaForPreview({ hero: { url: "/media/images/hero.jpg" }, body }, "t");
    expect(article.hero?.url).toBe("/media/images/hero.jpg?preview=t");
    expect(article.body).toEqual([
      { type: "paragraph", text: "/media/not-a-url.mp3" },
      { type: "image", url: "/media/images/a.jpg?preview=t", alt: "", width: 1, height: 1 },
      { type: "audio", src: "/media/podcasts/a.mp3?preview=t", mimeType: "audio/mpeg", title: "t" },
    ]);
    expect(articleMediaForPreview({ hero: null, body: [] }, "t").hero).toBeNull();
  });

  it("reach an episode's audio", () => {
    expect(episodeMediaForPreview({ audio: { url: "/media/podcasts/e.mp3", bytes: 1 } }, "t").audio).toEqual({
      url: "/media/podcasts/e.mp3?preview=t",
      bytes: 1,
    });
  });
});
