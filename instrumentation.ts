/**
 * Starts the publishing scheduler in the Node.js server: every
 * NASHRA_SCHEDULER_MS (default 30 s) due SCHEDULED items become PUBLISHED
 * and their cached pages are refreshed, with nobody acting. Outside a
 * request revalidateTag has no store, so lib/content/invalidate.ts falls
 * back to the server's own /api/revalidate over loopback. A short
 * NASHRA_SECRET stops a production server before it serves anything.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  // `next start` without scripts/start.mjs: the same refusal, one line, no stack.
  const { secretConfigError } = await import("./lib/secrets");
  const problem = secretConfigError();
  if (problem && process.env.NODE_ENV === "production") {
    console.error(`nashra: ${problem}`);
    process.exit(1);
  }
  const { runScheduler } = await import("./lib/content/scheduler");
  const every = Math.max(1_000, Number(process.env.NASHRA_SCHEDULER_MS) || 30_000);
  const timer = setInterval(() => {
    runScheduler().catch((error) => console.error("scheduler:", error));
  }, every);
  timer.unref();
}
