import { expect, test } from "@playwright/test";
import { createDraft, dbCall, DEMO, unique } from "./support/staff";
import { apiSignIn, formFields, getAs, newAccount, postAction, signInAs, type Account } from "./support/roles";

/**
 * The role matrix: each role × each desk action, allowed or refused. Refused
 * Server Actions are posted anyway (the form as an editor's page carries it,
 * sent with the other role's cookie, as a crafted request would) and must
 * change nothing in the database; refused route handlers answer 403.
 */
test.describe.configure({ mode: "serial" });

let contributor: Account;
let admin: Account;
let editor: Account;
let own: { id: number; title: string };
let others: { id: number; title: string };

const state = (id: number) =>
  dbCall<{ status: string; title: string; publishedAt: Date | null; withdrawnAt: Date | null }>("article", "findUniqueOrThrow", {
    where: { id },
    select: { status: true, title: true, publishedAt: true, withdrawnAt: true },
  });

test.beforeAll(async ({ request }) => {
  contributor = await newAccount(request, "contributor");
  admin = await newAccount(request, "admin");
  editor = { email: DEMO.email, password: DEMO.password, role: "editor", cookie: await apiSignIn(request, DEMO.email, DEMO.password) };
});

test.afterAll(() => {
  for (const a of [own, others]) if (a) dbCall("article", "deleteMany", { where: { id: a.id } });
});

test("a contributor writes a draft through the desk: it is theirs, and their desk shows only their items and actions", async ({ page }) => {
  await signInAs(page, contributor.email, contributor.password);
  own = await createDraft(page, { title: unique("مسودة المساهم") });
  const row = dbCall<{ createdById: number | null }>("article", "findUniqueOrThrow", { where: { id: own.id }, select: { createdById: true } });
  const me = dbCall<{ id: number }>("staffUser", "findUniqueOrThrow", { where: { email: contributor.email }, select: { id: true } });
  expect(row.createdById).toBe(me.id);

  const ctx = await page.context().browser()!.newContext();
  const editorPage = await ctx.newPage();
  await signInAs(editorPage, DEMO.email, DEMO.password);
  others = await createDraft(editorPage, { title: unique("مسودة المحرر") });
  await ctx.close();

  await page.goto("/staff");
  const mine = page.getByRole("listitem", { name: own.title, exact: true });
  await expect(mine.getByRole("button", { name: "معاينة", exact: true })).toBeVisible();
  await expect(mine.getByRole("link", { name: "تحرير" })).toBeVisible();
  await expect(mine.getByRole("button", { name: "رابط معاينة" })).toBeVisible();
  for (const hidden of ["انشر الآن", "جدولة", "إلغاء النشر"]) await expect(mine.getByRole("button", { name: hidden, exact: true })).toHaveCount(0);
  await expect(page.getByRole("listitem", { name: others.title, exact: true })).toHaveCount(0);
  for (const link of ["الصفحة الأولى", "فريق التحرير"]) await expect(page.getByRole("link", { name: link })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "انشر المواد التي حان موعدها" })).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "حلقات البودكاست" })).toHaveCount(0);
});

