import { describe, expect, it } from "vitest";
import { FIXED_POLICY_SOURCE, fixedPolicy, needsNonce, newNonce, noncePolicy, parseMediaHosts, withScriptHashes } from "./csp.mjs";
import { readerScriptSource, scriptHashSource } from "./reader-script-source.mjs";

const directive = (policy: string, name: string) => policy.split("; ").find((d) => d.startsWith(`${name} `));

describe("parseMediaHosts", () => {
  it("reads https origins separated by spaces or commas, normalised and without duplicates", () => {
    expect(parseMediaHosts("https://Media.Example.com, cdn.example.net  https://media.example.com/ https://a.example.org:8443")).toEqual([
      "https://media.example.com",
      "https://cdn.example.net",
      "https://a.example.org:8443",
    ]);
  });
  it("is empty when unset or blank", () => {
    expect(parseMediaHosts(undefined)).toEqual([]);
    expect(parseMediaHosts("  ,  ")).toEqual([]);
  });
  it.each([
    "https:",
    "*",
    "https://*.example.com",
    "http://media.example.com",
    "https://media.example.com/audio",
    "https://u:p@media.example.com",
    "https://media.example.com?x=1",
    "localhost",
    "'unsafe-inline'",
    "media.example.com;script-src",
    "data:",
    "ftp://media.example.com",
  ])("refuses %s", (value) => {
    expect(() => parseMediaHosts(value)).toThrow(/NASHRA_MEDIA_HOSTS/);
  });
});

describe("fixedPolicy (public pages)", () => {
  it("limits images and audio to the site and the configured hosts, with no https: wildcard", () => {
    const policy = fixedPolicy(["https://media.example.com"]);
    expect(directive(policy, "img-src")).toBe("img-src 'self' data: https://media.example.com");
    expect(directive(policy, "media-src")).toBe("media-src 'self' https://media.example.com");
    expect(policy).not.toMatch(/https:(?!\/\/)/);
    expect(directive(fixedPolicy([]), "media-src")).toBe("media-src 'self'");
  });
  it("has no nonce, so a cached page can carry it", () => {
    expect(fixedPolicy([])).not.toContain("nonce-");
    expect(fixedPolicy([])).toBe(fixedPolicy([]));
  });
  it("allows eval only in development", () => {
    expect(directive(fixedPolicy([]), "script-src")).not.toContain("unsafe-eval");
    expect(directive(fixedPolicy([], { dev: true }), "script-src")).toContain("'unsafe-eval'");
  });
});

describe("the whole policy, word for word", () => {
  it("public pages: every directive, media hosts in images and audio only", () => {
    expect(fixedPolicy(["https://m.example.com", "https://n.example.com"])).toBe(
      "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data: https://m.example.com https://n.example.com; media-src 'self' https://m.example.com https://n.example.com; font-src 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'",
    );
  });
  it("reader pages: the same with our script's hash in place of 'unsafe-inline'", () => {
    expect(withScriptHashes(fixedPolicy([]), ["'sha256-AbC+/9=='", "'sha384-Zz'"])).toBe(
      "default-src 'self'; script-src 'self' 'sha256-AbC+/9==' 'sha384-Zz'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; media-src 'self'; font-src 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'",
    );
  });
});

describe("withScriptHashes (reader pages without Next's bootstrap)", () => {
  const hash = "'sha256-AbC+/9=='";
  it("replaces 'unsafe-inline' scripts by the hashes, and changes nothing else", () => {
    const fixed = fixedPolicy(["https://media.example.com"]);
    const narrowed = withScriptHashes(fixed, [hash]);
    expect(narrowed).toContain(`script-src 'self' ${hash}`);
    expect(narrowed).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    // Styles keep theirs: React writes style attributes.
    expect(narrowed).toContain("style-src 'self' 'unsafe-inline'");
    expect(narrowed.replace(` ${hash}`, " 'unsafe-inline'")).toBe(fixed);
  });
  it("leaves a policy without inline scripts as it is", () => {
    const strict = noncePolicy("AAAAAAAAAAAAAAAAAAAAAA==", []);
    expect(withScriptHashes(strict, [hash])).toBe(strict);
  });
  it("refuses anything but a hash source, so nothing else can be slipped into the header", () => {
    expect(() => withScriptHashes(fixedPolicy([]), ["'unsafe-eval'"])).toThrow();
    expect(() => withScriptHashes(fixedPolicy([]), ["'sha256-x'; script-src *"])).toThrow();
  });
  it("the reader script's hash is the SHA-256 of the text pages inline", async () => {
    const { createHash } = await import("node:crypto");
    const source = readerScriptSource();
    expect(source.startsWith("(function () {")).toBe(true);
    expect(source).not.toContain("@ts-check");
    expect(scriptHashSource(source)).toBe(`'sha256-${createHash("sha256").update(source).digest("base64")}'`);
  });
});

describe("noncePolicy (staff pages and previews)", () => {
  it("allows scripts by nonce only, never 'unsafe-inline'", () => {
    const nonce = newNonce();
    const script = directive(noncePolicy(nonce, []), "script-src");
    expect(script).toBe(`script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`);
    expect(script).not.toContain("unsafe-inline");
  });
  it("keeps the same media limits", () => {
    expect(directive(noncePolicy(newNonce(), ["https://media.example.com"]), "media-src")).toBe("media-src 'self' https://media.example.com");
  });
  it("refuses a nonce that could break out of the header", () => {
    expect(() => noncePolicy("abc'; script-src *", [])).toThrow();
  });
  it("draws a fresh nonce every time", () => {
    expect(newNonce()).not.toBe(newNonce());
    expect(newNonce()).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});

describe("which requests get a nonce", () => {
  const fixedSource = new RegExp(`^/${FIXED_POLICY_SOURCE.slice("/:path(".length, -1)}$`);
  it.each(["/staff", "/staff/login", "/en/staff/articles/3/edit", "/preview/abc", "/en/preview/abc"])("%s: nonce, and not the fixed policy", (path) => {
    expect(needsNonce(path, false)).toBe(true);
    expect(fixedSource.test(path)).toBe(false);
  });
  it.each(["/", "/en", "/articles/x", "/staffing", "/en/previews", "/podcasts/staff", "/media/a.mp3"])("%s: the fixed policy", (path) => {
    expect(needsNonce(path, false)).toBe(false);
    expect(fixedSource.test(path)).toBe(true);
  });
  it("a draft-mode request anywhere gets a nonce", () => {
    expect(needsNonce("/articles/x", true)).toBe(true);
  });
});
