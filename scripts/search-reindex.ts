/**
 * `npm run search:reindex`: rebuilds the search index (SearchDocument and, on
 * SQLite, its FTS5 table) from every article in DATABASE_URL, with the same
 * code the writers use. `--if-needed` (used by `npm start`) does it only when
 * some article has no search row or a row has no sort key, such as a database
 * from before search (the search_sort_key migration keys the rows itself).
 */
import { db } from "@/lib/db";
import { indexIsBehind, reindexAll } from "@/lib/search/indexer";

async function main() {
  if (process.argv.includes("--if-needed") && !(await indexIsBehind(db))) return;
  const started = Date.now();
  const n = await reindexAll(db);
  console.log(`search: ${n} articles indexed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
