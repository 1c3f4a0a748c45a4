import { describe, expect, it } from "vitest";
import { parseXml } from "@/lib/testing/xml";
import { el, xmlDocument } from "./build";

describe("el", () => {
  it("escapes text and attributes exactly once, even when they look like entities already", () => {
    const literal = 'AT&amp;T said &lt;b&gt;hi&lt;/b&gt; & <i>"x"</i> &#60; &#x3c;';
    const root = el(xmlDocument(), "root");
    el(root, "t", { a: literal }, literal);
    const xml = root.end();
    expect(xml).toContain("AT&amp;amp;T");
    const parsed = parseXml(xml);
    expect(parsed.root.t["#text"]).toBe(literal);
    expect(parsed.root.t["@_a"]).toBe(literal);
  });
});
