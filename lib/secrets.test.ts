import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { revalidateRemote } from "./revalidate-client";
import { appSecret, previewSecret, revalidateSecret, secretConfigError } from "./secrets";

const MAIN = "m".repeat(40);

afterEach(() => {
  vi.unstubAllEnvs();
  vi.unstubAllGlobals();
});

describe("secrets", () => {
  it("revalidation has its own secret: neither the main secret nor the preview-signing key", () => {
    vi.stubEnv("NASHRA_SECRET", MAIN);
    vi.stubEnv("NASHRA_REVALIDATE_SECRET", "");
    expect(revalidateSecret()).not.toBe(appSecret());
    expect(revalidateSecret()).not.toBe(previewSecret());
    expect(previewSecret()).not.toBe(appSecret());
    expect(revalidateSecret()).toHaveLength(43);
    // Derived, so every process of one installation agrees.
    expect(revalidateSecret()).toBe(revalidateSecret());
  });

  it("takes NASHRA_REVALIDATE_SECRET when it is set", () => {
    vi.stubEnv("NASHRA_SECRET", MAIN);
    vi.stubEnv("NASHRA_REVALIDATE_SECRET", "r".repeat(32));
    expect(revalidateSecret()).toBe("r".repeat(32));
  });

  it("names a short NASHRA_SECRET in one line, and production refuses it", () => {
    const problem = secretConfigError({ NASHRA_SECRET: "short" });
    expect(problem).toBe("NASHRA_SECRET is set but has 5 characters; it needs at least 32");
    expect(secretConfigError({ NASHRA_SECRET: MAIN })).toBeNull();
    expect(secretConfigError({})).toBeNull();
    vi.stubEnv("NASHRA_SECRET", "short");
    vi.stubEnv("NODE_ENV", "production");
    expect(() => appSecret()).toThrow(problem!);
  });
});

describe("revalidation calls", () => {
  it("go to this machine over loopback with the revalidation secret, never to SITE_URL", async () => {
    vi.stubEnv("NASHRA_SECRET", MAIN);
    vi.stubEnv("NASHRA_REVALIDATE_SECRET", "");
    vi.stubEnv("SITE_URL", "https://news.example");
    vi.stubEnv("PORT", "4321");
    const fetch = vi.fn(async () => new Response("{}", { status: 200 }));
    vi.stubGlobal("fetch", fetch);
    expect(await revalidateRemote(["home:ar"])).toBe("done");
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe("http://127.0.0.1:4321/api/revalidate");
    expect((init.headers as Record<string, string>).authorization).toBe(`Bearer ${revalidateSecret()}`);
    expect(JSON.stringify(init)).not.toContain(MAIN);
  });
});

describe("secrets at their edges", () => {
  it("32 characters are enough, 31 are not, for either variable", () => {
    expect(secretConfigError({ NASHRA_SECRET: "s".repeat(32) })).toBeNull();
    expect(secretConfigError({ NASHRA_SECRET: "s".repeat(31) })).toBe("NASHRA_SECRET is set but has 31 characters; it needs at least 32");
    expect(secretConfigError({ NASHRA_SECRET: MAIN, NASHRA_REVALIDATE_SECRET: "r".repeat(10) })).toBe(
      "NASHRA_REVALIDATE_SECRET is set but has 10 characters; it needs at least 32",
    );
    expect(secretConfigError({ NASHRA_SECRET: "" })).toBeNull();
  });

  it("each key changes with the main secret, and no two uses share one", () => {
    vi.stubEnv("NASHRA_REVALIDATE_SECRET", "");
    vi.stubEnv("NASHRA_SECRET", MAIN);
    const first = { preview: previewSecret(), revalidate: revalidateSecret() };
    vi.stubEnv("NASHRA_SECRET", "n".repeat(40));
    expect(previewSecret()).not.toBe(first.preview);
    expect(revalidateSecret()).not.toBe(first.revalidate);
    expect(first.preview).not.toBe(first.revalidate);
    expect(first.preview).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it("in production a short revalidation secret stops the server; elsewhere the derived key stands in", () => {
    vi.stubEnv("NASHRA_SECRET", MAIN);
    vi.stubEnv("NASHRA_REVALIDATE_SECRET", "short");
    vi.stubEnv("NODE_ENV", "development");
    expect(revalidateSecret()).toHaveLength(43);
    expect(revalidateSecret()).not.toBe("short");
    vi.stubEnv("NODE_ENV", "production");
    expect(() => revalidateSecret()).toThrow("NASHRA_REVALIDATE_SECRET is set but has 5 characters");
  });

  it("without NASHRA_SECRET a machine generates one once, keeps it private, and uses it again", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "nashra-secret-"));
    const cwd = vi.spyOn(process, "cwd").mockReturnValue(dir);
    try {
      vi.stubEnv("NASHRA_SECRET", "");
      vi.stubEnv("NODE_ENV", "development");
      const generated = appSecret();
      expect(generated).toMatch(/^[A-Za-z0-9_-]{43}$/);
      const file = path.join(dir, ".data", "secret");
      expect(readFileSync(file, "utf8")).toBe(`${generated}\n`);
      expect(statSync(file).mode & 0o777).toBe(0o600);
      expect(appSecret()).toBe(generated);
      // Production with NASHRA_REQUIRE_SECRET=1 never falls back to a generated secret.
      vi.stubEnv("NODE_ENV", "production");
      vi.stubEnv("NASHRA_REQUIRE_SECRET", "1");
      expect(() => appSecret()).toThrow("NASHRA_SECRET (32+ characters) must be set");
    } finally {
      cwd.mockRestore();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
