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
