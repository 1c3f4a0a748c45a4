import { hkdfSync, randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

export const MIN_SECRET_LENGTH = 32;

/**
 * What is wrong with the configured secrets, as one line naming the
 * variable, or null. A secret that is set but short is an error in
 * production (npm start and the server refuse to start) rather than being
 * silently replaced by the generated one.
 */
export function secretConfigError(env: Record<string, string | undefined> = process.env): string | null {
  for (const name of ["NASHRA_SECRET", "NASHRA_REVALIDATE_SECRET"] as const) {
    const value = env[name];
    if (value !== undefined && value !== "" && value.length < MIN_SECRET_LENGTH) {
      return `${name} is set but has ${value.length} characters; it needs at least ${MIN_SECRET_LENGTH}`;
    }
  }
  return null;
}

/**
 * The app's main secret: NASHRA_SECRET in production; on a developer's
 * machine one is generated once and kept in .data/secret (outside git), so
 * the server and the scripts (seed, staff tools) agree without any setup.
 * It is never used as a key itself: each use derives its own (below).
 */
export function appSecret(): string {
  const fromEnv = process.env.NASHRA_SECRET;
  if (fromEnv && fromEnv.length >= MIN_SECRET_LENGTH) return fromEnv;
  const problem = secretConfigError();
  if (problem && process.env.NODE_ENV === "production") throw new Error(problem);
  if (process.env.NODE_ENV === "production" && process.env.NASHRA_REQUIRE_SECRET === "1") {
    throw new Error(`NASHRA_SECRET (${MIN_SECRET_LENGTH}+ characters) must be set`);
  }
  const file = path.join(process.cwd(), ".data", "secret");
  try {
    const stored = readFileSync(file, "utf8").trim();
    if (stored.length >= MIN_SECRET_LENGTH) return stored;
  } catch {
    // not there yet
  }
  const secret = randomBytes(32).toString("base64url");
  mkdirSync(path.dirname(file), { recursive: true });
  try {
    writeFileSync(file, `${secret}\n`, { flag: "wx", mode: 0o600 });
    return secret;
  } catch {
    // another process wrote it first: use theirs
    return readFileSync(file, "utf8").trim();
  }
}

/** A key for one purpose, derived from the main secret with HKDF-SHA256 and a label of its own. */
export function derivedKey(label: "preview-token" | "revalidate"): string {
  return Buffer.from(hkdfSync("sha256", appSecret(), "nashra", `nashra/${label}/v1`, 32)).toString("base64url");
}

/** Signs preview-link tokens. */
export function previewSecret(): string {
  return derivedKey("preview-token");
}

/**
 * Authorises POST /api/revalidate (the scheduler, seed and CLI tools calling
 * the server over loopback): NASHRA_REVALIDATE_SECRET when set, else derived
 * from the main secret. Knowing it signs no preview link.
 */
export function revalidateSecret(): string {
  const fromEnv = process.env.NASHRA_REVALIDATE_SECRET;
  if (fromEnv && fromEnv.length >= MIN_SECRET_LENGTH) return fromEnv;
  const problem = secretConfigError();
  if (problem && process.env.NODE_ENV === "production") throw new Error(problem);
  return derivedKey("revalidate");
}
