import { appSecret } from "./secrets";
import { siteUrl } from "./paths";

/**
 * Asks a running server to drop cached pages and reads for `tags`. Used by
 * out-of-process writers (the seed, CLI tools). A server that is not running
 * has nothing cached, so "unreachable" is fine.
 */
export async function revalidateRemote(tags: string[], origin = siteUrl()): Promise<"done" | "no-server"> {
  try {
    const response = await fetch(`${origin}/api/revalidate`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${appSecret()}` },
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
