import path from "node:path";

/**
 * The one media folder: NASHRA_MEDIA_DIR, else `<repo>/.data/media`. Every
 * instance of the app reads the same folder (a shared volume at scale); the
 * app never serves media from public/, so nothing bypasses the visibility check.
 */
export function mediaDir(): string {
  const fromEnv = process.env.NASHRA_MEDIA_DIR?.trim();
  return path.resolve(fromEnv || path.join(process.cwd(), ".data", "media"));
}
