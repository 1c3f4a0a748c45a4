import { execFileSync } from "node:child_process";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { paths } from "../lib/paths";
import { appSecret, dbCall } from "./support/db";

/**
 * Pages are served from Next's cache, and writers outside the server (the
 * seed, CLI tools) make their changes visible by revalidating tags through
 * the same client the seed uses (lib/revalidate-client.ts), without a rebuild.
 */
const slug = "why-local-independent-journalism-still-matters";
const where = { locale_slug: { locale: "en", slug } };

test("a cached page changes only when its tags are revalidated, also from another process", async ({ page, request, baseURL }) => {
  const url = paths.article("en", slug);
  const original = dbCall<{ title: string }>("article", "findUniqueOrThrow", { where, select: { title: true } }).title;

  // In the cache (polled: the first request may render it).
  await expect.poll(async () => (await request.get(url)).headers()["x-nextjs-cache"]).toBe("HIT");

  try {
    // Another process edits the database: the cached page does not change by itself.
    const edited = `${original} — edited behind the app's back`;
    dbCall("article", "update", { where, data: { title: edited }, select: { id: true } });
    const cached = await request.get(url);
    expect(cached.headers()["x-nextjs-cache"]).toMatch(/^(HIT|STALE)$/);
    expect(await cached.text()).not.toContain("edited behind the app");

    // Revalidating the content tag makes the next request render the new title.
    const revalidate = await request.post("/api/revalidate", { headers: { authorization: `Bearer ${appSecret()}` }, data: { tags: ["content"] } });
    expect(revalidate.status()).toBe(200);
    await page.goto(url);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(edited);
  } finally {
    dbCall("article", "update", { where, data: { title: original }, select: { id: true } });
  }

  // The out-of-process client the seed runs at its end (prisma/seed/run.ts) reaches the running server.
  const out = execFileSync(
    process.execPath,
    [
      path.join("node_modules", "tsx", "dist", "cli.mjs"),
      "-e",
      `import("./lib/revalidate-client.ts").then(async (m) => console.log(await (m.revalidateRemote ?? m.default.revalidateRemote)(["content"], ${JSON.stringify(baseURL)})))`,
    ],
    { encoding: "utf8" },
  );
  expect(out.trim()).toBe("done");
  await page.goto(url);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(original);
});

test("the revalidation endpoint refuses requests without the secret", async ({ request }) => {
  const response = await request.post("/api/revalidate", { data: { tags: ["content"] } });
  expect(response.status()).toBe(401);
  const wrong = await request.post("/api/revalidate", { headers: { authorization: "Bearer nope" }, data: { tags: ["content"] } });
  expect(wrong.status()).toBe(401);
});
