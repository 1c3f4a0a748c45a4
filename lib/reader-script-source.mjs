// @ts-check
/**
 * The reader script's text (lib/reader-script.js without the comments before its code),
 * as components/ui/reader-script.tsx inlines it and as scripts/serve.mjs
 * allows it by hash in reader pages' Content-Security-Policy: one function for
 * both, so the two can never differ.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";

const LEADING_COMMENT = /^\s*(?:\/\/[^\n]*(?:\n|$)|\/\*[\s\S]*?\*\/)/;

/** @param {string} [root] the project's folder (the server's working directory) */
export function readerScriptSource(root = process.cwd()) {
  let text = readFileSync(path.join(root, "lib", "reader-script.js"), "utf8");
  // The comments before the code (the file's header, `// @ts-check`) are not sent.
  for (let lead = LEADING_COMMENT.exec(text); lead; lead = LEADING_COMMENT.exec(text)) text = text.slice(lead[0].length);
  return text.trim();
}

/**
 * The CSP source that allows exactly this script.
 * @param {string} source
 */
export function scriptHashSource(source) {
  return `'sha256-${createHash("sha256").update(source, "utf8").digest("base64")}'`;
}
