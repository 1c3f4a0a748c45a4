import { expect, test, type APIRequestContext } from "@playwright/test";
import { paths } from "../lib/paths";
import { publishArticle, uniqueSlug } from "./support/db";
import { rawPage } from "./support/html";
import { deskAction, signIn, unique } from "./support/staff";

/**
 * A related link («اقرأ أيضاً») shows its target's current title, or nothing
 * once the target is not public, even on a page that is already cached:
 * the newsroom's own actions refresh every page that links to what changed.
 */

/** The «اقرأ أيضاً» aside of a page, as the server sends it. */
async function readAlso(request: APIRequestContext, url: string) {
  const page = await rawPage(request, url);
  expect(page.status).toBe(200);
  const aside = page.body.querySelectorAll("main aside").find((a) => a.getAttribute("aria-label") === "اقرأ أيضاً:");
  return { links: aside?.querySelectorAll("a").map((a) => a.textContent.trim()) ?? [], html: page.html };
}

test("retitling or unpublishing a target updates the cached pages that link to it", async ({ page, request }) => {
  test.slow();
  const targetTitle = unique("مقال مرتبط");
  const targetSlug = uniqueSlug("related-target");
  const targetId = await publishArticle(request, { slug: targetSlug, title: targetTitle });
  const hostSlug = uniqueSlug("related-host");
  const hostUrl = paths.article("ar", hostSlug);
  await publishArticle(request, {
    slug: hostSlug,
    title: unique("مقال يشير إلى آخر"),
    body: [
      { type: "paragraph", text: "فقرة عامة." },
      { type: "related", label: "readAlso", articleId: targetId },
    ],
  });

  // The host page is in the cache, showing the target's title.
  await expect.poll(async () => (await request.get(hostUrl)).headers()["x-nextjs-cache"]).toBe("HIT");
  expect((await readAlso(request, hostUrl)).links).toEqual([targetTitle]);

  // The newsroom retitles the target on the desk: the host shows the new title (well before its 60 s revalidation).
  await signIn(page);
  await page.goto(`/staff/articles/${targetId}/edit`);
  const retitled = `${targetTitle} (عنوان جديد)`;
  await page.getByLabel("العنوان", { exact: true }).fill(retitled);
  await page.getByRole("button", { name: "حفظ" }).click();
  // A live story's edit waits as a pending change until "publish changes" (e2e/revisions.spec.ts).
  await expect(page.getByRole("status").filter({ hasText: "حُفظت التعديلات ولم تُنشر" })).toBeVisible({ timeout: 15_000 });
  await page.getByRole("button", { name: "نشر التعديلات" }).click();
  await expect(page.getByRole("status").filter({ hasText: "نُشرت التعديلات." })).toBeVisible({ timeout: 15_000 });
  await expect.poll(async () => (await readAlso(request, hostUrl)).links, { timeout: 15_000 }).toEqual([retitled]);

  // Unpublished: the aside disappears, and the title is nowhere in the page (head and scripts included).
  await deskAction(page, retitled, "إلغاء النشر");
  await expect.poll(async () => (await readAlso(request, hostUrl)).links, { timeout: 15_000 }).toEqual([]);
  const after = await readAlso(request, hostUrl);
  expect(after.html).not.toContain(retitled);
  expect(after.html).not.toContain(targetSlug);
});
