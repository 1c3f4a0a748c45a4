import "server-only";
import { db } from "@/lib/db";

/** The start of the UTC clock hour `at` falls in: the key of a view bucket. */
export function hourOf(at: Date): Date {
  const d = new Date(at);
  d.setUTCMinutes(0, 0, 0);
  return d;
}

/**
 * One upsert per article adding a flushed batch of reads to the bucket of
 * the hour they were flushed in; the caller runs them in its transaction.
 */
export function bucketWrites(batch: [articleId: number, reads: number][], at: Date) {
  const hour = hourOf(at);
  return batch.map(([articleId, n]) =>
    db.articleViewBucket.upsert({
      where: { articleId_hour: { articleId, hour } },
      create: { articleId, hour, count: n },
      update: { count: { increment: n } },
    }),
  );
}
