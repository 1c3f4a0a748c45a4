/**
 * The first-party view counter, read back from the server's record, and a
 * proof that a page carries no view beacon at all (rather than "nothing was
 * seen on the network for a while").
 */
import { expect, type APIRequestContext } from "@playwright/test";
import { dbCall } from "./prisma";

/** The granted variant hands the article's id to its beacon in the page payload; no other variant has it. */
export const carriesBeacon = (html: string) => /articleId\\?":\d+/.test(html);

export function viewCount(articleId: number): number {
  return dbCall<{ count: number } | null>("articleView", "findUnique", { where: { articleId }, select: { count: true } })?.count ?? 0;
}

/** One view counted by hand (a consenting reader's beacon), to order the counter: anything sent before it is counted first. */
export async function countOneView(request: APIRequestContext, baseURL: string, articleId: number) {
  const response = await request.post("/api/views", {
    data: { articleId },
    headers: { origin: baseURL, "sec-fetch-site": "same-origin", cookie: `nashra_consent=v1.granted.${Math.floor(Date.now() / 1000)}` },
  });
  expect(response.status()).toBeLessThan(300);
}

/** How often the e2e server writes counted views (NASHRA_VIEWS_FLUSH_MS in scripts/e2e-server.mjs). */
export const VIEWS_FLUSH_MS = 200;

/**
 * The counter reaches `expected` and stays there once everything sent so far has been
 * written: views are buffered and written together, so a view that should not have
 * counted would show up within a few flushes.
 */
export async function expectViewCount(articleId: number, expected: number) {
  await expect.poll(() => viewCount(articleId)).toBe(expected);
  await new Promise((r) => setTimeout(r, VIEWS_FLUSH_MS * 4));
  expect(viewCount(articleId)).toBe(expected);
}
