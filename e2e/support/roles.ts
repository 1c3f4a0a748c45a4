import { expect, type APIRequestContext, type Page } from "@playwright/test";
import { parse } from "node-html-parser";
import { staffCreate, uniqueEmail } from "./accounts";
import { origin } from "./staff";

/** The e2e server trusts X-Forwarded-For: every sign-in below claims an address of its own, so the throttle never mixes tests. */
const address = () => `198.51.100.${Math.floor(Math.random() * 250) + 1}-${Math.random().toString(36).slice(2, 8)}`;

export type Account = { email: string; password: string; role: "contributor" | "editor" | "admin"; cookie: string };

/** Signs in through the sign-in form's route; returns the session cookie ("name=value"). */
export async function apiSignIn(request: APIRequestContext, email: string, password: string): Promise<string> {
  const res = await request.post("/api/staff/login", { form: { email, password, locale: "ar" }, headers: { "x-forwarded-for": address() }, maxRedirects: 0 });
  expect(res.status(), `sign-in of ${email}`).toBe(303);
  expect(res.headers()["location"], `sign-in of ${email}`).toBe("/staff");
  const cookie = res.headers()["set-cookie"]?.split(";")[0];
  expect(cookie).toMatch(/^nashra_staff=/);
  return cookie!;
}

/** A fresh account of `role`, made the way an operator does (`npm run staff:create`), signed in. */
export async function newAccount(request: APIRequestContext, role: Account["role"]): Promise<Account> {
  const email = uniqueEmail(role);
  const password = `${role}-password-${Math.random().toString(36).slice(2, 10)}`;
  expect(staffCreate(email, password, role)).toContain(`created ${role} ${email}`);
  return { email, password, role, cookie: await apiSignIn(request, email, password) };
}

/** Signs a browser page in with an account (the sign-in form). */
export async function signInAs(page: Page, email: string, password: string) {
  await page.goto("/staff/login");
  await page.getByLabel("البريد الإلكتروني").fill(email);
  await page.getByLabel("كلمة المرور").fill(password);
  await page.getByRole("button", { name: "دخول" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "مكتب التحرير" })).toBeVisible();
}

export async function getAs(request: APIRequestContext, who: Account, path: string) {
  return request.get(path, { headers: { cookie: who.cookie }, maxRedirects: 0 });
}

/**
 * The fields of one form of a page as the server rendered it for `who`
 * (React's no-JavaScript Server Action forms carry their action id in a
 * hidden field), picked by the label of the element it sits in and its
 * button's text. Lets a test post the same form as someone whose page does
 * not show it: what a crafted request would do.
 */
export async function formFields(request: APIRequestContext, who: Account, path: string, where: { within?: string; button: string }) {
  const res = await getAs(request, who, path);
  expect(res.status(), `${path} for ${who.role}`).toBe(200);
  const root = parse(await res.text());
  const scope = where.within ? root.querySelector(`[aria-label="${where.within}"]`) : root;
  expect(scope, `element labelled ${where.within}`).not.toBeNull();
  const form = scope!.querySelectorAll("form").find((f) => f.querySelectorAll("button").some((b) => b.text.trim() === where.button));
  expect(form, `a form with the button «${where.button}» on ${path}`).toBeDefined();
  const fields: Record<string, string> = {};
  for (const input of form!.querySelectorAll("input, select, textarea")) {
    const name = input.getAttribute("name");
    if (!name) continue;
    const selected = input.tagName === "SELECT" ? (input.querySelector("option[selected]") ?? input.querySelector("option")) : null;
    fields[name] = selected ? (selected.getAttribute("value") ?? "") : input.tagName === "TEXTAREA" ? input.text : (input.getAttribute("value") ?? "");
  }
  expect(
    Object.keys(fields).some((k) => k.startsWith("$ACTION_")),
    "a Server Action form",
  ).toBe(true);
  return fields;
}

/** Posts a Server Action form (as the browser would without JavaScript) as `who`; returns where the server sent them. */
export async function postAction(request: APIRequestContext, who: Account, path: string, fields: Record<string, string>) {
  const res = await request.post(path, { multipart: fields, headers: { cookie: who.cookie, origin }, maxRedirects: 0 });
  return { status: res.status(), location: res.headers()["location"] ?? null, body: res.status() === 200 ? await res.text() : "" };
}
