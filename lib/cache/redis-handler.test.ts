import { createRequire } from "node:module";
import { describe, expect, it, vi } from "vitest";

process.env.REDIS_TIMEOUT_MS = "100";
const require = createRequire(import.meta.url);
const { boundedClient, keyPrefix } = require("./redis-handler.cjs") as {
  boundedClient: <T extends object>(client: T) => T & { withAbortSignal: () => T };
  keyPrefix: (buildId?: string) => string;
};

describe("the shared cache never holds a request up", () => {
  it("gives up on a Redis that accepts the command but never answers, then fails fast for a second", async () => {
    vi.useFakeTimers();
    const get = vi.fn((_key: string) => new Promise<string>(() => {}));
    const client = boundedClient({ isReady: true, get });
    const answer = expect(client.withAbortSignal().get("k")).rejects.toThrow(/did not answer get in 100 ms/);
    await vi.advanceTimersByTimeAsync(100);
    await answer;
    await expect(client.get("k")).rejects.toThrow(/not answering/);
    expect(get).toHaveBeenCalledTimes(1);
    // A second later one command may try again.
    vi.setSystemTime(Date.now() + 1_001);
    const retry = expect(client.get("k")).rejects.toThrow(/did not answer/);
    await vi.advanceTimersByTimeAsync(100);
    await retry;
    expect(get).toHaveBeenCalledTimes(2);
    vi.useRealTimers();
  });

  it("passes answers and properties through", async () => {
    // Long after the silence above.
    vi.useFakeTimers();
    vi.setSystemTime(Date.now() + 60_000);
    const client = boundedClient({ isReady: true, get: async (k: string) => `v:${k}` });
    await expect(client.get("a")).resolves.toBe("v:a");
    expect(client.isReady).toBe(true);
    vi.useRealTimers();
  });

  it("keeps each build's keys apart unless REDIS_KEY_PREFIX says otherwise", () => {
    delete process.env.REDIS_KEY_PREFIX;
    expect(keyPrefix("abc123\n")).toBe("nashra:abc123:");
    process.env.REDIS_KEY_PREFIX = "run-7:";
    expect(keyPrefix("abc123")).toBe("run-7:");
    delete process.env.REDIS_KEY_PREFIX;
  });
});
