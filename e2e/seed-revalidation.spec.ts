import { execFileSync } from "node:child_process";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { appSecret, dbFile, withE2eDb } from "./support/db";

/**
 * Pages are served from Next's cache, and writers outside the server (the
 * seed) make their changes visible by revalidating tags, without a rebuild.
 */
const slug = "why-local-independent-journalism-still-matters";

test("a cached page changes only when its tags are revalidated, and the seed revalidates a running server", async ({ page, request, baseURL }) => {
  const url = `/en/articles/${slug}`;
  const original = withE2eDb((db) => db.prepare("select title from Article where locale = 'en' and slug = ?").get(slug) as { title: string } | undefined)?.title;
  expect(original, `seed article ${slug}`).toBeTruthy();

  await page.goto(url);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(original!);

  // Another process edits the database: the cached page does not change by itself.
  const edited = `${original} — edited behind the app's back`;
  withE2eDb((db) => db.prepare("update Article set title = ? where locale = 'en' and slug = ?").run(edited, slug));
  const cached = await request.get(url);
  expect(cached.headers()["x-nextjs-cache"]).toBe("HIT");
  expect(await cached.text()).not.toContain("edited behind the app");

  // Revalidating the content tag makes the next request render the new title.
  const revalidate = await request.post("/api/revalidate", {
    headers: { authorization: `Bearer ${appSecret()}` },
    data: { tags: ["content"] },
  });
  expect(revalidate.status()).toBe(200);
  await page.goto(url);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(edited);

  // Running the seed against the live server restores its content and shows it at once.
  execFileSync(path.join("node_modules", ".bin", "tsx"), ["prisma/seed/run.ts"], {
    // The seed calls the server on this machine over loopback, on PORT (never SITE_URL).
    env: { ...process.env, DATABASE_URL: `file:${dbFile}`, PORT: new URL(baseURL!).port },
    stdio: "pipe",
  });
  await page.goto(url);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(original!);
});

test("the revalidation endpoint refuses requests without the secret", async ({ request }) => {
  const response = await request.post("/api/revalidate", { data: { tags: ["content"] } });
  expect(response.status()).toBe(401);
  const wrong = await request.post("/api/revalidate", { headers: { authorization: "Bearer nope" }, data: { tags: ["content"] } });
  expect(wrong.status()).toBe(401);
});
