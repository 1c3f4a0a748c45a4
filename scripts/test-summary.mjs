#!/usr/bin/env node
/**
 * Prints the counts of a test run from the reporters' JSON files:
 *   node scripts/test-summary.mjs <vitest.json> <playwright.json>...
 * A missing file (that part did not run) is reported as such.
 */
import { existsSync, readFileSync } from "node:fs";

const [unitFile, ...e2eFiles] = process.argv.slice(2);
const read = (f) => (f && existsSync(f) ? JSON.parse(readFileSync(f, "utf8")) : null);

const rows = [];
const unit = read(unitFile);
if (unit) rows.push(["unit", unit.numPassedTests, unit.numFailedTests, (unit.numPendingTests ?? 0) + (unit.numTodoTests ?? 0)]);
else console.log("unit: did not report");
for (const file of e2eFiles) {
  const e2e = read(file);
  const name = `e2e${/\.(readers|writers)\.json$/.exec(file ?? "")?.[1] ? ` ${/\.(readers|writers)\.json$/.exec(file)[1]}` : ""}`;
  if (e2e) rows.push([name, e2e.stats.expected + e2e.stats.flaky, e2e.stats.unexpected, e2e.stats.skipped]);
  else console.log(`${name}: did not report`);
}

for (const [name, passed, failed, skipped] of rows) console.log(`${name}: ${passed} passed, ${failed} failed, ${skipped} skipped`);
const total = rows.reduce((t, r) => [t[0] + r[1], t[1] + r[2], t[2] + r[3]], [0, 0, 0]);
console.log(`${total[0]} passed, ${total[1]} failed, ${total[2]} skipped`);
