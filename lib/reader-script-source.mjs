// @ts-check
/**
 * The reader script's text (lib/reader-script.js without its header comment),
 * as components/ui/reader-script.tsx inlines it and as scripts/serve.mjs
 * allows it by hash in reader pages' Content-Security-Policy: one function for
 * both, so the two can never differ.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";

/** @param {string} [root] the project's folder (the server's working directory) */
export function readerScriptSource(root = process.cwd()) {
  const file = readFileSync(path.join(root, "lib", "reader-script.js"), "utf8");
  return file.replace(/^\/\/ @ts-check\n\/\*\*[\s\S]*?\*\/\n/, "").trim();
}

/**
 * The CSP source that allows exactly this script.
 * @param {string} source
 */
export function scriptHashSource(source) {
  return `'sha256-${createHash("sha256").update(source, "utf8").digest("base64")}'`;
}
