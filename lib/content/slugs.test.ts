import { describe, expect, it } from "vitest";
import { slugify } from "@/lib/slug";
import { freeSlug } from "./slugs";
import { articleCacheTags } from "@/lib/cache-tags";

describe("slug suggestions", () => {
  it("suggests the slugified title when it is free", async () => {
    const title = '"داعش" يجدد استهداف قوات النظام… ما مصدر قوته؟';
    expect(await freeSlug(slugify(title), async () => false)).toBe("داعش-يجدد-استهداف-قوات-النظام-ما-مصدر-قوته");
  });

  it("adds -2, -3 … when the slug is taken", async () => {
    const taken = new Set(["خبر", "خبر-2"]);
    expect(await freeSlug("خبر", async (s) => taken.has(s))).toBe("خبر-3");
  });

  it("slugifies a title given where a slug was expected", async () => {
    expect(await freeSlug("Hello, World!", async () => false)).toBe("hello-world");
  });
});

describe("cache tags of an article", () => {
  it("covers its page under every slug and every list it appears on", () => {
    expect(articleCacheTags({ id: 5, locale: "ar", slugs: ["new", "old"], section: "reports", authors: ["malek"], tags: ["isis", "oil"] }).sort()).toEqual(
      ["article-slug:ar:new", "article-slug:ar:old", "article:5", "articles:ar", "author:malek", "home:ar", "section:reports", "tag:isis", "tag:oil"].sort(),
    );
  });
});
