/**
 * `npm run import:article -- FILE [--by EMAIL]`: a scraped article page → a new DRAFT
 * (lib/content/import.ts), then prints its id, slug and any warnings. With
 * --by, the draft is that staff member's (contributors may then edit it).
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { normalizeEmail } from "@/lib/auth/login-rules";
import { db } from "@/lib/db";
import { importScrapedArticle } from "@/lib/content/import";
import { localePrefix } from "@/lib/paths";

async function main() {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { by: { type: "string" } } });
  const file = positionals[0];
  if (!file) {
    console.error("usage: npm run import:article -- FILE [--by EMAIL]");
    process.exitCode = 2;
    return;
  }
  const by = values.by ? await db.staffUser.findUnique({ where: { email: normalizeEmail(values.by) }, select: { id: true } }) : null;
  if (values.by && !by) {
    console.error(`no staff account ${values.by}`);
    process.exitCode = 2;
    return;
  }
  const result = await importScrapedArticle(readFileSync(file, "utf8"), new Date(), by?.id ?? null);
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
