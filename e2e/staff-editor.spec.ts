import { execFileSync } from "node:child_process";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { databaseUrl } from "./support/prisma";
import { articleState, createDraft, dbCall, signIn, unique } from "./support/staff";

const ROZANA_SLUG = "داعش-يجدد-استهداف-قوات-النظام-ما-مصدر-قوته";
const OIL_TITLE = '20 ألف برميل نفط تصل النظام السوري من مناطق "قسد"';

test.describe("the article editor", () => {
  test.beforeEach(async ({ page }) => signIn(page));

  test("a related link to an unknown article is an error beside the body, and nothing is saved", async ({ page }) => {
    const title = unique("مقال برابط مجهول");
    await page.goto("/staff/articles/new");
    await page.getByLabel("العنوان", { exact: true }).fill(title);
    await page.getByLabel("المقدمة").fill("مقدمة");
    await page.getByRole("checkbox", { name: "مالك الحافظ" }).check();
    await page.getByLabel("النص", { exact: true }).fill("فقرة أولى.\n\nقد يهمك: مقال لا وجود له أبداً");
    await page.getByRole("button", { name: "حفظ" }).click();
    await expect(page.locator("main").getByRole("alert")).toHaveText("لم يُحفظ شيء. صحّح الحقول المشار إليها.");
    const body = page.getByLabel("النص", { exact: true });
    await expect(body).toHaveAttribute("aria-invalid", "true");
    await expect(body).toHaveAccessibleDescription(/السطر 3: لا يوجد مقال بهذا العنوان أو الرابط: «مقال لا وجود له أبداً»/);
    // What the editor typed is still there to fix.
    await expect(body).toHaveValue(/قد يهمك: مقال لا وجود له أبداً/);
    expect(dbCall("article", "count", { where: { title } })).toBe(0);
  });

  test("a slug another article uses is refused; missing fields are marked", async ({ page }) => {
    await page.goto("/staff/articles/new");
    await page.getByLabel("العنوان", { exact: true }).fill(unique("عنوان"));
    await page.getByLabel("المعرّف في الرابط").fill(ROZANA_SLUG);
    await page.getByLabel("النص", { exact: true }).fill("فقرة.");
    await page.getByRole("button", { name: "حفظ" }).click();
    await expect(page.getByLabel("المعرّف في الرابط")).toHaveAccessibleDescription(/^هذا المعرّف مستخدم لمقال آخر\./);
    await expect(page.getByLabel("المقدمة")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByRole("group", { name: "الكتّاب" })).toHaveAttribute("aria-invalid", "true");
  });

  test("turns plain text into blocks, and shows the same text back", async ({ page }) => {
    const body = ["فقرة أولى.", "## عنوان فرعي", "> قول\n> — قائل", `قد يهمك: ${OIL_TITLE}`, "فقرة أخيرة."].join("\n\n");
    const draft = await createDraft(page, { body });
    const stored = JSON.parse(articleState(draft.id).body);
    const oilId = dbCall("article", "findFirstOrThrow", { where: { title: OIL_TITLE, locale: "ar" }, select: { id: true } }).id;
    expect(stored).toEqual([
      { type: "paragraph", text: "فقرة أولى." },
      { type: "heading", text: "عنوان فرعي", level: 2 },
      { type: "quote", text: "قول", cite: "قائل" },
      { type: "related", label: "mayInterest", articleId: oilId },
      { type: "paragraph", text: "فقرة أخيرة." },
    ]);
    await expect(page.getByLabel("النص", { exact: true })).toHaveValue(body);
  });
});

test.describe("importing a scraped page", () => {
  test("imports the seed file as a draft with the same blocks as the seeded article, under a free slug", async ({ page }) => {
    const out = execFileSync(path.join("node_modules", ".bin", "tsx"), ["scripts/import-article.ts", "prisma/seed/rozana-isis-report.txt"], {
      env: { ...process.env, DATABASE_URL: databaseUrl },
      encoding: "utf8",
    });
    expect(out).toContain(`slug «${ROZANA_SLUG}» is taken`);
    const { id, slug } = JSON.parse(out.trim().split("\n").at(-1)!);
    expect(slug).toMatch(new RegExp(`^${ROZANA_SLUG}-\\d+$`));
    const seeded = dbCall("article", "findUniqueOrThrow", { where: { locale_slug: { locale: "ar", slug: ROZANA_SLUG } }, select: { body: true } });
    const imported = dbCall("article", "findUniqueOrThrow", {
      where: { id },
      select: { body: true, status: true, section: { select: { slug: true } }, authors: { select: { author: { select: { slug: true } } } } },
    });
    expect(JSON.parse(imported.body)).toEqual(JSON.parse(seeded.body));
    expect(imported).toMatchObject({ status: "DRAFT", section: { slug: "reports" }, authors: [{ author: { slug: "malek-al-hafez" } }] });

    // Not public, and the editor shows the related lines as text.
    expect((await page.request.get(`/articles/${encodeURIComponent(slug)}`)).status()).toBe(404);
    await signIn(page);
    await page.goto(`/staff/articles/${id}/edit`);
    await expect(page.getByLabel("النص", { exact: true })).toHaveValue(new RegExp(`قد يهمك: ${OIL_TITLE.replace(/"/g, '"')}`));
  });
});
