import { expect, test } from "@playwright/test";
import { parse } from "node-html-parser";
import { dbCall, unique } from "./support/staff";
import { apiSignIn, getAs, type Account } from "./support/roles";
import { DEMO } from "./support/staff";

/** The desk's article list at scale, as a reader without JavaScript gets it: 50 a page, filters as GET parameters. */
test.describe.configure({ mode: "serial" });

let editor: Account;
let author: { id: number; slug: string };
let ids: number[] = [];
const prefix = unique("قائمة المكتب");

test.beforeAll(async ({ request }) => {
  editor = { email: DEMO.email, password: DEMO.password, role: "editor", cookie: await apiSignIn(request, DEMO.email, DEMO.password) };
  const slug = `desk-author-${Date.now().toString(36)}`;
  author = { id: dbCall<{ id: number }>("author", "create", { data: { slug, name: `كاتب ${prefix}`, bio: "" }, select: { id: true } }).id, slug };
  const section = dbCall<{ id: number }>("section", "findFirstOrThrow", { where: { slug: { not: "" } }, orderBy: { position: "asc" }, select: { id: true } });
  const day = 86_400_000;
  const rows = Array.from({ length: 55 }, (_, i) => {
    const kind = i < 50 ? "draft" : i < 52 ? "scheduled" : i < 54 ? "published" : "withdrawn";
    return {
      locale: "ar",
      slug: `desk-list-${Date.now().toString(36)}-${i}`,
      title: `${prefix} ${kind} ${String(i).padStart(2, "0")}`,
      standfirst: "مقدمة",
      body: "[]",
      sectionId: section.id,
      status: kind === "scheduled" ? "SCHEDULED" : kind === "published" ? "PUBLISHED" : "DRAFT",
      publishedAt: kind === "scheduled" ? new Date(Date.now() + day) : kind === "draft" ? null : new Date(Date.now() - day),
      withdrawnAt: kind === "withdrawn" ? new Date(Date.now() - 1000) : null,
      updatedAt: new Date(Date.now() - i * 1000),
    };
  });
  dbCall("article", "createMany", { data: rows });
  ids = dbCall<{ id: number }[]>("article", "findMany", { where: { title: { startsWith: prefix } }, select: { id: true } }).map((r) => r.id);
  expect(ids).toHaveLength(55);
  dbCall("articleAuthor", "createMany", { data: ids.map((articleId) => ({ articleId, authorId: author.id, position: 0 })) });
});

test.afterAll(() => {
  dbCall("article", "deleteMany", { where: { id: { in: ids } } });
  dbCall("author", "deleteMany", { where: { id: author?.id ?? -1 } });
});

async function desk(request: Parameters<typeof getAs>[0], query: string) {
  const res = await getAs(request, editor, `/staff${query}`);
  expect(res.status(), query).toBe(200);
  const root = parse(await res.text());
  const list = root.querySelector("#desk-articles")!.parentNode!;
  return {
    titles: list.querySelectorAll("li[aria-label]").map((li) => li.getAttribute("aria-label")!),
    next: list.querySelector('a[rel="next"]')?.getAttribute("href") ?? null,
    prev: list.querySelector('a[rel="prev"]')?.getAttribute("href") ?? null,
    form: root.querySelector('form[role="search"]')!,
  };
}

test("filtered by author: 50 a page, newest change first, then the rest on page 2 with the filter kept", async ({ request }) => {
  const first = await desk(request, `?author=${author.slug}`);
  expect(first.titles).toHaveLength(50);
  expect(first.titles.every((t) => t.startsWith(prefix))).toBe(true);
  expect(first.titles[0]).toBe(`${prefix} draft 00`);
  expect(first.prev).toBeNull();
  expect(first.next).toBe(`/staff?author=${author.slug}&page=2`);
  expect(first.form.querySelector('select[name="author"] option[selected]')?.getAttribute("value")).toBe(author.slug);
  const second = await desk(request, first.next!.replace("/staff", ""));
  expect(second.titles).toHaveLength(5);
  expect(new Set([...first.titles, ...second.titles]).size).toBe(55);
  expect(second.next).toBeNull();
  expect(second.prev).toBe(`/staff?author=${author.slug}`);
});

test("filtered by status and section together with the author", async ({ request }) => {
  const section = dbCall<{ slug: string }>("section", "findFirstOrThrow", { orderBy: { position: "asc" }, select: { slug: true } }).slug;
  for (const [status, count] of [
    ["draft", 50],
    ["scheduled", 2],
    ["published", 2],
    ["withdrawn", 1],
  ] as const) {
    const { titles } = await desk(request, `?author=${author.slug}&status=${status}&section=${encodeURIComponent(section)}`);
    expect(titles.length, status).toBe(count);
    expect(
      titles.every((t) => t.includes(` ${status} `)),
      status,
    ).toBe(true);
  }
  const other = dbCall<{ slug: string }>("section", "findFirstOrThrow", { orderBy: { position: "desc" }, select: { slug: true } }).slug;
  expect((await desk(request, `?author=${author.slug}&section=${encodeURIComponent(other)}`)).titles).toEqual([]);
});

test("bad filter values are ignored, never a 500; past the last page the list is empty", async ({ request }) => {
  for (const query of ["?status=deleted", "?page=abc", "?page=-3", "?section=a%2Fb", "?author=x&author=y&page=2&page=9", `?q=${"ب".repeat(500)}`]) {
    const res = await getAs(request, editor, `/staff${query}`);
    expect(res.status(), query).toBe(200);
  }
  expect((await desk(request, `?author=${author.slug}&page=9`)).titles).toEqual([]);
});
