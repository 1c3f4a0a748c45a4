import { defineConfig } from "vitest/config";
import path from "node:path";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // lib/data marks itself server-only; under Vitest that guard has nothing to guard.
      "server-only": path.resolve(import.meta.dirname, "lib/testing/empty-module.ts"),
    },
  },
  test: {
    include: ["lib/**/*.test.ts", "i18n/**/*.test.ts", "prisma/**/*.test.ts", "scripts/**/*.test.ts"],
    environment: "node",
    // argon2 and real database files on a loaded 2-core machine: 5 s is too tight for a correct test.
    testTimeout: 30_000,
    // TEST_REPORT_DIR (set by .ci/run) also writes the counts for scripts/test-summary.mjs.
    reporters: process.env.TEST_REPORT_DIR ? ["default", ["json", { outputFile: `${process.env.TEST_REPORT_DIR}/unit.json` }]] : ["default"],
    pool: "forks",
  },
});
