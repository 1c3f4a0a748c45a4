/**
 * Search follows the newsroom at once: a draft is never found, a published
 * story is, a withdrawn one leaves the results with the next search; the desk
 * finds items in every state by title with the readers' matching.
 */
import { expect, test, type APIRequestContext } from "@playwright/test";
import { rawPage, textsOf } from "./support/html";
import { createDraft, deskAction, deskRow, signIn } from "./support/staff";

const nonce = () => `srch${Math.random().toString(36).slice(2, 8).replace(/\d/g, "q")}`;

async function resultTitles(request: APIRequestContext, q: string): Promise<string[]> {
  const page = await rawPage(request, `/search?q=${encodeURIComponent(q)}`);
  expect(page.status, q).toBe(200);
  return textsOf(page, "main ol > li h2");
}

test("a draft is not found, published it is, withdrawn it is gone at once", async ({ page, request }) => {
  const word = nonce();
  await signIn(page);
  const draft = await createDraft(page, { title: `مسودة البحث عن المدرسة ${word}`, body: `فقرة أولى عن ${word} وعن المدرسة.\n\nفقرة ثانية.` });

  expect(await resultTitles(request, word)).toEqual([]);

  // The desk finds it by title, spelled another way (ta marbuta as ha, an attached ب+ال).
  await page.goto(`/staff?q=${encodeURIComponent(`بالمدرسه ${word}`)}`);
  await expect(page.getByRole("searchbox", { name: "ابحث في عناوين المقالات" })).toHaveValue(`بالمدرسه ${word}`);
  await expect(deskRow(page, draft.title)).toBeVisible();
  // Only what matches: the desk's other drafts and the episodes are not listed.
  const articles = page.getByRole("region", { name: `مقالات عناوينها تطابق «بالمدرسه ${word}»` });
  await expect(articles.getByRole("listitem").filter({ has: page.getByRole("button", { name: "انشر الآن", exact: true }) })).toHaveCount(1);
  await expect(page.getByRole("heading", { name: "حلقات البودكاست" })).toHaveCount(0);

  await deskAction(page, draft.title, "انشر الآن");
  expect(await resultTitles(request, word)).toEqual([draft.title]);
  const found = await rawPage(request, `/search?q=${encodeURIComponent(`المدرسة ${word}`)}`);
  expect(textsOf(found, "main mark")).toEqual(expect.arrayContaining([word, "المدرسة"]));

  await deskAction(page, draft.title, "إلغاء النشر");
  expect(await resultTitles(request, word)).toEqual([]);
  // Still on the desk, with the same search.
  await page.goto(`/staff?q=${encodeURIComponent(word)}`);
  await expect(deskRow(page, draft.title)).toBeVisible();
});

test("an edited title is searchable at once under its new words only", async ({ page, request }) => {
  const before = nonce();
  const after = nonce();
  await signIn(page);
  const draft = await createDraft(page, { title: `عنوان أول ${before}`, body: "فقرة أولى.\n\nفقرة ثانية." });
  await deskAction(page, draft.title, "انشر الآن");
  expect(await resultTitles(request, before)).toEqual([draft.title]);

  await page.goto(`/staff/articles/${draft.id}/edit`);
  await page.getByLabel("العنوان", { exact: true }).fill(`عنوان جديد ${after}`);
  await page.getByLabel("المقدمة").fill("مقدمة جديدة.");
  await page.getByRole("button", { name: "حفظ" }).click();
  // A live story's edit waits as a pending change until "publish changes" (e2e/revisions.spec.ts).
  await expect(page.getByRole("status").filter({ hasText: "حُفظت التعديلات ولم تُنشر" })).toBeVisible({ timeout: 15_000 });
  await page.getByRole("button", { name: "نشر التعديلات" }).click();
  await expect(page.getByRole("status").filter({ hasText: "نُشرت التعديلات." })).toBeVisible({ timeout: 15_000 });

  expect(await resultTitles(request, after)).toEqual([`عنوان جديد ${after}`]);
  expect(await resultTitles(request, before)).toEqual([]);
  await deskAction(page, `عنوان جديد ${after}`, "إلغاء النشر");
});
