// @ts-check
/**
 * Before an instance starts with REDIS_URL (several instances sharing one cache):
 * is Redis there, and do the instances share their secrets? Each problem is one
 * line naming the variable, never a stack trace.
 */
import { createClient } from "redis";

/** @param {string} url @returns {Promise<string | null>} the problem, or null */
export async function redisProblem(url) {
  let where = "";
  try {
    const u = new URL(url);
    if (u.protocol !== "redis:" && u.protocol !== "rediss:") return `REDIS_URL must start with redis:// or rediss://, not "${u.protocol}"`;
    where = `${u.hostname}:${u.port || 6379}`;
  } catch {
    return "REDIS_URL is not a valid URL (redis://host:6379)";
  }
  const client = createClient({ url, socket: { connectTimeout: 2_000, reconnectStrategy: false } });
  client.on("error", () => {});
  try {
    await Promise.race([
      client.connect().then(() => client.ping()),
      new Promise((_, reject) => setTimeout(() => reject(new Error("no answer in 3 s")), 3_000).unref()),
    ]);
    return null;
  } catch (error) {
    return `REDIS_URL: cannot reach Redis at ${where}: ${/** @type {Error} */ (error).message || "connection failed"}`;
  } finally {
    if (client.isOpen) client.destroy();
  }
}

/**
 * Instances behind one edge must sign and check the same sessions and preview
 * links: a secret generated on this machine (.data/secret) would differ per host.
 * @param {Record<string, string | undefined>} env
 */
export function sharedSecretProblem(env = process.env) {
  if (!env.REDIS_URL) return null;
  const secret = env.NASHRA_SECRET ?? "";
  if (secret.length < 32)
    return "NASHRA_SECRET (32+ characters, the same on every instance) must be set when REDIS_URL is set; the per-machine generated secret cannot be shared";
  return null;
}
