import { expect, test } from "@playwright/test";
import { DEMO, ageSessions, origin, signIn, unique } from "./support/staff";

/** Each throttle test gets its own client address (the e2e server trusts X-Forwarded-For), so tests never block each other. */
const address = () => `203.0.113.${Math.floor(Math.random() * 250) + 1}-${Math.random().toString(36).slice(2, 8)}`;
const form = (email: string, password: string) => ({ email, password, locale: "ar" });

test.describe("staff sign-in", () => {
  test("signs in with the demo account, sets a private session cookie, and signs out for good", async ({ page, context }) => {
    await signIn(page);
    await expect(page.getByText(`أنت مسجّل باسم ${DEMO.name}`)).toBeVisible();
    const cookie = (await context.cookies()).find((c) => c.name === "nashra_staff");
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/" });

    await page.getByRole("button", { name: "خروج" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "دخول فريق التحرير" })).toBeVisible();
    // The old cookie value no longer opens anything: the session row is gone.
    await context.addCookies([{ ...cookie!, expires: -1 }]);
    await page.goto("/staff");
    await expect(page.getByRole("heading", { level: 1, name: "دخول فريق التحرير" })).toBeVisible();
  });

  test("answers a wrong email and a wrong password the same way", async ({ page, request }) => {
    const wrongEmail = await request.post("/api/staff/login", {
      form: form(`${unique("nobody")}@x.example`.replace(/\s/g, ""), DEMO.password),
      headers: { "x-forwarded-for": address() },
      maxRedirects: 0,
    });
    const wrongPassword = await request.post("/api/staff/login", {
      form: form(DEMO.email, "wrong-password-123"),
      headers: { "x-forwarded-for": address() },
      maxRedirects: 0,
    });
    expect(wrongEmail.status()).toBe(303);
    expect(wrongPassword.status()).toBe(303);
    expect(wrongEmail.headers()["location"]).toBe(wrongPassword.headers()["location"]);
    expect(wrongEmail.headers()["set-cookie"]).toBeUndefined();
    await page.goto(wrongEmail.headers()["location"]);
    await expect(page.locator("main").getByRole("alert")).toHaveText("البريد الإلكتروني أو كلمة المرور غير صحيحة.");
  });

  test("the English edition has its own sign-in and desk under /en", async ({ page }) => {
    await signIn(page, "en");
    await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
    await expect(page.getByRole("heading", { level: 2, name: "Articles" })).toBeVisible();
  });

  test("works as a plain form without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await signIn(page);
    await context.close();
  });

  test("after 5 failures for one account, further tries get 429 with Retry-After", async ({ request }) => {
    const email = `${unique("throttle").replace(/\s/g, "")}@x.example`;
    for (let i = 0; i < 5; i++) {
      const r = await request.post("/api/staff/login", { form: form(email, `bad-${i}`), headers: { "x-forwarded-for": address() }, maxRedirects: 0 });
      expect(r.status()).toBe(303);
    }
    const blocked = await request.post("/api/staff/login", { form: form(email, "bad-again"), headers: { "x-forwarded-for": address() }, maxRedirects: 0 });
    expect(blocked.status()).toBe(429);
    const retry = Number(blocked.headers()["retry-after"]);
    expect(retry).toBeGreaterThan(0);
    expect(retry).toBeLessThanOrEqual(15 * 60);
    expect(await blocked.text()).toContain("محاولات كثيرة");
  });

  test("after 5 failures from one address, even the right password gets 429", async ({ request }) => {
    const ip = address();
    for (let i = 0; i < 5; i++) {
      const r = await request.post("/api/staff/login", {
        form: form(`${unique("ip").replace(/\s/g, "")}@x.example`, "bad"),
        headers: { "x-forwarded-for": ip },
        maxRedirects: 0,
      });
      expect(r.status()).toBe(303);
    }
    const blocked = await request.post("/api/staff/login", { form: form(DEMO.email, DEMO.password), headers: { "x-forwarded-for": ip }, maxRedirects: 0 });
    expect(blocked.status()).toBe(429);
    expect(blocked.headers()["set-cookie"]).toBeUndefined();
    expect(Number(blocked.headers()["retry-after"])).toBeGreaterThan(0);
  });

  test("an idle session expires: the desk sends the editor back to sign in", async ({ page, context }) => {
    await signIn(page);
    const cookie = (await context.cookies()).find((c) => c.name === "nashra_staff")!;
    // Three hours without a request (the idle limit is two).
    ageSessions(DEMO.email, { lastSeenAt: new Date(Date.now() - 3 * 3600_000) });
    await page.goto("/staff");
    await expect(page.getByRole("heading", { level: 1, name: "دخول فريق التحرير" })).toBeVisible();
    // For good: the same cookie, sent again, still opens nothing.
    await context.addCookies([cookie]);
    await page.goto("/staff");
    await expect(page.getByRole("heading", { level: 1, name: "دخول فريق التحرير" })).toBeVisible();
  });

  test("a session past its absolute end is refused even when active", async ({ page }) => {
    await signIn(page);
    ageSessions(DEMO.email, { expiresAt: new Date(Date.now() - 1000) });
    await page.goto("/staff");
    await expect(page.getByRole("heading", { level: 1, name: "دخول فريق التحرير" })).toBeVisible();
  });

  test("refuses cross-site posts to sign-in, preview and the scheduler", async ({ page, context }) => {
    await signIn(page);
    const cookieHeader = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
    const evil = { origin: "https://evil.example", "sec-fetch-site": "cross-site" };
    const login = await page.request.post("/api/staff/login", { form: form(DEMO.email, DEMO.password), headers: evil, maxRedirects: 0 });
    expect(login.status()).toBe(403);
    expect(login.headers()["set-cookie"]).toBeUndefined();
    const preview = await page.request.post("/api/staff/preview", {
      form: { type: "article", id: "1" },
      headers: { ...evil, cookie: cookieHeader },
      maxRedirects: 0,
    });
    expect(preview.status()).toBe(403);
    const scheduler = await page.request.post("/api/staff/scheduler", { form: { locale: "ar" }, headers: { ...evil, cookie: cookieHeader }, maxRedirects: 0 });
    expect(scheduler.status()).toBe(403);
    // The same preview post from our own origin works, so the 403 above is the origin check.
    const same = await page.request.post("/api/staff/preview", {
      form: { type: "article", id: "1" },
      headers: { origin, cookie: cookieHeader },
      maxRedirects: 0,
    });
    expect(same.status()).toBe(303);
  });

  test("staff pages are private and never indexed; without a session they lead to sign-in", async ({ page, request }) => {
    const anonymous = await request.get("/staff", { maxRedirects: 0 });
    expect(anonymous.status()).toBe(303);
    expect(anonymous.headers()["location"]).toContain("/staff/login");
    const login = await request.get("/staff/login");
    expect(login.headers()["cache-control"]).toContain("no-store");
    expect(login.headers()["x-robots-tag"]).toBe("noindex, nofollow");
    await signIn(page);
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
    // A forged cookie gets past the proxy's convenience redirect but not the page's own check.
    const forged = await request.get("/staff", { headers: { cookie: `nashra_staff=${"A".repeat(43)}` } });
    expect(await forged.text()).toContain("دخول فريق التحرير");
  });
});
