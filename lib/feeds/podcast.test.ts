import { XMLValidator } from "fast-xml-parser";
import { xmlParser } from "@/lib/testing/xml";
import { describe, expect, it, vi } from "vitest";
import { buildPodcastFeed, episodeGuid, type FeedEpisode, type FeedShow } from "./podcast";

const parser = xmlParser(["item"]);

const show: FeedShow = {
  slug: "shu-al-hal",
  title: 'شو الحل؟ & "نقاش" <مباشر>',
  description: "بودكاست أسبوعي",
  artwork: { url: "/media/podcasts/shu-al-hal.jpg", size: 3000 },
  language: "ar",
  category: "News",
  subcategory: "Politics",
  explicit: false,
  author: "نشرة",
  ownerName: "نشرة",
  ownerEmail: "podcasts@nashra.example",
  type: "episodic",
  updatedAt: "2024-01-01T00:00:00.000Z",
};

const episode = (o: Partial<FeedEpisode> = {}): FeedEpisode => ({
  id: 5,
  slug: "bread-prices",
  title: "ربطة الخبز: لماذا يرتفع سعرها؟ </script>",
  showNotes: "ملاحظات & روابط",
  audioUrl: "/media/podcasts/shu-al-hal/bread-prices.mp3",
  audioMime: "audio/mpeg",
  audioBytes: 48501,
  durationSec: 12,
  seasonNumber: 1,
  episodeNumber: 1,
  episodeType: "full",
  publishedAt: "2024-02-05T07:00:00.000Z",
  ...o,
});

// Module level: the feeds below are built while the suite is collected.
vi.stubEnv("SITE_URL", "https://nashra.example");

describe("the podcast feed builder", () => {
  const xml = buildPodcastFeed(
    show,
    [episode(), episode({ id: 6, slug: "trailer", episodeType: "trailer", episodeNumber: null, seasonNumber: null })],
    "© نشرة",
  );
  const channel = parser.parse(xml).rss.channel;

  it('is well-formed with Arabic and & < " in titles', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(channel.title).toBe(show.title);
    expect(channel.item[0].title).toBe("ربطة الخبز: لماذا يرتفع سعرها؟ </script>");
  });

  it("has every channel element Apple requires", () => {
    expect(channel.description).toBe("بودكاست أسبوعي");
    expect(channel["itunes:image"]["@_href"]).toBe("https://nashra.example/media/podcasts/shu-al-hal.jpg");
    expect(channel.language).toBe("ar");
    expect(channel["itunes:category"]["@_text"]).toBe("News");
    expect(channel["itunes:category"]["itunes:category"]["@_text"]).toBe("Politics");
    expect(channel["itunes:explicit"]).toBe("false");
    expect(channel["itunes:author"]).toBe("نشرة");
    expect(channel["itunes:owner"]).toEqual({ "itunes:name": "نشرة", "itunes:email": "podcasts@nashra.example" });
    expect(channel["itunes:type"]).toBe("episodic");
    expect(channel["atom:link"]).toMatchObject({ "@_href": "https://nashra.example/podcasts/shu-al-hal/feed.xml", "@_rel": "self" });
  });

  it("has every episode element Apple requires", () => {
    const item = channel.item[0];
    expect(item.enclosure).toEqual({
      "@_url": "https://nashra.example/media/podcasts/shu-al-hal/bread-prices.mp3",
      "@_length": "48501",
      "@_type": "audio/mpeg",
    });
    expect(item.guid).toEqual({ "#text": episodeGuid(5), "@_isPermaLink": "false" });
    expect(item.pubDate).toBe("Mon, 05 Feb 2024 07:00:00 GMT");
    expect(item["itunes:duration"]).toBe("12");
    expect(item["itunes:season"]).toBe("1");
    expect(item["itunes:episode"]).toBe("1");
    expect(item["itunes:episodeType"]).toBe("full");
    expect(item.description).toBe("ملاحظات & روابط");
  });

  it("leaves season and number off an episode that has none, and says it is a trailer", () => {
    const trailer = channel.item[1];
    expect(trailer["itunes:episodeType"]).toBe("trailer");
    expect(trailer["itunes:season"]).toBeUndefined();
    expect(trailer["itunes:episode"]).toBeUndefined();
  });

  it('writes explicit as "true" for an explicit show', () => {
    const explicit = parser.parse(buildPodcastFeed({ ...show, explicit: true }, [], "©")).rss.channel;
    expect(explicit["itunes:explicit"]).toBe("true");
  });
});
