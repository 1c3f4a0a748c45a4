import { revalidateTag } from "next/cache";
import { revalidateRemote } from "@/lib/revalidate-client";

/**
 * Drops cached reads and pages for `tags`. Inside a request (route handler,
 * Server Action) Next revalidates in-process; outside one (the scheduler's
 * interval, CLI scripts) revalidateTag has no store to work on, so the
 * running server is asked through /api/revalidate instead.
 */
export async function invalidate(tags: string[]): Promise<void> {
  if (tags.length === 0) return;
  try {
    for (const tag of tags) revalidateTag(tag, { expire: 0 });
  } catch {
    await revalidateRemote(tags);
  }
}
