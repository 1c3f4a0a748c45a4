/**
 * Whether the database has just been unreachable, shared with scripts/serve.mjs
 * (same process) through globalThis: a page that failed because PostgreSQL is
 * away answers 503 with Retry-After (the edge then serves its stale copy), not
 * a 500 that reads like a bug. Any successful query clears it.
 */
const KEY = "__nashraDatabaseDownAt";
type Holder = { [KEY]?: number };

/** Connection-level failures: the server is away, refusing, shutting down or full; not a bad query. */
const UNAVAILABLE_CODES = /^(08\d{3}|57P0[1-3]|53300|55000|3D000)$/;
const UNAVAILABLE_MESSAGES =
  /ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENOTFOUND|EHOSTUNREACH|EAI_AGAIN|Connection terminated|timeout exceeded when trying to connect|not currently accepting connections|the database system is (shutting down|starting up)|Can't reach database/i;

/** Does this error (from Prisma, the driver adapter or pg) mean the database cannot be reached? */
export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  let e: unknown = error;
  while (e && typeof e === "object" && !seen.has(e)) {
    seen.add(e);
    const x = e as { code?: unknown; originalCode?: unknown; message?: unknown; originalMessage?: unknown; cause?: unknown };
    for (const code of [x.code, x.originalCode]) if (typeof code === "string" && UNAVAILABLE_CODES.test(code)) return true;
    for (const message of [x.message, x.originalMessage]) if (typeof message === "string" && UNAVAILABLE_MESSAGES.test(message)) return true;
    e = x.cause;
  }
  return false;
}

export function noteDatabaseResult(error: unknown | null, holder: Holder = globalThis as Holder): void {
  if (error === null) delete holder[KEY];
  else if (isDatabaseUnavailable(error)) holder[KEY] = Date.now();
}
