import { expect, test } from "@playwright/test";
import { revalidate, uniqueSlug, withE2eDb } from "./support/db";
import { seed } from "./support/site";

/**
 * A season whose episodes are all unpublished (draft or scheduled) is not
 * announced anywhere: no link or heading on the show page, and its own page
 * is the 404 page, in both editions.
 */
test("a season with only unpublished episodes is neither listed nor served", async ({ request }) => {
  const seasonTitle = `شو الحل؟ - موسم لم يُعلن ${Date.now().toString(36)}`;
  const number = withE2eDb((db) =>
    db.transaction(() => {
      const show = db.prepare("SELECT id FROM PodcastShow WHERE slug = ?").get(seed.show) as { id: number };
      const { next } = db.prepare("SELECT COALESCE(MAX(number), 0) + 1 AS next FROM Season WHERE showId = ?").get(show.id) as { next: number };
      const seasonId = Number(db.prepare("INSERT INTO Season (showId, number, title) VALUES (?, ?, ?)").run(show.id, next, seasonTitle).lastInsertRowid);
      const insert = db.prepare(
        `INSERT INTO Episode (showId, seasonId, slug, title, showNotes, audioUrl, audioMime, audioBytes, durationSec, episodeNumber, episodeType, status, publishedAt, withdrawnAt, updatedAt)
         VALUES (?, ?, ?, ?, 'ملاحظات', ?, 'audio/mpeg', 1000, 10, 1, 'full', ?, ?, NULL, ?)`,
      );
      const now = new Date().toISOString().replace("Z", "+00:00");
      insert.run(show.id, seasonId, uniqueSlug("unannounced-draft"), "حلقة أولى لم تُنشر", "/media/podcasts/shu-al-hal/draft-episode.mp3", "DRAFT", null, now);
      insert.run(show.id, seasonId, uniqueSlug("unannounced-scheduled"), "حلقة مجدولة", "/media/podcasts/shu-al-hal/scheduled-episode.mp3", "SCHEDULED", "2099-06-01T09:00:00+00:00", now);
      return next;
    })(),
  );
  await revalidate(request, [`podcast:${seed.show}`, "podcasts"]);

  for (const prefix of ["", "/en"]) {
    const show = await request.get(`${prefix}/podcasts/${seed.show}`);
    expect(show.status()).toBe(200);
    const html = await show.text();
    expect(html).not.toContain(seasonTitle);
    expect(html).not.toContain(`season=${number}"`);
    // The seasons that do have public episodes are still there.
    expect(html).toContain(`season=1"`);

    const season = await request.get(`${prefix}/podcasts/${seed.show}?season=${number}`);
    expect(season.status()).toBe(404);
    expect(await season.text()).not.toContain(seasonTitle);
  }
  expect((await request.get(`/podcasts/${seed.show}?season=1`)).status()).toBe(200);
});
