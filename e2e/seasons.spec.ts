import { expect, test } from "@playwright/test";
import { dbCall, revalidate, uniqueSlug } from "./support/db";
import { seed } from "./support/site";

/**
 * A season whose episodes are all unpublished (draft or scheduled) is not
 * announced anywhere: no link or heading on the show page, and its own page
 * is the 404 page, in both editions.
 */
test("a season with only unpublished episodes is neither listed nor served", async ({ request }) => {
  const seasonTitle = `شو الحل؟ - موسم لم يُعلن ${Date.now().toString(36)}`;
  const show = dbCall<{ id: number }>("podcastShow", "findUniqueOrThrow", { where: { slug: seed.show }, select: { id: true } });
  const last = dbCall<{ number: number } | null>("season", "findFirst", { where: { showId: show.id }, orderBy: { number: "desc" }, select: { number: true } });
  const number = (last?.number ?? 0) + 1;
  const season = dbCall<{ id: number }>("season", "create", { data: { showId: show.id, number, title: seasonTitle }, select: { id: true } });
  const episode = {
    showId: show.id,
    seasonId: season.id,
    showNotes: "ملاحظات",
    audioMime: "audio/mpeg",
    audioBytes: 1000,
    durationSec: 10,
    episodeNumber: 1,
    episodeType: "full",
  };
  dbCall("episode", "create", {
    data: {
      ...episode,
      slug: uniqueSlug("unannounced-draft"),
      title: "حلقة أولى لم تُنشر",
      audioUrl: "/media/podcasts/shu-al-hal/draft-episode.mp3",
      status: "DRAFT",
    },
    select: { id: true },
  });
  dbCall("episode", "create", {
    data: {
      ...episode,
      slug: uniqueSlug("unannounced-scheduled"),
      title: "حلقة مجدولة",
      audioUrl: "/media/podcasts/shu-al-hal/scheduled-episode.mp3",
      status: "SCHEDULED",
      publishedAt: new Date(Date.now() + 365 * 86_400_000),
    },
    select: { id: true },
  });
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
