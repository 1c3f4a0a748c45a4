import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * The app's signing secret: NASHRA_SECRET in production; on a developer's
 * machine one is generated once and kept in .data/secret (outside git), so
 * the server and the scripts (seed, staff tools) agree without any setup.
 */
export function appSecret(): string {
  const fromEnv = process.env.NASHRA_SECRET;
  if (fromEnv && fromEnv.length >= 32) return fromEnv;
  if (process.env.NODE_ENV === "production" && process.env.NASHRA_REQUIRE_SECRET === "1") {
    throw new Error("NASHRA_SECRET (32+ characters) must be set");
  }
  const file = path.join(process.cwd(), ".data", "secret");
  try {
    const stored = readFileSync(file, "utf8").trim();
    if (stored.length >= 32) return stored;
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
