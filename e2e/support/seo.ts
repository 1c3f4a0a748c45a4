import type { APIRequestContext, Page } from "@playwright/test";
import { expect } from "@playwright/test";
import { parseXml } from "../../lib/testing/xml";

export { parseXml };

/** Every JSON-LD block on the page, parsed (a block that is not valid JSON fails the test). */
export async function jsonLdBlocks(page: Page): Promise<Record<string, any>[]> {
  const texts = await page.locator('script[type="application/ld+json"]').allTextContents();
  return texts.map((t) => JSON.parse(t));
}

/** The one JSON-LD block of `type`; fails when there is none or more than one. */
export async function jsonLdOf(page: Page, type: string): Promise<Record<string, any>> {
  const blocks = (await jsonLdBlocks(page)).filter((b) => b["@type"] === type);
  expect(blocks, `one ${type} block`).toHaveLength(1);
  expect(blocks[0]["@context"]).toBe("https://schema.org");
  return blocks[0];
}

export async function metaContent(page: Page, selector: string): Promise<string | null> {
  return page.locator(`head ${selector}`).first().getAttribute("content");
}

/** Fetches and parses an XML document, checking status and content type. */
export async function fetchXml(request: APIRequestContext, url: string, contentType: RegExp, arrays: string[] = []) {
  const response = await request.get(url);
  expect(response.status(), url).toBe(200);
  expect(response.headers()["content-type"]).toMatch(contentType);
  const body = await response.text();
  return { response, body, doc: parseXml(body, arrays) };
}

/** Width and height of a JPEG, from its first SOF marker. */
export function jpegSize(bytes: Buffer): { width: number; height: number } {
  let i = 2;
  while (i < bytes.length) {
    if (bytes[i] !== 0xff) throw new Error("not a JPEG marker");
    const marker = bytes[i + 1];
    const length = bytes.readUInt16BE(i + 2);
    if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) {
      return { height: bytes.readUInt16BE(i + 5), width: bytes.readUInt16BE(i + 7) };
    }
    i += 2 + length;
  }
  throw new Error("no SOF marker");
}

export const rozanaSlug = "داعش-يجدد-استهداف-قوات-النظام-ما-مصدر-قوته";
export const rozanaPath = `/articles/${encodeURIComponent(rozanaSlug)}`;

/** What must never leak: the seed's draft and scheduled items (titles carry «مسودة» / «مجدول»). */
export const hiddenMarkers = [
  "draft-budget-leak",
  "scheduled-election-preview",
  "draft-episode",
  "scheduled-episode",
  "مسودة: تسريب ميزانية تمويل خلايا داعش",
  "مجدول: قراءة مسبقة في الانتخابات المحلية",
  "مسودة: حلقة عن المواصلات العامة",
  "مجدول: حلقة عن أسعار الدواء",
];
