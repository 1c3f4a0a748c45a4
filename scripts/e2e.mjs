#!/usr/bin/env node
/**
 * `npm run test:e2e`: the readers (pristine seed, read only), then the
 * writers, as two Playwright runs. A failing reader does not stop the
 * writers from running (a project dependency would skip them all), and the
 * exit code is non-zero if either run failed. Extra arguments go to both runs.
 * With E2E_JSON=<file>, each run writes <file>.readers.json / <file>.writers.json.
 */
import { spawnSync } from "node:child_process";

const args = process.argv.slice(2);
let failed = false;
for (const project of ["readers", "writers"]) {
  const env = { ...process.env };
  if (process.env.E2E_JSON) env.E2E_JSON = `${process.env.E2E_JSON}.${project}.json`;
  const run = spawnSync("npx", ["playwright", "test", "--project", project, ...args], { stdio: "inherit", env });
  if (run.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
