import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";

const require = createRequire(import.meta.url);
const { isNotFoundRender } = require("./admission.cjs") as { isNotFoundRender: (data: unknown) => boolean };

describe("the page cache keeps no 404 render", () => {
  it("refuses a cached read that found nothing", () => {
    expect(isNotFoundRender({ kind: "FETCH", data: { headers: {}, body: "null", status: 200, url: "" }, revalidate: 60 })).toBe(true);
  });

  it("refuses page and route 404s", () => {
    expect(isNotFoundRender({ kind: "APP_PAGE", status: 404, html: "x" })).toBe(true);
    expect(isNotFoundRender({ kind: "APP_ROUTE", status: 404, body: "x" })).toBe(true);
  });

  it("keeps pages, the 410 page, feeds and data", () => {
    expect(isNotFoundRender({ kind: "APP_PAGE", status: 200 })).toBe(false);
    expect(isNotFoundRender({ kind: "APP_PAGE", status: 410 })).toBe(false);
    expect(isNotFoundRender({ kind: "APP_PAGE" })).toBe(false);
    expect(isNotFoundRender({ kind: "FETCH", data: { body: "[]", status: 200 } })).toBe(false);
    expect(isNotFoundRender({ kind: "FETCH", data: { body: '{"section":null}', status: 200 } })).toBe(false);
    expect(isNotFoundRender(null)).toBe(false);
  });
});
