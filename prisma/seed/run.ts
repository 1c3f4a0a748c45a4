/**
 * `npm run db:seed`: writes the demo newsroom (content only, never a staff
 * account), then tells a running server (if any) to drop its cached pages
 * so the changes show without a rebuild.
 */
import { db } from "@/lib/db";
import { CONTENT_TAG } from "@/lib/cache-tags";
import { revalidateRemote } from "@/lib/revalidate-client";
import { seedDatabase } from "./seed";

async function main() {
  const started = Date.now();
  const result = await seedDatabase(db);
  const server = await revalidateRemote([CONTENT_TAG]);
  console.log(
    `seed: ${result.articles} articles, ${result.episodes} episodes in ${Date.now() - started} ms` +
      (server === "done" ? "; running server revalidated" : "; no running server to revalidate"),
  );
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
