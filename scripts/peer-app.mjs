// @ts-check
/**
 * The throwaway Next apps the benchmarks compare our pages with (a bare route
 * returning the same bytes, an empty App Router page): written into `dir`, a
 * folder inside the project (Turbopack compiles nothing outside its workspace,
 * and node_modules resolves from the project's own), and built with `next build`.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/**
 * @param {string} dir
 * @param {Record<string, string | Buffer>} files paths relative to `dir`; a next.config.js without the X-Powered-By header unless given
 * @param {string} label what the error names when the build fails
 * @returns {number} seconds the build took
 */
export function buildPeerApp(dir, files, label) {
  rmSync(dir, { recursive: true, force: true });
  for (const [name, content] of Object.entries({ "next.config.js": "module.exports = { poweredByHeader: false };\n", ...files })) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  const started = Date.now();
  const build = spawnSync(path.join(root, "node_modules", ".bin", "next"), ["build"], {
    cwd: dir,
    encoding: "utf8",
    env: { ...process.env, NODE_ENV: "production" },
  });
  if (build.status !== 0) throw new Error(`${label} did not build:\n${build.stdout}\n${build.stderr}`);
  return (Date.now() - started) / 1000;
}
