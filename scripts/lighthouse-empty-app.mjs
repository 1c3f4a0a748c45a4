/**
 * The peer of our pages' script bytes: an empty App Router page (a root layout and a
 * page with one paragraph, nothing else), built with our own node_modules in a scratch
 * folder inside the project (Turbopack compiles nothing outside its workspace, so a
 * folder in /tmp with node_modules symlinked does not build) and served by `next start`.
 */
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const next = path.join(root, "node_modules", ".bin", "next");

/** Builds and starts the empty app on LIGHTHOUSE_EMPTY_PORT (3690); returns its URL and a stop function. */
export async function startEmptyApp(port = Number(process.env.LIGHTHOUSE_EMPTY_PORT || 3690)) {
  const dir = path.join(root, "e2e", ".tmp", `lighthouse-empty-${port}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, "app"), { recursive: true });
  writeFileSync(path.join(dir, "next.config.js"), "module.exports = { poweredByHeader: false };\n");
  writeFileSync(
    path.join(dir, "app", "layout.js"),
    'export default function Layout({ children }) {\n  return <html lang="en"><body>{children}</body></html>;\n}\n',
  );
  writeFileSync(path.join(dir, "app", "page.js"), "export default function Page() {\n  return <p>Empty</p>;\n}\n");
  const started = Date.now();
  const build = spawnSync(next, ["build"], { cwd: dir, encoding: "utf8", env: { ...process.env, NODE_ENV: "production" } });
  if (build.status !== 0) throw new Error(`lighthouse: the empty App Router app did not build:\n${build.stdout}\n${build.stderr}`);
  console.log(`lighthouse: empty App Router app built in ${((Date.now() - started) / 1000).toFixed(0)} s (${dir})`);
  const child = spawn(next, ["start", "-p", String(port)], { cwd: dir, stdio: "ignore", detached: true, env: { ...process.env, NODE_ENV: "production" } });
  const stop = () => {
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {}
    rmSync(dir, { recursive: true, force: true });
  };
  const url = `http://localhost:${port}/`;
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(url)).ok) return { url, stop };
    } catch {}
    await new Promise((r) => setTimeout(r, 500));
  }
  stop();
  throw new Error(`lighthouse: the empty App Router app did not answer on ${url}`);
}