test("contributor × publish, schedule, unpublish (own and others'), share others': refused, nothing changes", async ({ request }) => {
  const before = { own: state(own.id), others: state(others.id) };
  for (const item of [own, others]) {
    for (const button of ["انشر الآن", "جدولة"]) {
      const fields = await formFields(request, editor, "/staff", { within: item.title, button });
      const res = await postAction(request, contributor, "/staff", fields);
      expect(res.location, `${button} on ${item.title}`).toBe("/staff?error=forbidden");
    }
  }
  const share = await formFields(request, editor, "/staff", { within: others.title, button: "رابط معاينة" });
  expect((await postAction(request, contributor, "/staff", share)).location).toBe("/staff?error=forbidden");
  expect(dbCall<number>("previewToken", "count", { where: { itemType: "article", itemId: others.id } })).toBe(0);

  // Their own story once an editor published it: they may not take it down either.
  dbCall("article", "update", { where: { id: own.id }, data: { status: "PUBLISHED", publishedAt: new Date(Date.now() - 60_000) }, select: { id: true } });
  const unpublish = await formFields(request, editor, "/staff", { within: own.title, button: "إلغاء النشر" });
  expect((await postAction(request, contributor, "/staff", unpublish)).location).toBe("/staff?error=forbidden");
  expect(state(own.id)).toMatchObject({ status: "PUBLISHED", withdrawnAt: null });
  expect((await request.get(`/articles/${encodeURIComponent(dbCall("article", "findUniqueOrThrow", { where: { id: own.id } }).slug)}`)).status()).toBe(200);
  // Nor edit it now that it is published.
  expect((await getAs(request, contributor, `/staff/articles/${own.id}/edit`)).headers()["location"]).toBe("/staff?error=forbidden");
  dbCall("article", "update", { where: { id: own.id }, data: { status: "DRAFT", publishedAt: null }, select: { id: true } });
  expect(state(others.id)).toEqual(before.others);
  expect(state(own.id)).toMatchObject({ status: before.own.status, title: before.own.title });
});

test("contributor × edit others', preview others', run the scheduler: refused (redirect, 403, 403); own: allowed", async ({ request }) => {
  expect((await getAs(request, contributor, `/staff/articles/${others.id}/edit`)).headers()["location"]).toBe("/staff?error=forbidden");
  expect((await getAs(request, contributor, `/staff/articles/${own.id}/edit`)).status()).toBe(200);
  // The editor's save form for someone else's article, posted by the contributor with a new title.
  const save = await formFields(request, editor, `/staff/articles/${others.id}/edit`, { button: "حفظ" });
  // Posted from the new-article page, which the contributor may open: the action itself must refuse.
  const res = await postAction(request, contributor, "/staff/articles/new", { ...save, title: "عنوان مزوّر" });
  expect(res.status).toBe(200);
  expect(res.body).toContain("لا يملك حسابك صلاحية تحرير هذا المقال");
  expect(state(others.id).title).toBe(others.title);

  const preview = (id: number) =>
    request.post("/api/staff/preview", {
      form: { type: "article", id: String(id), locale: "ar" },
      headers: { cookie: contributor.cookie, origin },
      maxRedirects: 0,
    });
  expect((await preview(others.id)).status()).toBe(403);
  expect((await preview(own.id)).status()).toBe(303);
  const scheduler = await request.post("/api/staff/scheduler", { form: { locale: "ar" }, headers: { cookie: contributor.cookie, origin }, maxRedirects: 0 });
  expect(scheduler.status()).toBe(403);
});

test("contributor in draft mode sees their own draft, and someone else's draft stays a 404", async ({ page }) => {
  await signInAs(page, contributor.email, contributor.password);
  await page.goto("/staff");
  await page.getByRole("listitem", { name: own.title, exact: true }).getByRole("button", { name: "معاينة", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: own.title })).toBeVisible();
  const slug = dbCall<{ slug: string }>("article", "findUniqueOrThrow", { where: { id: others.id }, select: { slug: true } }).slug;
  const res = await page.goto(`/articles/${encodeURIComponent(slug)}`);
  expect(res?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: others.title })).toHaveCount(0);
});

