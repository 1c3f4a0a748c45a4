import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

/** `npm run serve` with the given variables; it must stop before Next starts, with one line. */
function serve(env: Record<string, string>) {
  const result = spawnSync(process.execPath, [path.join("scripts", "serve.mjs")], {
    env: { PATH: process.env.PATH ?? "", NODE_ENV: "production", DATABASE_URL: "file:/nonexistent/nashra.db", PORT: "3329", ...env },
    encoding: "utf8",
    timeout: 30_000,
  });
  return { status: result.status, lines: result.stderr.trim().split("\n") };
}

describe("an instance that would share a cache checks its configuration before it starts", () => {
  it("stops with one line naming REDIS_URL when Redis is not there", () => {
    const { status, lines } = serve({ REDIS_URL: "redis://127.0.0.1:1", NASHRA_SECRET: "s".repeat(40) });
    expect(status).toBe(1);
    expect(lines).toEqual([expect.stringMatching(/^serve: REDIS_URL: cannot reach Redis at 127\.0\.0\.1:1: /)]);
  });

  it("stops with one line naming NASHRA_SECRET when the instances would not share one", () => {
    const { status, lines } = serve({ REDIS_URL: "redis://127.0.0.1:1" });
    expect(status).toBe(1);
    expect(lines).toEqual([expect.stringMatching(/^serve: NASHRA_SECRET .* must be set when REDIS_URL is set/)]);
  });

  it("stops with one line naming REDIS_URL when it is not a Redis URL", () => {
    const { status, lines } = serve({ REDIS_URL: "localhost:6379", NASHRA_SECRET: "s".repeat(40) });
    expect(status).toBe(1);
    expect(lines).toEqual([expect.stringMatching(/^serve: REDIS_URL must start with redis:\/\//)]);
  });
});
