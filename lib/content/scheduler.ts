import "server-only";
import { invalidate } from "./invalidate";
import { publishDue } from "./publishing";

/** One scheduler step: publish what is due at `now` and refresh exactly the pages it touched. */
export async function runScheduler(now = new Date()): Promise<number> {
  const { items, tags } = await publishDue(now);
  await invalidate(tags);
  return items.length;
}
