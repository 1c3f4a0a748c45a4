import { describe, expect, it } from "vitest";
import { serializeJsonLd } from "./json-ld";

describe("serializeJsonLd", () => {
  const nasty = 'Breaking </script><script>alert("x")</script> & "quotes" \'apos\' <!-- \u2028 \u2029';

  it("never lets a value close the script element or open a comment", () => {
    const out = serializeJsonLd({ headline: nasty });
    expect(out).not.toMatch(/<\/script/i);
    expect(out).not.toContain("<");
    expect(out).not.toContain(">");
    expect(out).not.toContain("&");
    expect(out).not.toContain("\u2028");
    expect(out).not.toContain("\u2029");
  });

  it("still parses back to exactly the same data", () => {
    const data = { "@type": "NewsArticle", headline: nasty, keywords: ["داعش", "a&b"], nested: { n: 1 } };
    expect(JSON.parse(serializeJsonLd(data))).toEqual(data);
  });

  it("uses \\u escapes", () => {
    expect(serializeJsonLd({ t: "<&>" })).toBe('{"t":"\\u003c\\u0026\\u003e"}');
  });
});
