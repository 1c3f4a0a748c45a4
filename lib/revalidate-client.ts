import { revalidateSecret } from "./secrets";

/**
 * This machine's own server, over loopback: the revalidation secret never
 * leaves the host (never SITE_URL, which may be a CDN or plain http).
 */
export function loopbackOrigin(): string {
  return `http://127.0.0.1:${process.env.PORT || 3000}`;
}

/**
 * Asks a running server to drop cached pages and reads for `tags`. Used by
 * out-of-process writers (the seed, CLI tools) and the scheduler's interval.
 * A server that is not running has nothing cached, so "unreachable" is fine.
 */
export async function revalidateRemote(tags: string[], origin = loopbackOrigin()): Promise<"done" | "no-server"> {
  try {
    const response = await fetch(`${origin}/api/revalidate`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${revalidateSecret()}` },
      body: JSON.stringify({ tags }),
      signal: AbortSignal.timeout(5_000),
    });
    if (!response.ok) throw new Error(`revalidate answered ${response.status}`);
    return "done";
  } catch (error) {
    if (error instanceof TypeError || (error as Error).name === "TimeoutError") return "no-server";
    throw error;
  }
}
