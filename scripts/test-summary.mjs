#!/usr/bin/env node
/**
 * Prints the counts of a test run from the reporters' JSON files in a folder
 * (TEST_REPORT_DIR of `npm test`): unit.json from Vitest, e2e.<engine>.<project>.json
 * from Playwright. Ends with one line "N passed, N failed, N skipped".
 *   node scripts/test-summary.mjs <dir>
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const dir = process.argv[2];
const files =
  dir && existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith(".json"))
        .sort()
    : [];
const rows = [];
for (const file of files) {
  const data = JSON.parse(readFileSync(path.join(dir, file), "utf8"));
  const name = file.replace(/\.json$/, "").replace(/\./g, " ");
  if (file === "unit.json") rows.unshift([name, data.numPassedTests, data.numFailedTests, (data.numPendingTests ?? 0) + (data.numTodoTests ?? 0)]);
  else rows.push([name, data.stats.expected + data.stats.flaky, data.stats.unexpected, data.stats.skipped]);
}
if (!files.includes("unit.json")) console.log("unit: did not report");
for (const [name, passed, failed, skipped] of rows) console.log(`${name}: ${passed} passed, ${failed} failed, ${skipped} skipped`);
const total = rows.reduce((t, r) => [t[0] + r[1], t[1] + r[2], t[2] + r[3]], [0, 0, 0]);
console.log(`${total[0]} passed, ${total[1]} failed, ${total[2]} skipped`);
