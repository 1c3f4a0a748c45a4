import { describe, expect, it } from "vitest";
import { redisProblem, sharedSecretProblem } from "./check-redis.mjs";

describe("an instance sharing a cache checks its configuration first", () => {
  it("names REDIS_URL when it is not a Redis URL", async () => {
    expect(await redisProblem("http://127.0.0.1:6379")).toMatch(/^REDIS_URL must start with redis:\/\//);
    expect(await redisProblem("not a url")).toMatch(/^REDIS_URL is not a valid URL/);
  });

  it("names REDIS_URL when nothing answers there, within seconds", async () => {
    expect(await redisProblem("redis://127.0.0.1:1")).toMatch(/^REDIS_URL: cannot reach Redis at 127\.0\.0\.1:1: /);
  });

  it("refuses the per-machine secret when instances share a cache", () => {
    expect(sharedSecretProblem({ REDIS_URL: "redis://r" })).toMatch(/^NASHRA_SECRET .* must be set when REDIS_URL is set/);
    expect(sharedSecretProblem({ REDIS_URL: "redis://r", NASHRA_SECRET: "short" })).toMatch(/^NASHRA_SECRET/);
    expect(sharedSecretProblem({ REDIS_URL: "redis://r", NASHRA_SECRET: "x".repeat(32) })).toBeNull();
    expect(sharedSecretProblem({})).toBeNull();
  });
});
