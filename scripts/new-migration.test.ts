import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/**
 * `npm run db:new-migration -- <name>` on a copy of the project (its own git
 * repository and database in a temp folder, so this repository stays clean):
 * a schema edit becomes a migration folder that applies, and the database
 * then has the new column.
 */
const root = path.resolve(import.meta.dirname, "..");
let work = "";

function run(cmd: string, args: string[], env: Record<string, string> = {}) {
  return execFileSync(cmd, args, { cwd: work, encoding: "utf8", env: { ...process.env, ...env }, stdio: "pipe" });
}

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), "nashra-migration-"));
  mkdirSync(path.join(work, "prisma"));
  cpSync(path.join(root, "prisma", "schema.prisma"), path.join(work, "prisma", "schema.prisma"));
  cpSync(path.join(root, "prisma", "migrations"), path.join(work, "prisma", "migrations"), { recursive: true });
  cpSync(path.join(root, "prisma.config.ts"), path.join(work, "prisma.config.ts"));
  mkdirSync(path.join(work, "lib"));
  mkdirSync(path.join(work, "scripts"));
  cpSync(path.join(root, "lib", "database-url.ts"), path.join(work, "lib", "database-url.ts"));
  cpSync(path.join(root, "scripts", "new-migration.mjs"), path.join(work, "scripts", "new-migration.mjs"));
  cpSync(path.join(root, "scripts", "db-schemas.mjs"), path.join(work, "scripts", "db-schemas.mjs"));
  cpSync(path.join(root, "prisma", "postgres"), path.join(work, "prisma", "postgres"), { recursive: true });
  cpSync(path.join(root, "package.json"), path.join(work, "package.json"));
  symlinkSync(path.join(root, "node_modules"), path.join(work, "node_modules"), "dir");
  run("git", ["init", "-q"]);
  run("git", ["add", "prisma"]);
  run("git", ["-c", "user.name=t", "-c", "user.email=t@example.invalid", "commit", "-qm", "schema"]);
}, 60_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe("db:new-migration", () => {
  it("says there is nothing to write when the schema did not change", () => {
    const out = run(process.execPath, ["scripts/new-migration.mjs", "nothing"], { DATABASE_URL: `file:${path.join(work, "a.db")}` });
    expect(out).toContain("nothing to write");
    expect(readdirSync(path.join(work, "prisma", "migrations")).filter((d) => d.endsWith("_nothing"))).toEqual([]);
  }, 120_000);

  it("writes a migration for a schema edit, and it applies", () => {
    const db = `file:${path.join(work, "b.db")}`;
    run(path.join("node_modules", ".bin", "prisma"), ["migrate", "deploy"], { DATABASE_URL: db });
    const schema = path.join(work, "prisma", "schema.prisma");
    writeFileSync(schema, readFileSync(schema, "utf8").replace(/(model Tag \{\n)/, "$1  testNote String?\n"));

    const out = run(process.execPath, ["scripts/new-migration.mjs", "Add tag note"], { DATABASE_URL: db });
    const folder = readdirSync(path.join(work, "prisma", "migrations")).find((d) => /^\d{14}_add_tag_note$/.test(d));
    expect(folder, out).toBeTruthy();
    expect(readFileSync(path.join(work, "prisma", "migrations", folder!, "migration.sql"), "utf8")).toMatch(/testNote/);
    // The same change for PostgreSQL, from the derived schema.
    expect(readFileSync(path.join(work, "prisma", "postgres", "migrations", folder!, "migration.sql"), "utf8")).toMatch(
      /ALTER TABLE "Tag" ADD COLUMN\s+"testNote" TEXT/,
    );
    expect(readFileSync(path.join(work, "prisma", "postgres", "schema.prisma"), "utf8")).toMatch(/testNote/);

    // Applied: the database has every migration, the new one included, and nothing is pending.
    const status = run(path.join("node_modules", ".bin", "prisma"), ["migrate", "status"], { DATABASE_URL: db });
    const count = readdirSync(path.join(work, "prisma", "migrations")).filter((d) => /^\d{14}_/.test(d)).length;
    expect(status).toContain(`${count} migrations found`);
    expect(status).toMatch(/up to date/i);
  }, 180_000);
});
