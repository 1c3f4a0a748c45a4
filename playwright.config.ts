import { defineConfig, devices } from "@playwright/test";
import { existsSync } from "node:fs";

const port = Number(process.env.E2E_PORT || 3100);
const baseURL = `http://localhost:${port}`;

/**
 * Chromium: CHROMIUM_PATH, else Debian's /usr/bin/chromium, else Playwright's
 * own download (on a laptop that ran `npx playwright install`).
 */
const executablePath = process.env.CHROMIUM_PATH || (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

/**
 * Specs that write content (staff actions, test-only rows, revalidation) run
 * after the ones that read the pristine seed, one file at a time: exact
 * counts, cache hits and "nothing hidden anywhere" stay meaningful.
 */
const writers = [
  "csp",
  "episode-editor",
  "feeds",
  "front-page",
  "images",
  "inert-titles",
  "media-access",
  "most-read",
  "no-leak",
  "related-links",
  "revisions",
  "roles",
  "staff-accounts",
  "desk-lists",
  "search-writers",
  "security-accounts",
  "seasons",
  "seed-revalidation",
  "sitemaps",
  "staff-auth",
  "staff-editor",
  "staff-episodes",
  "staff-preview",
  "staff-publishing",
  "status-codes",
].map((name) => `**/${name}.spec.ts`);

export default defineConfig({
  testDir: "e2e",
  // Per port, so suites run side by side don't wipe each other's traces.
  outputDir: `test-results/${port}`,
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  // One worker: two cores are shared with the server, and writers must not overlap.
  workers: 1,
  // E2E_JSON=<file> also writes the counts for CI's summary (.ci/run).
  reporter: process.env.E2E_JSON ? [["list"], ["json", { outputFile: process.env.E2E_JSON }]] : [["list"]],
  timeout: 30_000,
  use: {
    baseURL,
    locale: "en-US",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath,
      args: ["--disable-quic", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  projects: [
    { name: "readers", testIgnore: [...writers, "**/scale.spec.ts"], use: { ...devices["Desktop Chrome"] } },
    // No project dependency: it would skip every writer when one reader fails. `npm run test:e2e`
    // (scripts/e2e.mjs) runs readers, then writers; a bare `playwright test` lists them in this order.
    { name: "writers", testMatch: writers, use: { ...devices["Desktop Chrome"] } },
    // Two instances, Redis and the nginx edge, all started by scripts/scale-test.mjs (`npm run test:scale`).
    { name: "scale", testMatch: "**/scale.spec.ts", use: { ...devices["Desktop Chrome"] } },
  ],
  // scripts/e2e.mjs starts the server once for both runs (E2E_EXTERNAL_SERVER); a bare `playwright test` starts its own.
  webServer: process.env.E2E_EXTERNAL_SERVER
    ? undefined
    : {
        // A fresh database and its own build folder, so tests never touch the dev data.
        command: "node scripts/e2e-server.mjs",
        url: `${baseURL}/`,
        timeout: 300_000,
        reuseExistingServer: !process.env.CI,
        env: { PORT: String(port) },
        stdout: "pipe",
        stderr: "pipe",
      },
});
