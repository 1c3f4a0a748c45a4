import "server-only";
import { db } from "@/lib/db";
import { publicWhere } from "@/lib/visibility";
import { bucketWrites } from "@/lib/content/view-buckets";

/**
 * Page views are counted in memory and written in batches: every
 * FLUSH_MS (NASHRA_VIEWS_FLUSH_MS, default 5 s) or once FLUSH_AT views are
 * waiting, all of them in one transaction (one upsert per article). A crash
 * loses at most the views of the last few seconds.
 */
const FLUSH_MS = Math.max(100, Number(process.env.NASHRA_VIEWS_FLUSH_MS) || 5_000);
const FLUSH_AT = 200;

type Buffer = { pending: Map<number, number>; size: number; timer: ReturnType<typeof setTimeout> | null };
// On globalThis: Next's dev server reloads modules, the buffer must survive that.
const g = globalThis as unknown as { nashraViews?: Buffer };
const buffer: Buffer = (g.nashraViews ??= { pending: new Map(), size: 0, timer: null });

/** Counts one read of a public article; false when the article is not public. */
export async function countArticleView(articleId: number): Promise<boolean> {
  const article = await db.article.findFirst({ where: { id: articleId, ...publicWhere(new Date()) }, select: { id: true } });
  if (!article) return false;
  buffer.pending.set(articleId, (buffer.pending.get(articleId) ?? 0) + 1);
  buffer.size++;
  if (buffer.size >= FLUSH_AT) void flushViews();
  else if (!buffer.timer) {
    buffer.timer = setTimeout(() => void flushViews(), FLUSH_MS);
    buffer.timer.unref?.();
  }
  return true;
}

/** Writes every waiting view in one transaction; on failure they wait for the next flush. */
export async function flushViews(): Promise<void> {
  if (buffer.timer) clearTimeout(buffer.timer);
  buffer.timer = null;
  const batch = [...buffer.pending];
  buffer.pending.clear();
  buffer.size = 0;
  if (batch.length === 0) return;
  try {
    await db.$transaction([
      ...batch.map(([articleId, n]) => db.articleView.upsert({ where: { articleId }, create: { articleId, count: n }, update: { count: { increment: n } } })),
      ...bucketWrites(batch, new Date()),
    ]);
  } catch (error) {
    console.error("views: flush failed, retrying later:", error);
    for (const [articleId, n] of batch) buffer.pending.set(articleId, (buffer.pending.get(articleId) ?? 0) + n);
    buffer.size += batch.reduce((sum, [, n]) => sum + n, 0);
    buffer.timer ??= setTimeout(() => void flushViews(), FLUSH_MS);
  }
}
