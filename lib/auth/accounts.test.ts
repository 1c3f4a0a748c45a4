import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";

// A real SQLite file with the real migrations; the modules read DATABASE_URL when first imported.
const file = path.join(mkdtempSync(path.join(tmpdir(), "nashra-accounts-")), "test.db");
process.env.DATABASE_URL = `file:${file}`;

let db: typeof import("@/lib/db").db;
let accounts: typeof import("./accounts");
let session: typeof import("./session");
let login: typeof import("./login");
let adminId: number;

beforeAll(async () => {
  execFileSync(path.join(process.cwd(), "node_modules", ".bin", "prisma"), ["migrate", "deploy"], { env: process.env, stdio: "ignore" });
  db = (await import("@/lib/db")).db;
  accounts = await import("./accounts");
  session = await import("./session");
  login = await import("./login");
  adminId = (await db.staffUser.create({ data: { email: "boss@news.example", displayName: "Boss", role: "admin", passwordHash: "" } })).id;
}, 60_000);

const client = { ip: null, address: "test" };
const admin = () => ({ id: adminId, role: "admin" as const });

describe("staff accounts", () => {
  it("invite → the one-time link sets the password once, even when submitted twice at once", async () => {
    const made = await accounts.inviteStaff(admin(), { email: " New@News.Example ", displayName: "New", role: "contributor" });
    if (!made.ok) throw new Error(made.code);
    const row = await db.staffUser.findUniqueOrThrow({ where: { id: made.userId } });
    expect(row).toMatchObject({ email: "new@news.example", role: "contributor", passwordHash: "" });
    // Only the token's hash is stored.
    const tokens = await db.staffPasswordToken.findMany({ where: { userId: made.userId } });
    expect(tokens).toHaveLength(1);
    expect(tokens[0].id).not.toContain(made.token);
    expect(await accounts.openPasswordLink(made.token)).toMatchObject({ email: "new@news.example", purpose: "invite" });

    const both = await Promise.all([
      accounts.setPasswordWithLink(made.token, "first-password-1", "first-password-1"),
      accounts.setPasswordWithLink(made.token, "second-password-2", "second-password-2"),
    ]);
    expect(both.filter((r) => r.ok)).toHaveLength(1);
    expect(both.filter((r) => !r.ok)).toEqual([{ ok: false, code: "notFound" }]);
    expect(await accounts.openPasswordLink(made.token)).toBeNull();
    const winner = both[0].ok ? "first-password-1" : "second-password-2";
    const loser = both[0].ok ? "second-password-2" : "first-password-1";
    expect((await login.attemptLogin("new@news.example", winner, client)).kind).toBe("ok");
    expect((await login.attemptLogin("new@news.example", loser, client)).kind).toBe("invalid");
    expect(await db.auditLog.count({ where: { itemType: "staff", itemId: made.userId, action: { in: ["staff-invite", "staff-password-set"] } } })).toBe(2);
  });

  it("refuses a short or mismatched password without using the link, and forged or expired links", async () => {
    const made = await accounts.inviteStaff(admin(), { email: "second@news.example", displayName: "Second", role: "editor" });
    if (!made.ok) throw new Error(made.code);
    expect(await accounts.setPasswordWithLink(made.token, "short", "short")).toEqual({ ok: false, code: "short" });
    expect(await accounts.setPasswordWithLink(made.token, "long-enough-1", "long-enough-2")).toEqual({ ok: false, code: "mismatch" });
    expect(await accounts.openPasswordLink(made.token)).not.toBeNull();
    expect(await accounts.openPasswordLink(`${made.token.slice(0, 42)}x`)).toBeNull();
    expect(await accounts.openPasswordLink("not-a-token")).toBeNull();
    expect(await accounts.openPasswordLink(made.token, new Date(Date.now() + 73 * 3_600_000))).toBeNull();
    expect(await accounts.setPasswordWithLink(made.token, "long-enough-1", "long-enough-1", new Date(Date.now() + 73 * 3_600_000))).toEqual({
      ok: false,
      code: "notFound",
    });
    expect(await accounts.inviteStaff(admin(), { email: "SECOND@news.example", displayName: "Again", role: "editor" })).toEqual({ ok: false, code: "taken" });
  });

  it("disable ends the sessions at once; reset ends them and the old password", async () => {
    const user = await db.staffUser.findUniqueOrThrow({ where: { email: "new@news.example" } });
    const token = await session.createSession(user.id);
    expect(await session.staffForToken(token)).toMatchObject({ id: user.id });
    expect(await accounts.setDisabled(admin(), user.id, true)).toEqual({ ok: true });
    expect(await session.staffForToken(token)).toBeNull();
    expect(await db.staffSession.count({ where: { userId: user.id } })).toBe(0);
    expect(await accounts.resetPassword(admin(), user.id)).toEqual({ ok: false, code: "disabled" });
    // Even a session row that outlived the disabling (another instance wrote it a moment before) opens nothing.
    const stray = await session.createSession(user.id);
    expect(await session.staffForToken(stray)).toBeNull();
    expect(await accounts.setDisabled(admin(), user.id, false)).toEqual({ ok: true });

    const again = await session.createSession(user.id);
    const reset = await accounts.resetPassword(admin(), user.id);
    if (!reset.ok) throw new Error(reset.code);
    expect(await session.staffForToken(again)).toBeNull();
    const stored = await db.staffUser.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored.passwordHash).toBe("");
  });

  it("never leaves the site without an active admin, and only an admin manages accounts", async () => {
    expect(await accounts.changeRole(admin(), adminId, "editor")).toEqual({ ok: false, code: "lastAdmin" });
    expect(await accounts.setDisabled(admin(), adminId, true)).toEqual({ ok: false, code: "lastAdmin" });
    const other = await db.staffUser.findUniqueOrThrow({ where: { email: "second@news.example" } });
    expect(await accounts.changeRole(admin(), other.id, "admin")).toEqual({ ok: true });
    expect(await accounts.changeRole(admin(), adminId, "editor")).toEqual({ ok: true });
    const demoted = { id: adminId, role: "editor" as const };
    expect(await accounts.changeRole(demoted, adminId, "admin")).toEqual({ ok: false, code: "forbidden" });
    expect(await accounts.inviteStaff(demoted, { email: "x@news.example", displayName: "X", role: "admin" })).toEqual({ ok: false, code: "forbidden" });
    expect(await accounts.setDisabled({ id: other.id, role: "admin" }, other.id, true)).toEqual({ ok: false, code: "lastAdmin" });
    expect((await db.staffUser.findUniqueOrThrow({ where: { id: adminId } })).role).toBe("editor");
  });
});
