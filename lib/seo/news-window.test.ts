import { describe, expect, it } from "vitest";
import { inNewsWindow, newsWindowStart } from "./news-window";

const now = new Date("2026-11-29T12:00:00.000Z");
const at = (iso: string, slug: string) => ({ slug, publishedAt: new Date(iso).toISOString() });

describe("the Google News window", () => {
  it("starts 48 hours before now", () => {
    expect(newsWindowStart(now).toISOString()).toBe("2026-11-27T12:00:00.000Z");
  });

  it("keeps articles of the last 48 hours, newest first, and nothing older or in the future", () => {
    const items = [
      at("2026-11-29T11:59:00Z", "a-minute-ago"),
      at("2026-11-27T12:00:00Z", "exactly-48h"),
      at("2026-11-27T11:59:59Z", "48h-and-a-second"),
      at("2026-11-28T08:00:00Z", "yesterday"),
      at("2026-11-29T12:00:01Z", "future"),
      at("2021-01-01T08:00:00Z", "old"),
    ];
    expect(inNewsWindow(items, now).map((i) => i.slug)).toEqual(["a-minute-ago", "yesterday", "exactly-48h"]);
  });

  it("moves with the clock: the same article leaves the window two days later", () => {
    const items = [at("2026-11-29T11:00:00Z", "fresh")];
    expect(inNewsWindow(items, now)).toHaveLength(1);
    expect(inNewsWindow(items, new Date("2026-12-01T11:00:01Z"))).toHaveLength(0);
  });
});
