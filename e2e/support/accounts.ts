import { execFileSync } from "node:child_process";
import path from "node:path";
import { databaseUrl, dbCall } from "./prisma";
import { viewCount } from "./views";

const env = () => ({ ...process.env, DATABASE_URL: databaseUrl });

type Queries = {
  staffCount: [email: string, result: number];
  signInEvents: [email: string, result: { kind: string; email: string; userId: number | null; address: string; at: Date }[]];
  viewCount: [articleId: number, result: number];
  oldestPublicArticle: [arg: null, result: number];
};

const queries: { [K in keyof Queries]: (arg: Queries[K][0]) => Queries[K][1] } = {
  staffCount: (email) => dbCall<number>("staffUser", "count", { where: { email } }),
  signInEvents: (email) => dbCall("signInEvent", "findMany", { where: { email }, orderBy: { id: "asc" } }),
  viewCount,
  oldestPublicArticle: () =>
    dbCall<{ id: number }>("article", "findFirstOrThrow", {
      where: { status: "PUBLISHED", withdrawnAt: null },
      orderBy: { publishedAt: "asc" },
      select: { id: true },
    }).id,
};

/** One read of the e2e server's database through the app's own Prisma client (e2e/support/prisma.ts). */
export function appQuery<K extends keyof Queries>(op: K, arg: Queries[K][0]): Queries[K][1] {
  return queries[op](arg);
}

/** A fresh, unused email for one test. */
export function uniqueEmail(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}@e2e.example`;
}

/**
 * Creates a staff account in the e2e database the way an operator does:
 * `npm run staff:create` with the password on standard input. Returns what
 * the command printed.
 */
export function staffCreate(email: string, password: string, role: "contributor" | "editor" | "admin" = "editor"): string {
  return execFileSync(
    path.join(process.cwd(), "node_modules", ".bin", "tsx"),
    ["scripts/staff-create.ts", "--email", email, "--name", "حساب اختبار", "--role", role],
    {
      input: `${password}\n`,
      env: env(),
      encoding: "utf8",
    },
  );
}
