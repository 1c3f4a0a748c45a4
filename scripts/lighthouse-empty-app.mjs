/**
 * The peer of our pages' script bytes: an empty App Router page (a root layout and a
 * page with one paragraph, nothing else), built by scripts/peer-app.mjs and served by
 * `next start`.
 */
import { spawn } from "node:child_process";
import { rmSync } from "node:fs";
import { buildPeerApp } from "./peer-app.mjs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const next = path.join(root, "node_modules", ".bin", "next");

/** Builds and starts the empty app on LIGHTHOUSE_EMPTY_PORT (3690); returns its URL and a stop function. */
export async function startEmptyApp(port = Number(process.env.LIGHTHOUSE_EMPTY_PORT || 3690)) {
  const dir = path.join(root, "e2e", ".tmp", `lighthouse-empty-${port}`);
  const seconds = buildPeerApp(
    dir,
    {
      "app/layout.js": 'export default function Layout({ children }) {\n  return <html lang="en"><body>{children}</body></html>;\n}\n',
      "app/page.js": "export default function Page() {\n  return <p>Empty</p>;\n}\n",
    },
    "lighthouse: the empty App Router app",
  );
  console.log(`lighthouse: empty App Router app built in ${seconds.toFixed(0)} s (${dir})`);
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
