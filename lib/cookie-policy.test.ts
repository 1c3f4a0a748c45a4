import { createRequire } from "node:module";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { hostCookieName, secureAttribute } from "./cookie-policy";

type Header = { key: string; value: string };
type NextConfig = { headers: () => Promise<{ source: string; headers: Header[] }[]> };

/** next.config.js as `next build` reads it, with SITE_URL as given. */
async function configuredHeaders(siteUrl: string): Promise<Header[]> {
  vi.stubEnv("SITE_URL", siteUrl);
  const require = createRequire(import.meta.url);
  const file = path.join(process.cwd(), "next.config.js");
  delete require.cache[require.resolve(file)];
  const config = require(file) as NextConfig;
  return (await config.headers()).find((h) => h.source === "/:path*")!.headers;
}

afterEach(() => vi.unstubAllEnvs());

describe("served over https", () => {
  it("every response carries HSTS; over http none does", async () => {
    expect(await configuredHeaders("https://nashra.example")).toContainEqual({ key: "Strict-Transport-Security", value: "max-age=31536000" });
    expect((await configuredHeaders("http://localhost:3000")).map((h) => h.key)).not.toContain("Strict-Transport-Security");
  });

  it("cookies get the __Host- prefix and Secure", () => {
    expect(hostCookieName("nashra_staff", { SITE_URL: "https://nashra.example" })).toBe("__Host-nashra_staff");
    expect(hostCookieName("nashra_staff", { SITE_URL: "http://localhost:3000" })).toBe("nashra_staff");
    expect(secureAttribute({ SITE_URL: "https://nashra.example" })).toBe("; Secure");
    expect(secureAttribute({ SITE_URL: "http://localhost:3000" })).toBe("");
  });
});
