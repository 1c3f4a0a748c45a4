import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { expect, test } from "@playwright/test";
import { rozanaPath } from "./support/seo";

const run = promisify(execFile);

type Result = { url: string; scores: Record<string, number>; seoFailures: string[] };

test.describe("Lighthouse", () => {
  // Two full Lighthouse runs on a shared 2-core machine: minutes, not seconds. Not a timing test.
  test.setTimeout(600_000);

  test("the home page and the seed article score 100 for SEO", async ({ baseURL }) => {
    const urls = [`${baseURL}/`, `${baseURL}${rozanaPath}`];
    const { stdout } = await run(process.execPath, ["scripts/lighthouse.mjs", "--no-baseline", ...urls], {
      timeout: 540_000,
      maxBuffer: 10 * 1024 * 1024,
    }).catch((error: { stdout?: string; stderr?: string }) => {
      // Exit 1 means SEO < 100: report the scores rather than a bare exit code.
      return { stdout: error.stdout ?? "", stderr: error.stderr ?? "" };
    });
    const line = stdout.split("\n").find((l) => l.startsWith("LIGHTHOUSE_JSON "));
    expect(line, stdout).toBeTruthy();
    const results = JSON.parse(line!.slice("LIGHTHOUSE_JSON ".length)) as Result[];
    expect(results.map((r) => r.url)).toEqual(urls);
    for (const r of results) {
      test.info().annotations.push({ type: "lighthouse", description: `${r.url} ${JSON.stringify(r.scores)}` });
      expect(r.seoFailures, r.url).toEqual([]);
      expect(r.scores.seo, r.url).toBe(100);
    }
  });
});
