/**
 * `npm run import:article -- FILE`: a scraped article page → a new DRAFT
 * (lib/content/import.ts), then prints its id, slug and any warnings.
 */
import { readFileSync } from "node:fs";
import { db } from "@/lib/db";
import { importScrapedArticle } from "@/lib/content/import";
import { localePrefix } from "@/lib/paths";

async function main() {
  const file = process.argv[2];
  if (!file) {
    console.error("usage: npm run import:article -- FILE");
    process.exitCode = 2;
    return;
  }
  const result = await importScrapedArticle(readFileSync(file, "utf8"));
  for (const w of result.warnings) console.warn(`warning: ${w}`);
  if (result.slug !== result.suggested) console.log(`slug «${result.suggested}» is taken: using «${result.slug}»`);
  console.log(`imported draft #${result.id} «${result.slug}»; edit it at ${localePrefix("ar")}/staff/articles/${result.id}/edit`);
  console.log(JSON.stringify({ id: result.id, slug: result.slug }));
}

main()
  .catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
