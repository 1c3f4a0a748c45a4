/**
 * What a crawler or a reader without JavaScript gets: the server's HTML,
 * parsed without a browser. Nothing here runs a script, so text that only
 * client code would add is absent.
 */
import { expect, type APIRequestContext, type APIResponse } from "@playwright/test";
import { parse, type HTMLElement } from "node-html-parser";

export type RawPage = { response: APIResponse; status: number; html: string; doc: HTMLElement; body: HTMLElement };

export async function rawPage(request: APIRequestContext, url: string, headers: Record<string, string> = {}): Promise<RawPage> {
  const response = await request.get(url, { headers, maxRedirects: 0 });
  const html = await response.text();
  const doc = parse(html, { comment: false });
  // The reader's part of the page: no scripts, no styles, no templates.
  const body = parse(doc.querySelector("body")?.outerHTML ?? "");
  for (const el of body.querySelectorAll("script, style, template, noscript")) el.remove();
  return { response, status: response.status(), html, doc, body };
}

const squash = (s: string) => s.replace(/\s+/g, " ").trim();

/** The visible text of an element (scripts excluded), whitespace collapsed. */
export const textOf = (el: HTMLElement | null | undefined) => squash(el?.textContent ?? "");

/** Text of every element matching a selector inside the reader's part of the page. */
export const textsOf = (page: RawPage, selector: string) => page.body.querySelectorAll(selector).map((el) => textOf(el));

export type ReaderExpectation = {
  status?: number;
  lang: string;
  dir: string;
  h1: string | RegExp;
  /** Phrases a reader needs, in the server's HTML outside any script. */
  texts?: (string | RegExp)[];
  /** At least this many items in <main>'s lists or articles. */
  minItems?: number;
};

/** The page is complete HTML from the server: language, direction, one heading, the reader's text. */
export function expectReaderPage(page: RawPage, url: string, e: ReaderExpectation) {
  expect(page.status, `${url} status`).toBe(e.status ?? 200);
  expect(page.doc.querySelector("html")?.getAttribute("id"), `${url} is Next's empty error shell`).not.toBe("__next_error__");
  const html = page.doc.querySelector("html");
  expect(html?.getAttribute("lang"), `${url} lang`).toBe(e.lang);
  expect(html?.getAttribute("dir"), `${url} dir`).toBe(e.dir);
  const h1s = textsOf(page, "h1");
  expect(h1s, `${url} has exactly one <h1>`).toHaveLength(1);
  if (typeof e.h1 === "string") expect(h1s[0], `${url} <h1>`).toBe(e.h1);
  else expect(h1s[0], `${url} <h1>`).toMatch(e.h1);
  // The page's main content (a plain error page may have no <main>: then its body).
  const main = textOf(page.body.querySelector("main") ?? page.body);
  expect(main, `${url} has text for the reader`).not.toBe("");
  for (const t of e.texts ?? []) {
    if (typeof t === "string") expect(main, `${url} shows «${t}»`).toContain(t);
    else expect(main, `${url} shows ${t}`).toMatch(t);
  }
  if (e.minItems) {
    const items = page.body.querySelectorAll("main article, main li").length;
    expect(items, `${url} list items`).toBeGreaterThanOrEqual(e.minItems);
  }
}
