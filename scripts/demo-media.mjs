/**
 * Copies the demo newsroom's committed media (prisma/seed/media) into the
 * media folder. A file already there is left alone; each copy is written to a
 * temporary name and renamed, so instances sharing the folder never read half
 * a file.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const demoMediaSource = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "prisma", "seed", "media");

/** Returns how many files were copied. */
export function copyDemoMedia(target, source = demoMediaSource) {
  let copied = 0;
  mkdirSync(target, { recursive: true });
  for (const entry of readdirSync(source, { withFileTypes: true })) {
    const from = path.join(source, entry.name);
    const to = path.join(target, entry.name);
    if (entry.isDirectory()) copied += copyDemoMedia(to, from);
    else if (entry.isFile() && !existsSync(to)) {
      const temp = `${to}.${process.pid}.${Date.now()}.tmp`;
      copyFileSync(from, temp);
      renameSync(temp, to);
      copied += 1;
    }
  }
  return copied;
}
