/**
 * `npm run db:seed`: writes the demo newsroom (content only, never a staff
 * account), then tells a running server (if any) to drop its cached pages
 * so the changes show without a rebuild.
 */
import { db } from "@/lib/db";
import { CONTENT_TAG } from "@/lib/cache-tags";
import { revalidateRemote } from "@/lib/revalidate-client";
import { seedDatabase } from "./seed";
import { mediaDir } from "@/lib/media/dir";
import { copyDemoMedia } from "../../scripts/demo-media.mjs";

async function main() {
  const started = Date.now();
  const media = copyDemoMedia(mediaDir());
  const result = await seedDatabase(db);
  const server = await revalidateRemote([CONTENT_TAG]);
  console.log(
    `seed: ${result.articles} articles, ${result.episodes} episodes, ${media} media files copied to ${mediaDir()} in ${Date.now() - started} ms` +
      (server === "done" ? "; running server revalidated" : "; no running server to revalidate"),
  );
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
