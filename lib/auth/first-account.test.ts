import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";

const file = path.join(mkdtempSync(path.join(tmpdir(), "nashra-first-")), "test.db");
process.env.DATABASE_URL = `file:${file}`;

let db: typeof import("@/lib/db").db;
let first: typeof import("./first-account");
let password: typeof import("./password");

beforeAll(async () => {
  execFileSync(path.join(process.cwd(), "node_modules", ".bin", "prisma"), ["migrate", "deploy"], { env: process.env, stdio: "ignore" });
  db = (await import("@/lib/db")).db;
  first = await import("./first-account");
  password = await import("./password");
}, 60_000);

describe("the first staff account", () => {
  it("on a database with no staff: one admin with a random password, stored only as a hash", async () => {
    const made = await first.ensureFirstAccount(db, "admin@news.example");
    if (!made.created) throw new Error("expected an account");
    expect(made.password).toMatch(/^[A-Za-z0-9_-]{24}$/);
    const row = await db.staffUser.findUniqueOrThrow({ where: { email: "admin@news.example" } });
    expect(row.role).toBe("admin");
    expect(row.passwordHash).not.toContain(made.password);
    expect(await password.checkPassword(row.passwordHash, made.password)).toBe(true);
    expect(await password.checkPassword(row.passwordHash, "nashra-demo-2026")).toBe(false);
  });

  it("creates nothing once there is staff", async () => {
    expect(await first.ensureFirstAccount(db, "other@news.example")).toEqual({ created: false, staff: 1 });
    expect(await db.staffUser.count()).toBe(1);
  });

  it("is named after the site's host unless NASHRA_ADMIN_EMAIL says otherwise", () => {
    expect(first.firstAdminEmail({ SITE_URL: "https://www.nashra.example" })).toBe("admin@nashra.example");
    expect(first.firstAdminEmail({})).toBe("admin@localhost");
    expect(first.firstAdminEmail({ NASHRA_ADMIN_EMAIL: " Desk@Nashra.Example " })).toBe("desk@nashra.example");
  });
});
