import { db } from "@/lib/db";

/**
 * The sign-in throttle. Every password check first claims room in the
 * database, BEFORE argon2 runs, so parallel attempts cannot all read "not
 * blocked" and then all check:
 *
 * - per account (the typed email, known or not): ACCOUNT_LIMIT slots; a slot
 *   is free again WINDOW_MS after its last use. A claim is one conditional
 *   update (or an insert that a primary key makes unique), atomic on SQLite
 *   and PostgreSQL alike. So at most 5 checks per account in any 15 minutes.
 * - per client address, only when it can be trusted (NASHRA_TRUST_PROXY): the
 *   same rule on the address.
 * - across all accounts (password spraying, works without a proxy): at most
 *   GLOBAL_LIMIT checks per aligned 15-minute window, a conditional increment.
 *
 * A successful check gives back what it claimed, so only failures (and checks
 * still running) use up the budget.
 */
export const ACCOUNT_LIMIT = 5;
export const WINDOW_MS = 15 * 60 * 1000;
export const DEFAULT_GLOBAL_LIMIT = 100;
const GLOBAL_ID = "global";

export function globalLimit(): number {
  const configured = Number(process.env.NASHRA_LOGIN_GLOBAL_LIMIT);
  return Number.isInteger(configured) && configured > 0 ? configured : DEFAULT_GLOBAL_LIMIT;
}

export type Claim = { ok: true; release: () => Promise<void> } | { ok: false; retryAfterSec: number };

const seconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000));

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: string }).code === "P2002";
}

/** Claims one of `limit` slots of `key`, or says how long until the oldest frees up. */
export async function claimSlot(key: string, now: Date, limit = ACCOUNT_LIMIT): Promise<Claim> {
  const since = new Date(now.getTime() - WINDOW_MS);
  const rows = await db.loginSlot.findMany({ where: { key }, select: { slot: true, usedAt: true } });
  for (let slot = 0; slot < limit; slot++) {
    const row = rows.find((r) => r.slot === slot);
    let claimed = false;
    if (!row) {
      try {
        await db.loginSlot.create({ data: { key, slot, usedAt: now } });
        claimed = true;
      } catch (error) {
        if (!isUniqueViolation(error)) throw error; // someone else took it first
      }
    } else if (row.usedAt.getTime() <= since.getTime()) {
      claimed = (await db.loginSlot.updateMany({ where: { key, slot, usedAt: { lte: since } }, data: { usedAt: now } })).count === 1;
    }
    if (claimed) {
      return { ok: true, release: async () => void (await db.loginSlot.updateMany({ where: { key, slot, usedAt: now }, data: { usedAt: new Date(0) } })) };
    }
  }
  const taken = await db.loginSlot.findMany({ where: { key, usedAt: { gt: since } }, select: { usedAt: true }, orderBy: { usedAt: "asc" }, take: 1 });
  const oldest = taken[0]?.usedAt.getTime() ?? now.getTime();
  return { ok: false, retryAfterSec: seconds(oldest + WINDOW_MS - now.getTime()) };
}

/** Claims one check from the budget across all accounts. */
export async function claimGlobal(now: Date, limit = globalLimit()): Promise<Claim> {
  const windowStart = new Date(Math.floor(now.getTime() / WINDOW_MS) * WINDOW_MS);
  const release = async () =>
    void (await db.loginBudget.updateMany({ where: { id: GLOBAL_ID, windowStart, used: { gt: 0 } }, data: { used: { decrement: 1 } } }));
  for (let round = 0; round < 5; round++) {
    const { count } = await db.loginBudget.updateMany({ where: { id: GLOBAL_ID, windowStart, used: { lt: limit } }, data: { used: { increment: 1 } } });
    if (count === 1) return { ok: true, release };
    const row = await db.loginBudget.findUnique({ where: { id: GLOBAL_ID } });
    if (!row) {
      try {
        await db.loginBudget.create({ data: { id: GLOBAL_ID, windowStart, used: 1 } });
        return { ok: true, release };
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
        continue;
      }
    }
    if (row.windowStart.getTime() < windowStart.getTime()) {
      // A new window: whoever moves the row forward first resets it; everyone then retries the increment.
      await db.loginBudget.updateMany({ where: { id: GLOBAL_ID, windowStart: row.windowStart }, data: { windowStart, used: 0 } });
      continue;
    }
    break;
  }
  return { ok: false, retryAfterSec: seconds(windowStart.getTime() + WINDOW_MS - now.getTime()) };
}

/** Slots whose last use left the window carry no information: drop them (keys of unknown emails pile up otherwise). */
export async function forgetOldSlots(now: Date): Promise<void> {
  await db.loginSlot.deleteMany({ where: { usedAt: { lte: new Date(now.getTime() - WINDOW_MS) } } });
}
