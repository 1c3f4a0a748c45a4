/**
 * Run with tsx by e2e/support/accounts.ts: one read of the e2e database
 * through the app's own Prisma client (lib/db.ts), printed as JSON. A
 * separate process because Playwright's loader cannot import the generated
 * ESM client.
 */
import { db } from "@/lib/db";

const queries: Record<string, (arg: never) => Promise<unknown>> = {
  staffCount: (email: string) => db.staffUser.count({ where: { email } }),
  signInEvents: (email: string) => db.signInEvent.findMany({ where: { email }, orderBy: { id: "asc" } }),
  viewCount: async (articleId: number) => (await db.articleView.findUnique({ where: { articleId } }))?.count ?? 0,
  oldestPublicArticle: async () =>
    (await db.article.findFirstOrThrow({ where: { status: "PUBLISHED", withdrawnAt: null }, orderBy: { publishedAt: "asc" }, select: { id: true } })).id,
};

const [op, arg] = process.argv.slice(2);
queries[op](JSON.parse(arg ?? "null") as never)
  .then((result) => console.log(JSON.stringify(result)))
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
