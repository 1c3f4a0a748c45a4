import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";

const file = path.join(mkdtempSync(path.join(tmpdir(), "nashra-links-")), "test.db");
process.env.DATABASE_URL = `file:${file}`;

let db: typeof import("@/lib/db").db;
let links: typeof import("./preview-links");
const T = new Date("2030-05-01T09:00:00Z");

beforeAll(async () => {
  execFileSync(path.join(process.cwd(), "node_modules", ".bin", "prisma"), ["migrate", "deploy"], { env: process.env, stdio: "ignore" });
  db = (await import("@/lib/db")).db;
  links = await import("./preview-links");
  await db.staffUser.create({ data: { email: "e@x.example", displayName: "E", passwordHash: "x" } });
}, 60_000);

describe("preview-link views in the audit log", () => {
  it("are written at most once per link every 10 minutes, even when many views arrive at once", async () => {
    const token = await links.createPreviewLink({ type: "article", id: 7 }, 1, 48, T);
    const views = () => db.auditLog.count({ where: { action: "preview-link" } });
    const opened = await Promise.all(Array.from({ length: 20 }, () => links.openPreviewLink(token, T)));
    expect(opened.every((o) => o?.id === 7)).toBe(true);
    expect(await views()).toBe(1);
    await links.openPreviewLink(token, new Date(T.getTime() + 9 * 60_000));
    expect(await views()).toBe(1);
    await links.openPreviewLink(token, new Date(T.getTime() + links.PREVIEW_AUDIT_EVERY_MS));
    expect(await views()).toBe(2);
  });
});
