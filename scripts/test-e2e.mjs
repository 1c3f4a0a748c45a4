#!/usr/bin/env node
/**
 * `npm run test:e2e`: the Playwright suite once per engine in E2E_ENGINES
 * (comma-separated: sqlite, postgres; default sqlite, so a fresh clone needs no
 * database server). CI runs both. Each engine gets its own port, build folder and
 * fresh database; arguments are passed to Playwright.
 */
import { spawnSync } from "node:child_process";

const engines = (process.env.E2E_ENGINES || "sqlite").split(",").map((e) => e.trim()).filter(Boolean);
const ports = { sqlite: process.env.E2E_PORT || "3100", postgres: process.env.E2E_POSTGRES_PORT || "3110" };
let failed = 0;
for (const engine of engines) {
  if (!(engine in ports)) {
    console.error(`test:e2e: unknown engine "${engine}" in E2E_ENGINES (sqlite, postgres)`);
    process.exit(2);
  }
  console.log(`\ntest:e2e: ${engine} on port ${ports[engine]}`);
  const result = spawnSync("npx", ["playwright", "test", ...process.argv.slice(2)], {
    stdio: "inherit",
    env: { ...process.env, E2E_ENGINE: engine, E2E_PORT: ports[engine] },
  });
  if (result.status !== 0) {
    failed += 1;
    console.error(`test:e2e: ${engine} failed (exit ${result.status})`);
  }
}
process.exit(failed ? 1 : 0);
