import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { edgeConf, parseEdgeArgs, writeEdge } from "./edge-conf.mjs";

const base = ["--listen", "8080", "--upstream", "127.0.0.1:3001", "--upstream", "10.0.0.2:3000", "--dir", "/srv/edge"];

describe("npm run edge:conf", () => {
  it("refuses what nginx could not run, naming the flag", () => {
    expect(() => parseEdgeArgs(["--upstream", "a:1", "--dir", "x"])).toThrow(/--listen/);
    expect(() => parseEdgeArgs(["--listen", "80", "--dir", "x"])).toThrow(/--upstream/);
    expect(() => parseEdgeArgs(["--listen", "80", "--upstream", "http://a:1", "--dir", "x"])).toThrow(/--upstream must be HOST:PORT/);
    expect(() => parseEdgeArgs(["--listen", "80", "--upstream", "a:1"])).toThrow(/--dir/);
    expect(() => parseEdgeArgs([...base, "--fresh", "0"])).toThrow(/--fresh/);
    expect(() => parseEdgeArgs([...base, "--bogus"])).toThrow();
  });

  it("keys the cache on the consent variant read from the app's cookie, never on the Cookie header", () => {
    const conf = edgeConf(parseEdgeArgs(base, {}));
    const key = /proxy_cache_key "([^"]+)"/.exec(conf)?.[1] ?? "";
    expect(key).toContain("$nashra_variant");
    expect(key).not.toMatch(/\$http_cookie|\$cookie_/);
    expect(conf).toContain('"~(?:^|;)\\s*nashra_consent=v0*1\\.(?<choice>granted|denied)');
    // Over https the app reads the __Host- cookie (lib/cookie-policy.ts); so does the edge.
    expect(edgeConf(parseEdgeArgs(base, { SITE_URL: "https://news.example" }))).toContain("__Host-nashra_consent=v0*1");
  });

  it("keeps staff, previews, the API, sessions and draft mode out of the cache", () => {
    const conf = edgeConf(parseEdgeArgs(base, {}));
    expect(conf).toMatch(/proxy_cache_bypass \$nashra_private_cookie \$nashra_private_path;/);
    expect(conf).toMatch(/proxy_no_cache \$nashra_private_cookie \$nashra_private_path \$nashra_upstream_private \$nashra_variant_mismatch;/);
    expect(conf).toContain("(?:__Host-)?nashra_staff=");
    expect(conf).toContain("__prerender_bypass=");
    expect(conf).toContain("(?:staff|preview)");
    expect(conf).toMatch(/server 127\.0\.0\.1:3001 .*;\n\s+server 10\.0\.0\.2:3000 /);
    expect(conf).toContain("proxy_cache_use_stale error timeout updating http_500 http_502 http_503 http_504;");
  });

  it.skipIf(!existsSync("/usr/sbin/nginx"))("writes a configuration Debian's nginx accepts as it is, without root paths", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "nashra-edge-"));
    const file = writeEdge(parseEdgeArgs(["--listen", "127.0.0.1:3339", "--upstream", "127.0.0.1:3320", "--dir", dir, "--foreground"], {}));
    expect(readFileSync(file, "utf8")).not.toMatch(/\/var\/|\/etc\//);
    const out = execFileSync("/usr/sbin/nginx", ["-t", "-p", dir, "-c", file, "-e", path.join(dir, "logs", "error.log")], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    });
    expect(out).toBe("");
  });
});
