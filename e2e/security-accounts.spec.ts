import { expect, test, type APIRequestContext } from "@playwright/test";
import arMessages from "../locales/ar.json";
import { appQuery, staffCreate, uniqueEmail } from "./support/accounts";
import { origin } from "./support/staff";

/** The e2e server trusts X-Forwarded-For: each request below claims an address of its own unless a test says otherwise. */
const address = () => `2001:db8::${Math.floor(Math.random() * 0xffffffff).toString(16)}`;
const signIn = (request: APIRequestContext, email: string, password: string, from = address()) =>
  request.post("/api/staff/login", { form: { email, password, locale: "ar" }, headers: { "x-forwarded-for": from }, maxRedirects: 0 });

test.describe("staff accounts", () => {
  test("`npm run staff:create` makes an account that can sign in and open the desk", async ({ request }) => {
    const email = uniqueEmail("created");
    expect(staffCreate(email, "a-long-enough-password")).toContain(`created editor ${email}`);
    const signedIn = await signIn(request, email, "a-long-enough-password");
    expect(signedIn.status()).toBe(303);
    expect(signedIn.headers()["location"]).toBe("/staff");
    const cookie = signedIn.headers()["set-cookie"]?.split(";")[0];
    expect(cookie).toMatch(/^nashra_staff=/);
    const desk = await request.get("/staff", { headers: { cookie: cookie! }, maxRedirects: 0 });
    expect(desk.status()).toBe(200);
    expect(await desk.text()).toContain("مكتب التحرير");
  });

  test("the README's old demo password opens nothing on the served database", async ({ request }) => {
    const response = await signIn(request, "editor@nashra.example", "nashra-demo-2026");
    expect(response.status()).toBe(303);
    expect(response.headers()["location"]).toBe("/staff/login?error=invalid");
    expect(response.headers()["set-cookie"]).toBeUndefined();
    expect(appQuery("staffCount", "editor@nashra.example")).toBe(0);
  });
});

test.describe("sign-in limit", () => {
  test("20 parallel wrong passwords for one account from 20 addresses: 5 are checked, 15 refused, then even the right one waits", async ({ request }) => {
    const email = uniqueEmail("parallel");
    staffCreate(email, "the-right-password");
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => signIn(request, email, `wrong-${i}`)));
    const statuses = results.map((r) => r.status());
    expect(statuses.filter((s) => s === 303)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(15);
    const blocked = await signIn(request, email, "the-right-password");
    expect(blocked.status()).toBe(429);
    expect(blocked.headers()["set-cookie"]).toBeUndefined();
    expect(Number(blocked.headers()["retry-after"])).toBeGreaterThan(0);
    const kinds = appQuery("signInEvents", email).map((e) => e.kind);
    expect({ failure: kinds.filter((k) => k === "failure").length, throttled: kinds.filter((k) => k === "throttled").length, all: kinds.length }).toEqual({
      failure: 5,
      throttled: 16,
      all: 21,
    });
  });

  test("sign-in, a failure and sign-out are audited with time and client address", async ({ request }) => {
    const email = uniqueEmail("audited");
    staffCreate(email, "the-right-password");
    const from = address();
    const started = Date.now();
    expect((await signIn(request, email, "wrong-password", from)).status()).toBe(303);
    const ok = await signIn(request, email, "the-right-password", from);
    expect(ok.headers()["location"]).toBe("/staff");
    const cookie = ok.headers()["set-cookie"]!.split(";")[0];
    const out = await request.post("/api/staff/logout", { form: { locale: "ar" }, headers: { cookie, origin, "x-forwarded-for": from }, maxRedirects: 0 });
    expect(out.status()).toBe(303);
    const rows = appQuery("signInEvents", email);
    expect(rows.map((r) => [r.kind, r.address])).toEqual([
      ["failure", from],
      ["success", from],
      ["signout", from],
    ]);
    for (const r of rows) expect(new Date(r.at).getTime()).toBeGreaterThanOrEqual(started - 1000);
    expect(rows[1].userId).toBeGreaterThan(0);
  });

  test("a sign-in body larger than the cap gets 413 without being read", async ({ request }) => {
    const response = await request.post("/api/staff/login", {
      form: { email: "a@b.example", password: "x".repeat(20_000) },
      headers: { "x-forwarded-for": address() },
      maxRedirects: 0,
    });
    expect(response.status()).toBe(413);
    expect(await response.text()).toContain(arMessages.errors.tooLargeTitle);
  });
});

test.describe("redirects after a form post", () => {
  for (const referer of [`${origin}//evil.example/x`, `${origin}/%5Cevil.example`, `${origin}/%2F%2Fevil.example`]) {
    test(`go home, not to another site, from Referer ${referer}`, async ({ request }) => {
      const consent = await request.post("/api/consent", { form: { choice: "denied" }, headers: { origin, referer }, maxRedirects: 0 });
      expect(consent.status()).toBe(303);
      expect(consent.headers()["location"]).toBe("/");
      const exit = await request.post("/api/staff/preview/exit", { headers: { origin, referer }, maxRedirects: 0 });
      expect(exit.status()).toBe(303);
      expect(exit.headers()["location"]).toBe("/");
    });
  }
});

test.describe("view beacon", () => {
  const granted = () => `nashra_consent=v1.granted.${Math.floor(Date.now() / 1000)}`;
  const beacon = (request: APIRequestContext, articleId: number, headers: Record<string, string>) =>
    request.post("/api/views", { data: { articleId }, headers: { "x-forwarded-for": address(), ...headers } });

  test("is refused cross-site and without consent, and counts a valid view exactly once", async ({ request }) => {
    // The oldest public article: no other spec sends it views.
    const article = { id: appQuery("oldestPublicArticle", null) };
    const count = () => appQuery("viewCount", article.id);
    const before = count();

    expect((await beacon(request, article.id, { cookie: granted(), "sec-fetch-site": "cross-site", origin: "https://evil.example" })).status()).toBe(403);
    expect((await beacon(request, article.id, { cookie: granted() })).status()).toBe(403); // no Sec-Fetch-Site: not a browser on our page
    expect((await beacon(request, article.id, { "sec-fetch-site": "same-origin" })).status()).toBe(403); // no consent
    expect((await beacon(request, article.id, { "sec-fetch-site": "same-origin", cookie: "nashra_consent=v1.denied.1" })).status()).toBe(403);

    expect((await beacon(request, article.id, { "sec-fetch-site": "same-origin", cookie: granted() })).status()).toBe(204);
    // Written in a batch within seconds: the count moves by exactly one.
    await expect.poll(count, { timeout: 20_000 }).toBe(before + 1);
  });

  test("caps the body and rate-limits one client", async ({ request }) => {
    const big = await request.post("/api/views", {
      data: { articleId: 1, pad: "x".repeat(4096) },
      headers: { "sec-fetch-site": "same-origin", cookie: granted(), "x-forwarded-for": address() },
    });
    expect(big.status()).toBe(413);
    const from = address();
    // Not JSON: each is answered 400 without counting anything, until the client's minute is used up.
    const send = () =>
      request.post("/api/views", {
        data: "not json",
        headers: { "sec-fetch-site": "same-origin", cookie: granted(), "x-forwarded-for": from, "content-type": "application/json" },
      });
    const statuses: number[] = [];
    for (let i = 0; i < 61; i++) statuses.push((await send()).status());
    expect(statuses.slice(0, 60).every((s) => s === 400)).toBe(true);
    expect(statuses[60]).toBe(429);
  });
});
