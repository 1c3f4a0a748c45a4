import { createRequire } from "node:module";
import path from "node:path";
import { expect, type Page } from "@playwright/test";
import { E2E_EDITOR } from "../../scripts/e2e-accounts.mjs";

/** The suite's own editor, created only in the e2e database by scripts/e2e-server.mjs. */
export const DEMO = E2E_EDITOR;

export const port = Number(process.env.E2E_PORT || 3100);
export const origin = `http://localhost:${port}`;

/** A title nobody else in this run uses, so parallel specs never collide. */
export function unique(prefix: string): string {
  return `${prefix} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

type Statement = { run: (...a: unknown[]) => unknown; get: (...a: unknown[]) => Record<string, unknown> | undefined; all: (...a: unknown[]) => Record<string, unknown>[] };
type Sqlite = { prepare: (sql: string) => Statement; close: () => void };

/**
 * Direct access to the e2e server's database, for what a browser cannot do:
 * let time pass (move a session's or a schedule's clock) and read rows back.
 */
export function e2eDb(): Sqlite {
  const require = createRequire(path.join(process.cwd(), "package.json"));
  const Database = require("better-sqlite3") as new (file: string) => Sqlite;
  return new Database(path.join(process.cwd(), "e2e", ".tmp", String(port), "e2e.db"));
}

export function sql<T = Record<string, unknown>>(query: string, ...params: unknown[]): T[] {
  const db = e2eDb();
  try {
    const stmt = db.prepare(query);
    return /^\s*select/i.test(query) ? (stmt.all(...params) as T[]) : (stmt.run(...params), []);
  } finally {
    db.close();
  }
}

export async function signIn(page: Page, locale: "ar" | "en" = "ar") {
  const prefix = locale === "ar" ? "" : "/en";
  await page.goto(`${prefix}/staff/login`);
  await page.getByLabel(locale === "ar" ? "البريد الإلكتروني" : "Email").fill(DEMO.email);
  await page.getByLabel(locale === "ar" ? "كلمة المرور" : "Password").fill(DEMO.password);
  await page.getByRole("button", { name: locale === "ar" ? "دخول" : "Sign in" }).click();
  await expect(page.getByRole("heading", { level: 1, name: locale === "ar" ? "مكتب التحرير" : "Newsroom desk" })).toBeVisible();
}

export type Draft = { id: number; title: string; slug: string; url: string };

/** Writes a new draft through the desk's editor (section تقارير, author مالك الحافظ, tag داعش). */
export async function createDraft(page: Page, opts: { title?: string; slug?: string; body?: string } = {}): Promise<Draft> {
  const title = opts.title ?? unique("مسودة اختبار");
  const slug = opts.slug ?? `e2e-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  await page.goto("/staff/articles/new");
  await page.getByLabel("العنوان", { exact: true }).fill(title);
  await page.getByLabel("المعرّف في الرابط").fill(slug);
  await page.getByLabel("المقدمة").fill(`مقدمة ${title}`);
  await page.getByLabel("القسم").selectOption({ label: "تقارير" });
  await page.getByRole("checkbox", { name: "مالك الحافظ" }).check();
  await page.getByRole("checkbox", { name: "داعش", exact: true }).check();
  await page.getByLabel("النص", { exact: true }).fill(opts.body ?? `فقرة أولى من ${title}.\n\nفقرة ثانية.`);
  await page.getByRole("button", { name: "حفظ" }).click();
  await expect(page.getByRole("status").filter({ hasText: "حُفظ المقال." })).toBeVisible({ timeout: 15_000 });
  const id = Number(/\/staff\/articles\/(\d+)\/edit/.exec(page.url())?.[1]);
  expect(id).toBeGreaterThan(0);
  return { id, title, slug, url: `/articles/${encodeURIComponent(slug)}` };
}

/** The desk row of an item (an <li> labelled with its title). */
export function deskRow(page: Page, title: string) {
  return page.getByRole("listitem", { name: title, exact: true });
}

/** Clicks one of a desk row's buttons and waits for the desk to confirm. */
export async function deskAction(page: Page, title: string, button: string) {
  await page.goto("/staff");
  await deskRow(page, title).getByRole("button", { name: button, exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "تم." })).toBeVisible({ timeout: 15_000 });
}

/** A time as Prisma's SQLite adapter stores it (ISO text with an explicit +00:00). */
export function iso(ms: number): string {
  return new Date(ms).toISOString().replace("Z", "+00:00");
}
