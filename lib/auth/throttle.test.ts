import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

// Counts the argon2 password checks that actually run.
const checks = vi.hoisted(() => ({ n: 0 }));
vi.mock("./password", async (importOriginal) => {
  const actual = await importOriginal<typeof import("./password")>();
  return { ...actual, checkPassword: (stored: string | null, password: string) => (checks.n++, actual.checkPassword(stored, password)) };
});

// A real SQLite file with the real migrations; the modules read DATABASE_URL when first imported.
const file = path.join(mkdtempSync(path.join(tmpdir(), "nashra-throttle-")), "test.db");
process.env.DATABASE_URL = `file:${file}`;
// The default configuration: no trusted proxy, so no client address is known.
delete process.env.NASHRA_TRUST_PROXY;
delete process.env.NASHRA_LOGIN_GLOBAL_LIMIT;

type Mods = { db: typeof import("@/lib/db").db; login: typeof import("./login"); throttle: typeof import("./throttle"); password: typeof import("./password") };
let m: Mods;
const direct = { ip: null, address: "198.51.100.7" };
const T = new Date("2030-05-01T09:00:00Z");
const at = (minutes: number) => new Date(T.getTime() + minutes * 60_000);

beforeAll(async () => {
  execFileSync(path.join(process.cwd(), "node_modules", ".bin", "prisma"), ["migrate", "deploy"], { env: process.env, stdio: "ignore" });
  m = { db: (await import("@/lib/db")).db, login: await import("./login"), throttle: await import("./throttle"), password: await import("./password") };
  await m.db.staffUser.create({ data: { email: "editor@example.test", displayName: "E", passwordHash: await m.password.hashPassword("the-right-password") } });
}, 60_000);

beforeEach(async () => {
  await m.db.loginSlot.deleteMany();
  await m.db.loginBudget.deleteMany();
  await m.db.signInEvent.deleteMany();
  checks.n = 0;
});

const events = async (kind: string) => m.db.signInEvent.count({ where: { kind } });

describe("sign-in limit without a trusted proxy", () => {
  it("runs at most 5 password checks for one account under 20 parallel attempts", async () => {
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => m.login.attemptLogin("Editor@Example.test", `wrong-${i}`, direct, T)));
    expect(checks.n).toBe(5);
    expect(results.filter((r) => r.kind === "invalid")).toHaveLength(5);
    expect(results.filter((r) => r.kind === "throttled")).toHaveLength(15);
    // Audited: 5 checked failures, 15 refusals, each with the client address.
    expect(await events("failure")).toBe(5);
    expect(await events("throttled")).toBe(15);
    expect(await m.db.signInEvent.findFirst({ where: { kind: "failure" } })).toMatchObject({ email: "editor@example.test", address: "198.51.100.7", at: T });
  });

  it("refuses even the right password while the account is throttled, until the window has passed", async () => {
    for (let i = 0; i < 5; i++) expect((await m.login.attemptLogin("editor@example.test", "wrong", direct, at(i))).kind).toBe("invalid");
    const blocked = await m.login.attemptLogin("editor@example.test", "the-right-password", direct, at(5));
    expect(blocked).toEqual({ kind: "throttled", retryAfterSec: 10 * 60 });
    // 15 minutes after the first failure one slot is free again.
    expect((await m.login.attemptLogin("editor@example.test", "the-right-password", direct, at(15))).kind).toBe("ok");
    expect(await events("success")).toBe(1);
  });

  it("limits unknown accounts the same way, and one account's failures do not block another", async () => {
    const results = await Promise.all(Array.from({ length: 8 }, () => m.login.attemptLogin("nobody@example.test", "x", direct, T)));
    expect(results.filter((r) => r.kind === "invalid")).toHaveLength(5);
    expect((await m.login.attemptLogin("editor@example.test", "the-right-password", direct, T)).kind).toBe("ok");
  });

  it("gives a successful check its slot back, so an editor who signs in often is never locked out", async () => {
    for (let i = 0; i < 8; i++) expect((await m.login.attemptLogin("editor@example.test", "the-right-password", direct, at(i))).kind).toBe("ok");
  });
});

describe("budget across accounts (password spraying)", () => {
  it("refuses further checks once the window's budget is spent, whatever the account, and opens again in the next window", async () => {
    const limit = m.throttle.DEFAULT_GLOBAL_LIMIT;
    const emails = Array.from({ length: limit + 10 }, (_, i) => `spray-${i}@example.test`);
    const results = await Promise.all(emails.map((e) => m.login.attemptLogin(e, "Winter2030!", direct, T)));
    expect(checks.n).toBe(limit);
    expect(results.filter((r) => r.kind === "invalid")).toHaveLength(limit);
    expect(results.filter((r) => r.kind === "throttled")).toHaveLength(10);
    expect((await m.login.attemptLogin("editor@example.test", "the-right-password", direct, T)).kind).toBe("throttled");
    expect((await m.login.attemptLogin("editor@example.test", "the-right-password", direct, at(15))).kind).toBe("ok");
  }, 60_000);
});

describe("sign-in audit", () => {
  it("keeps events 30 days, apart from the throttle's 15-minute window", async () => {
    await m.login.attemptLogin("editor@example.test", "wrong", direct, T);
    await m.login.attemptLogin("editor@example.test", "wrong", direct, at(29 * 24 * 60));
    expect(await events("failure")).toBe(2);
    await m.login.attemptLogin("editor@example.test", "wrong", direct, at(31 * 24 * 60));
    expect(await events("failure")).toBe(2);
    expect(await m.db.signInEvent.count({ where: { at: T } })).toBe(0);
  });
});
