/**
 * Runs one Prisma client call against the e2e server's database and prints
 * its result as JSON: `tsx e2e/support/prisma-call.ts <model> <method> <args-json>`.
 * It goes through the app's own client (lib/db.ts), so it works on whatever
 * engine DATABASE_URL names; no SQL, no storage format.
 * (Playwright's loader cannot load the generated ESM client itself, hence a child process.)
 */
import { db } from "../../lib/db";

const [model, method, json] = process.argv.slice(2);

/** Dates travel as {"$date": "ISO"} both ways, so callers can send and compare real times. */
const revive = (_: string, v: unknown) => (v && typeof v === "object" && "$date" in v ? new Date((v as { $date: string }).$date) : v);

async function main() {
  const args = json ? JSON.parse(json, revive) : undefined;
  const delegate = (db as unknown as Record<string, Record<string, (a: unknown) => Promise<unknown>>>)[model];
  if (!delegate || typeof delegate[method] !== "function") throw new Error(`no such call: ${model}.${method}`);
  const result = await delegate[method](args);
  process.stdout.write(JSON.stringify(result ?? null));
  await db.$disconnect();
}

main().catch((e) => {
  process.stderr.write(String(e?.stack ?? e));
  process.exit(1);
});
