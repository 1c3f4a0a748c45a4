import "server-only";
import { db } from "@/lib/db";
import { episodeCacheTags } from "@/lib/cache-tags";
import type { Prisma } from "@/lib/generated/prisma/client";
import { pendingKey, readEpisodeRevision, type EpisodeRevisionData } from "@/lib/revision-data";
import { isPublic } from "@/lib/visibility";
import { auditData } from "./audit";
import { claimPending, findPending, findPublished, recordBaseline, RevisionError, writePending, type Base } from "./revisions";

/**
 * Pending changes of live episodes, the same model as articles: an edit of a
 * public episode (or of one with changes pending) is stored as its pending
 * revision; the feed, the show and episode pages keep the published row until
 * "publish changes" copies the revision onto it in one transaction. Previews
 * (lib/data/drafts.ts) show the pending version.
 *
 * The episode editor calls `saveEpisodeEdit` for every edit of an existing
 * episode, with fields it has already validated (audio already stored and
 * measured): it writes in place or as a pending revision, and says which.
 */
type Tx = Prisma.TransactionClient;
export type EpisodeFields = Partial<EpisodeRevisionData>;
export type Staff = { id: number };
export type EpisodeSaveResult = { pending: boolean; tags: string[] };

const item = (id: number) => ({ type: "episode" as const, id });

const editable = {
  seasonId: true,
  slug: true,
  title: true,
  showNotes: true,
  audioUrl: true,
  audioMime: true,
  audioBytes: true,
  durationSec: true,
  episodeNumber: true,
  episodeType: true,
} as const;

async function loadEpisode(tx: Tx, id: number) {
  const e = await tx.episode.findUnique({
    where: { id },
    select: { ...editable, showId: true, status: true, publishedAt: true, withdrawnAt: true, updatedAt: true, show: { select: { slug: true } } },
  });
  if (!e) throw new RevisionError("notFound");
  const { showId, status, publishedAt, withdrawnAt, updatedAt, show, ...data } = e;
  const since = publishedAt && publishedAt > updatedAt ? publishedAt : updatedAt;
  return { data: data as EpisodeRevisionData, showId, showSlug: show.slug, state: { status, publishedAt, withdrawnAt }, since };
}

async function assertSlugFree(tx: Tx, showId: number, slug: string, selfId: number) {
  const owner = await tx.episode.findUnique({ where: { showId_slug: { showId, slug } }, select: { id: true } });
  if (owner && owner.id !== selfId) throw new RevisionError("slugTaken");
}

/**
 * Saves an edit of episode `episodeId`. Unpublished (draft, scheduled) and
 * without pending changes: written in place (`pending: false`, tags to refresh).
 * Public, or with changes pending: merged into its pending revision
 * (`pending: true`, no tags: readers see nothing new). `opts.base` is the pending
 * revision the form was loaded with ({revisionId, version}, or null for none):
 * a different one means someone else saved in between → RevisionError("stale").
 * Other errors: "notFound", "slugTaken" (slug used by another episode of the show).
 */
export async function saveEpisodeEdit(
  user: Staff,
  episodeId: number,
  fields: EpisodeFields,
  opts: { base?: Base; now?: Date } = {},
): Promise<EpisodeSaveResult> {
  const now = opts.now ?? new Date();
  return db.$transaction(async (tx) => {
    const live = await loadEpisode(tx, episodeId);
    const pending = await findPending(tx, item(episodeId));
    const merged = { ...(pending ? readEpisodeRevision(pending.data) : live.data), ...fields };
    await assertSlugFree(tx, live.showId, merged.slug, episodeId);
    if (pending || isPublic(live.state, now)) {
      const rev = await writePending(tx, item(episodeId), merged, user.id, now, opts.base);
      await tx.auditLog.create({
        data: auditData({ action: "revision-save", itemType: "episode", itemId: episodeId, actor: { userId: user.id }, at: now, detail: `revision ${rev.id}` }),
      });
      return { pending: true, tags: [] };
    }
    await tx.episode.update({ where: { id: episodeId }, data: { ...merged, updatedAt: now } });
    await tx.auditLog.create({ data: auditData({ action: "edit", itemType: "episode", itemId: episodeId, actor: { userId: user.id }, at: now }) });
    return { pending: false, tags: episodeCacheTags(live.showSlug) };
  });
}

/**
 * "Publish changes" of an episode: the pending revision onto the row
 * (`updatedAt` moves now), recorded in the history, audited. Concurrent calls
 * publish once; the others get RevisionError("nothingPending"). With
 * `opts.version`, only that version ("stale" if a newer one was saved).
 */
export async function publishEpisodeChanges(user: Staff, episodeId: number, opts: { version?: number; now?: Date } = {}): Promise<string[]> {
  const now = opts.now ?? new Date();
  return db.$transaction(async (tx) => {
    const claimed = await claimPending(tx, item(episodeId), "published", user.id, now, opts.version);
    const live = await loadEpisode(tx, episodeId);
    const fields = readEpisodeRevision(claimed.data);
    await assertSlugFree(tx, live.showId, fields.slug, episodeId);
    if (fields.seasonId !== null && (await tx.season.count({ where: { id: fields.seasonId, showId: live.showId } })) !== 1) throw new RevisionError("invalid");
    await recordBaseline(tx, item(episodeId), claimed.id, live.data, live.since);
    const columns = Object.fromEntries(Object.keys(editable).map((k) => [k, fields[k as keyof typeof editable]]));
    await tx.episode.update({ where: { id: episodeId }, data: { ...columns, updatedAt: now } });
    await tx.auditLog.create({
      data: auditData({
        action: "revision-publish",
        itemType: "episode",
        itemId: episodeId,
        actor: { userId: user.id },
        at: now,
        detail: `revision ${claimed.id}`,
      }),
    });
    return episodeCacheTags(live.showSlug);
  });
}

/** "Discard changes" of an episode: nothing public changes. RevisionError("nothingPending") if there were none. */
export async function discardEpisodeChanges(user: Staff, episodeId: number, opts: { now?: Date } = {}): Promise<string[]> {
  const now = opts.now ?? new Date();
  await db.$transaction(async (tx) => {
    const claimed = await claimPending(tx, item(episodeId), "discarded", user.id, now);
    await tx.auditLog.create({
      data: auditData({
        action: "revision-discard",
        itemType: "episode",
        itemId: episodeId,
        actor: { userId: user.id },
        at: now,
        detail: `revision ${claimed.id}`,
      }),
    });
  });
  return [];
}

/** "Restore" a published version of an episode's history as its pending revision. */
export async function restoreEpisodeVersion(user: Staff, episodeId: number, revisionId: number, opts: { now?: Date } = {}): Promise<string[]> {
  const now = opts.now ?? new Date();
  await db.$transaction(async (tx) => {
    const old = await findPublished(tx, item(episodeId), revisionId);
    const rev = await writePending(tx, item(episodeId), readEpisodeRevision(old.data), user.id, now, undefined, old.id);
    await tx.auditLog.create({
      data: auditData({
        action: "revision-restore",
        itemType: "episode",
        itemId: episodeId,
        actor: { userId: user.id },
        at: now,
        detail: `revision ${rev.id} from ${old.id}`,
      }),
    });
  });
  return [];
}

/** Whether the episode has a pending revision. */
export async function hasPendingEpisode(episodeId: number): Promise<boolean> {
  return (await db.revision.count({ where: { pendingKey: pendingKey("episode", episodeId) } })) > 0;
}
