import { expect, type Page } from "@playwright/test";
import { E2E_EDITOR } from "../../scripts/e2e-accounts.mjs";
import { dbCall } from "./prisma";

export { dbCall };

/** The suite's own editor, created only in the e2e database by scripts/e2e-server.mjs. */
export const DEMO = E2E_EDITOR;

export const port = Number(process.env.E2E_PORT || 3100);
export const origin = `http://localhost:${port}`;

/** A title nobody else in this run uses, so parallel specs never collide. */
export function unique(prefix: string): string {
  return `${prefix} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

/**
 * Let time pass for the signed-in editor: moves the clocks of every session
 * of an account (a test signs in afresh, so that is the one it holds).
 */
export function ageSessions(email: string, times: { lastSeenAt?: Date; expiresAt?: Date }): void {
  const { count } = dbCall<{ count: number }>("staffSession", "updateMany", { where: { user: { email } }, data: times });
  expect(count, `sessions of ${email}`).toBeGreaterThan(0);
}

/** Let time pass for an item's preview links: the newest one (just made) expires now. */
export function expireNewestPreviewLink(itemType: "article" | "episode", itemId: number): void {
  const newest = dbCall<{ id: string } | null>("previewToken", "findFirst", {
    where: { itemType, itemId },
    orderBy: { createdAt: "desc" },
    select: { id: true },
  });
  expect(newest, `a preview link for ${itemType} ${itemId}`).not.toBeNull();
  dbCall("previewToken", "update", { where: { id: newest!.id }, data: { expiresAt: new Date(Date.now() - 1000) }, select: { id: true } });
}

/** An item's newest preview link: when it ends, from the server's own record. */
export function newestPreviewLink(itemType: "article" | "episode", itemId: number): { createdAt: Date; expiresAt: Date } {
  return dbCall("previewToken", "findFirstOrThrow", {
    where: { itemType, itemId },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true, expiresAt: true },
  });
}

/** An article's publishing state, as the server stored it. */
export function articleState(id: number): { status: string; publishedAt: Date | null; updatedAt: Date; title: string; body: string } {
  return dbCall("article", "findUniqueOrThrow", { where: { id }, select: { status: true, publishedAt: true, updatedAt: true, title: true, body: true } });
}

/** Moves an item's scheduled time (time passes; nothing is published by this). */
export function moveSchedule(model: "article" | "episode", id: number, at: Date): void {
  dbCall(model, "update", { where: { id }, data: { publishedAt: at }, select: { id: true } });
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
