import { expect, test } from "@playwright/test";
import { dbCall, unique } from "./support/staff";
import { getAs, newAccount, signInAs, type Account } from "./support/roles";

/** Staff accounts from the desk, as an admin does it, without JavaScript where the flow must work without it. */
test.describe.configure({ mode: "serial" });

let admin: Account;
test.beforeAll(async ({ request }) => {
  admin = await newAccount(request, "admin");
});

const emailOf = (label: string) => `${unique(label).replace(/\s/g, "-")}@e2e.example`;

test("invite → one-time link sets the password (no JavaScript) → sign in; the used link is the 404 page", async ({ browser }) => {
  const ctx = await browser.newContext({ javaScriptEnabled: false });
  const page = await ctx.newPage();
  await signInAs(page, admin.email, admin.password);
  await page.goto("/staff/people");
  const email = emailOf("invited");
  await page.getByLabel("البريد الإلكتروني").fill(email);
  await page.getByLabel("الاسم").fill("مساهمة جديدة");
  await page.getByLabel("الدور").selectOption({ label: "مساهم" });
  await page.getByRole("button", { name: "أنشئ رابط الدعوة" }).click();
  const link = (await page.getByRole("status").locator("output").textContent())!.trim();
  expect(link).toMatch(/\/staff\/password\/[A-Za-z0-9_-]{43}$/);
  await expect(page.getByRole("listitem", { name: email })).toContainText("بانتظار تعيين كلمة المرور");
  await expect(page.getByRole("region", { name: "سجل الحسابات" }).or(page.locator("section", { hasText: "سجل الحسابات" }))).toContainText(email);

  const visitor = await browser.newContext({ javaScriptEnabled: false });
  const v = await visitor.newPage();
  await v.goto(link);
  await expect(v.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  // The browser checks the length first; the server checks it too (a crafted post), and the link stays usable.
  const token = link.split("/").pop()!;
  const short = await visitor.request.post("/api/staff/password", { form: { token, password: "short", confirm: "short", locale: "ar" }, maxRedirects: 0 });
  expect(short.headers()["location"]).toBe(`/staff/password/${token}?error=short`);
  await v.goto(short.headers()["location"]);
  await expect(v.getByRole("alert")).toContainText("10 أحرف على الأقل");
  await v.getByLabel("كلمة المرور الجديدة").fill("a-new-contributor-password");
  await v.getByLabel("أعد كتابة كلمة المرور").fill("a-new-contributor-password");
  await v.getByRole("button", { name: "احفظ كلمة المرور" }).click();
  await expect(v.getByRole("status")).toHaveText("حُفظت كلمة المرور. ادخل بها الآن.");
  await signInAs(v, email, "a-new-contributor-password");

  // Used, forged and expired links: the same 404 page.
  const forged = link.replace(/.$/, (c) => (c === "A" ? "B" : "A"));
  const expiredInvite = await (async () => {
    await page.goto("/staff/people");
    const other = emailOf("expired");
    await page.getByLabel("البريد الإلكتروني").fill(other);
    await page.getByLabel("الاسم").fill("منتهٍ");
    await page.getByRole("button", { name: "أنشئ رابط الدعوة" }).click();
    const url = (await page.getByRole("status").locator("output").textContent())!.trim();
    const user = dbCall<{ id: number }>("staffUser", "findUniqueOrThrow", { where: { email: other }, select: { id: true } });
    dbCall("staffPasswordToken", "updateMany", { where: { userId: user.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    return url;
  })();
  const bodies: string[] = [];
  for (const url of [link, forged, expiredInvite, "/staff/password/not-a-token"]) {
    const res = await visitor.request.get(url);
    expect(res.status(), url).toBe(404);
    const html = await res.text();
    expect(html).toContain("الصفحة غير موجودة");
    expect(html).not.toContain("احفظ كلمة المرور");
    bodies.push(html.replace(/<script[\s\S]*?<\/script>/g, "").replace(/nonce="[^"]*"/g, ""));
  }
  expect(new Set(bodies.map((b) => b.length > 0)).size).toBe(1);
  await ctx.close();
  await visitor.close();
});

test("disable ends an open session at once; enable lets them sign in again", async ({ browser, request }) => {
  const person = await newAccount(request, "editor");
  const theirs = await browser.newContext();
  const p = await theirs.newPage();
  await signInAs(p, person.email, person.password);

  const ctx = await browser.newContext({ javaScriptEnabled: false });
  const page = await ctx.newPage();
  await signInAs(page, admin.email, admin.password);
  await page.goto("/staff/people");
  await page.getByRole("listitem", { name: person.email }).getByRole("button", { name: "عطّل الحساب" }).click();
  await expect(page.getByRole("status")).toHaveText("عُطّل الحساب وانتهت جلساته.");
  expect(dbCall<number>("staffSession", "count", { where: { user: { email: person.email } } })).toBe(0);

  await p.goto("/staff");
  await expect(p.getByRole("heading", { level: 1, name: "دخول فريق التحرير" })).toBeVisible();
  expect((await getAs(request, person, "/staff")).headers()["location"]).toBe("/staff/login");
  // The right password no longer opens a session.
  await p.getByLabel("البريد الإلكتروني").fill(person.email);
  await p.getByLabel("كلمة المرور").fill(person.password);
  await p.getByRole("button", { name: "دخول" }).click();
  await expect(p.locator("main").getByRole("alert")).toHaveText("البريد الإلكتروني أو كلمة المرور غير صحيحة.");

  await page.getByRole("listitem", { name: person.email }).getByRole("button", { name: "فعّل الحساب" }).click();
  await signInAs(p, person.email, person.password);
  await theirs.close();
  await ctx.close();
});

test("change role takes effect on the next request; reset password ends sessions and the old password", async ({ browser, request }) => {
  const person = await newAccount(request, "editor");
  expect((await getAs(request, person, "/staff/front-page")).status()).toBe(200);
  const ctx = await browser.newContext({ javaScriptEnabled: false });
  const page = await ctx.newPage();
  await signInAs(page, admin.email, admin.password);
  await page.goto("/staff/people");
  const row = page.getByRole("listitem", { name: person.email });
  await row.getByLabel(`دور ${person.email}`).selectOption({ label: "مساهم" });
  await row.getByRole("button", { name: "غيّر الدور" }).click();
  await expect(page.getByRole("status")).toHaveText("تغيّر الدور.");
  // Same session, new powers.
  expect((await getAs(request, person, "/staff/front-page")).headers()["location"]).toBe("/staff?error=forbidden");

  await page.getByRole("listitem", { name: person.email }).getByRole("button", { name: "أعد تعيين كلمة المرور" }).click();
  const link = (await page.getByRole("listitem", { name: person.email }).getByRole("status").locator("output").textContent())!.trim();
  expect((await getAs(request, person, "/staff")).headers()["location"]).toBe("/staff/login");
  const again = await request.post("/api/staff/login", {
    form: { email: person.email, password: person.password, locale: "ar" },
    headers: { "x-forwarded-for": `192.0.2.${Math.floor(Math.random() * 250)}` },
    maxRedirects: 0,
  });
  expect(again.headers()["location"]).toBe("/staff/login?error=invalid");

  const v = await browser.newContext({ javaScriptEnabled: false });
  const vp = await v.newPage();
  await vp.goto(link);
  await vp.getByLabel("كلمة المرور الجديدة").fill("the-reset-password-1");
  await vp.getByLabel("أعد كتابة كلمة المرور").fill("the-reset-password-1");
  await vp.getByRole("button", { name: "احفظ كلمة المرور" }).click();
  await signInAs(vp, person.email, "the-reset-password-1");
  const actions = dbCall<{ action: string }[]>("auditLog", "findMany", {
    where: { itemType: "staff", itemId: dbCall("staffUser", "findUniqueOrThrow", { where: { email: person.email } }).id },
    orderBy: { id: "asc" },
    select: { action: true },
  }).map((a) => a.action);
  expect(actions).toEqual(["staff-role", "staff-reset", "staff-password-set"]);
  await v.close();
  await ctx.close();
});