test("contributor and editor × front page and breaking news; editor and contributor × staff accounts: refused, nothing changes", async ({ request }) => {
  const picks = () => dbCall<number>("frontPagePick", "count", {});
  const breaking = () => dbCall<unknown>("breakingNews", "findUnique", { where: { locale: "ar" } });
  const [picksBefore, breakingBefore] = [picks(), breaking()];
  expect((await getAs(request, contributor, "/staff/front-page")).headers()["location"]).toBe("/staff?error=forbidden");
  expect((await getAs(request, editor, "/staff/front-page")).status()).toBe(200);
  const add = await formFields(request, editor, "/staff/front-page?edition=ar", { button: "أضف" });
  expect((await postAction(request, contributor, "/staff/front-page?edition=ar", add)).location).toBe("/staff?error=forbidden");
  const set = await formFields(request, editor, "/staff/front-page?edition=ar", { button: "ضع الخبر العاجل" });
  expect((await postAction(request, contributor, "/staff/front-page?edition=ar", { ...set, text: "عاجل مزوّر" })).location).toBe("/staff?error=forbidden");
  expect(picks()).toBe(picksBefore);
  expect(breaking()).toEqual(breakingBefore);

  for (const who of [contributor, editor]) expect((await getAs(request, who, "/staff/people")).headers()["location"]).toBe("/staff?error=forbidden");
  expect((await getAs(request, admin, "/staff/people")).status()).toBe(200);
  const invite = await formFields(request, admin, "/staff/people", { button: "أنشئ رابط الدعوة" });
  const email = `${unique("crafted").replace(/\s/g, "-")}@e2e.example`;
  for (const who of [contributor, editor]) {
    expect((await postAction(request, who, "/staff/people", { ...invite, email, displayName: "X", role: "admin" })).location).toBe("/staff?error=forbidden");
  }
  expect(dbCall<number>("staffUser", "count", { where: { email } })).toBe(0);
});

test("editor × every content action on a contributor's draft: allowed", async ({ request }) => {
  const share = await formFields(request, editor, "/staff", { within: own.title, button: "رابط معاينة" });
  expect((await postAction(request, editor, "/staff", share)).location).toBe("/staff?done=link#links");
  const publish = await formFields(request, editor, "/staff", { within: own.title, button: "انشر الآن" });
  expect((await postAction(request, editor, "/staff", publish)).location).toBe("/staff?done=publish");
  expect(state(own.id).status).toBe("PUBLISHED");
  const unpublish = await formFields(request, editor, "/staff", { within: own.title, button: "إلغاء النشر" });
  expect((await postAction(request, editor, "/staff", unpublish)).location).toBe("/staff?done=unpublish");
  expect(state(own.id).withdrawnAt).not.toBeNull();
});

const origin = `http://localhost:${Number(process.env.E2E_PORT || 3100)}`;

test("contributor × publish, discard or restore the pending changes of a live story: refused, nothing changes; editor: allowed", async ({ request }) => {
  const row = dbCall<Record<string, unknown> & { id: number; title: string; slug: string }>("article", "findUniqueOrThrow", {
    where: { id: others.id },
    include: { authors: true, tags: true },
  });
  dbCall("article", "update", { where: { id: row.id }, data: { status: "PUBLISHED", publishedAt: new Date(Date.now() - 60_000) }, select: { id: true } });
  const pendingTitle = unique("تصحيح معلّق");
  const fields = ["locale", "slug", "standfirst", "sectionId", "heroUrl", "heroAlt", "heroCaption", "heroCredit", "heroWidth", "heroHeight", "body"];
  const data = {
    ...Object.fromEntries(fields.map((f) => [f, row[f] ?? null])),
    title: pendingTitle,
    authorIds: (row.authors as { authorId: number }[]).map((a) => a.authorId),
    tagIds: (row.tags as { tagId: number }[]).map((t) => t.tagId),
  };
  dbCall("revision", "create", {
    data: { itemType: "article", itemId: row.id, state: "pending", pendingKey: `article:${row.id}`, data: JSON.stringify(data) },
  });
  const pending = () => dbCall<number>("revision", "count", { where: { itemType: "article", itemId: row.id, state: "pending" } });
  const editPage = `/staff/articles/${row.id}/edit`;
  for (const button of ["نشر التعديلات", "تجاهل التعديلات"]) {
    const form = await formFields(request, editor, editPage, { button });
    expect((await postAction(request, contributor, editPage, form)).location, button).toBe("/staff?error=forbidden");
    expect(pending(), button).toBe(1);
    expect(state(row.id).title).toBe(row.title);
  }
  const publish = await formFields(request, editor, editPage, { button: "نشر التعديلات" });
  expect((await postAction(request, editor, editPage, publish)).location).toBe(`${editPage}?revision=published`);
  expect(pending()).toBe(0);
  expect(state(row.id).title).toBe(pendingTitle);
  dbCall("revision", "deleteMany", { where: { itemType: "article", itemId: row.id } });
});
