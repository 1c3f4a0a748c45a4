import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { e2eDistDir } from "../scripts/e2e-env.mjs";
import { cpSync, existsSync, mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { expect, request as http, test } from "@playwright/test";
import { port } from "./support/staff";

/**
 * `npm start`'s own path (scripts/start.mjs) on a database with no staff
 * account, on a spare port. The build is a copy of the e2e server's (same
 * sources), so no second build is needed; the database gets its content
 * first (migrate + seed), because start.mjs drops the build folder when it
 * seeds an empty database itself.
 */
const root = process.cwd();
const spare = port + 50;
const tmp = path.join(root, "e2e", ".tmp", `first-run-${port}`);
const builtDir = e2eDistDir(String(port));
const distDir = path.relative(root, path.join(tmp, "next"));
const bin = (name: string) => path.join(root, "node_modules", ".bin", name);

let server: ChildProcess | undefined;

test.afterAll(async () => {
  if (server?.pid) process.kill(-server.pid, "SIGTERM");
  await new Promise((resolve) => setTimeout(resolve, 1000));
  // The copy must not outlive the test: its generated types would join the project's type check.
  rmSync(tmp, { recursive: true, force: true });
});

test("on a database with no staff, npm start creates one admin and prints its password once; the old demo password opens nothing", async () => {
  test.setTimeout(240_000);
  expect(existsSync(path.join(root, builtDir, "BUILD_ID")), `the e2e build in ${builtDir}`).toBe(true);
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(spare),
    DATABASE_URL: `file:${path.join(tmp, "first.db")}`,
    SITE_URL: `http://localhost:${spare}`,
    NEXT_DIST_DIR: distDir,
  };
  delete env.NASHRA_TRUST_PROXY;
  delete env.NASHRA_LOGIN_GLOBAL_LIMIT;
  for (const [cmd, args] of [
    [bin("prisma"), ["migrate", "deploy"]],
    [bin("tsx"), ["prisma/seed/run.ts"]],
  ] as const) {
    expect(spawnSync(cmd, [...args], { env, cwd: root, stdio: "ignore" }).status).toBe(0);
  }
  // The server needs the build itself, not Next's cache or the generated route types.
  const skip = ["cache", "types", "dev"].map((d) => path.join(root, builtDir, d));
  cpSync(path.join(root, builtDir), path.join(root, distDir), {
    recursive: true,
    filter: (src) => !skip.some((d) => src === d || src.startsWith(d + path.sep)),
  });

  let output = "";
  const child = spawn(process.execPath, ["scripts/start.mjs"], { env, cwd: root, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  server = child;
  child.stdout!.on("data", (d) => (output += d));
  child.stderr!.on("data", (d) => (output += d));

  const site = await http.newContext({ baseURL: `http://localhost:${spare}` });
  // Wait for the server; a copied build that is not current (sources changed since) would start a long build: stop at once.
  const giveUp = Date.now() + 180_000;
  for (let status = 0; status !== 200; status = (await site.get("/staff/login").catch(() => null))?.status() ?? 0) {
    expect(output, "the e2e build must match the sources (rerun after the e2e server rebuilt)").not.toContain("Creating an optimized production build");
    expect(Date.now(), `server on port ${spare} did not answer:\n${output}`).toBeLessThan(giveUp);
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }

  const email = /^start:\s+email\s+(\S+)$/m.exec(output)?.[1];
  const password = /^start:\s+password\s+(\S+)$/m.exec(output)?.[1];
  expect(output).toContain(`sign in at  http://localhost:${spare}/staff/login`);
  expect(email).toBe("admin@localhost");
  expect(password).toMatch(/^[A-Za-z0-9_-]{24}$/);
  expect(output.split(password!).length - 1).toBe(1); // printed once

  const form = (e: string, p: string) => ({ form: { email: e, password: p, locale: "ar" }, headers: { origin: `http://localhost:${spare}` }, maxRedirects: 0 });
  // The budget across accounts counts per aligned 15-minute window, and every failed check from here
  // on (the demo password's included) is counted below: start well inside one window.
  const intoWindow = Date.now() % (15 * 60_000);
  if (intoWindow > 14 * 60_000) await new Promise((resolve) => setTimeout(resolve, 15 * 60_000 - intoWindow + 1000));
  const demo = await site.post("/api/staff/login", form("editor@nashra.example", "nashra-demo-2026"));
  expect(demo.headers()["location"]).toBe("/staff/login?error=invalid");
  expect(demo.headers()["set-cookie"]).toBeUndefined();

  const admin = await site.post("/api/staff/login", form(email!, password!));
  expect(admin.headers()["location"]).toBe("/staff");
  const cookie = admin.headers()["set-cookie"]!.split(";")[0];
  const desk = await site.get("/staff", { headers: { cookie }, maxRedirects: 0 });
  expect(desk.status()).toBe(200);
  expect(await desk.text()).toContain("مكتب التحرير");

  // The sign-in limit as `npm start` runs it: no trusted proxy, so X-Forwarded-For is ignored and
  // only the per-account limit and the budget across accounts stand between an attacker and argon2.
  const from = (i: number) => ({ "x-forwarded-for": `198.51.100.${i}` });
  const attempt = (e: string, p: string, i: number) =>
    site.post("/api/staff/login", { ...form(e, p), headers: { origin: `http://localhost:${spare}`, ...from(i) } });
  const onOneAccount = await Promise.all(Array.from({ length: 20 }, (_, i) => attempt(email!, `wrong-${i}`, i)));
  const statuses = onOneAccount.map((r) => r.status());
  expect(statuses.filter((s) => s === 303)).toHaveLength(5);
  expect(statuses.filter((s) => s === 429)).toHaveLength(15);
  expect((await attempt(email!, password!, 99)).status(), "the right password waits too").toBe(429);

  // Spraying: one wrong password for each of 110 accounts. The demo-password try and the 5 failures above
  // used 6 of the 100 checks the site allows per 15 minutes across all accounts (NASHRA_LOGIN_GLOBAL_LIMIT's
  // default; the throttled tries and the successful sign-in used none).
  const sprayed = await Promise.all(Array.from({ length: 110 }, (_, i) => attempt(`sprayed-${i}@nashra.example`, "Winter2026!", i)));
  const sprayStatuses = sprayed.map((r) => r.status());
  expect(sprayStatuses.filter((s) => s === 303)).toHaveLength(94);
  expect(sprayStatuses.filter((s) => s === 429)).toHaveLength(16);
  expect(Number(sprayed.find((r) => r.status() === 429)!.headers()["retry-after"])).toBeGreaterThan(0);
  await site.dispose();
});

test("npm start refuses a NASHRA_SECRET shorter than 32 characters with one line naming it", () => {
  const result = spawnSync(process.execPath, ["scripts/start.mjs"], {
    env: { ...process.env, PORT: String(spare), NASHRA_SECRET: "too-short-a-secret", DATABASE_URL: `file:${path.join(tmp, "never.db")}` },
    cwd: root,
    encoding: "utf8",
    // Were the check missing, start.mjs would go on to serve: never wait for that.
    timeout: 60_000,
  });
  expect(result.status).toBe(1);
  expect(result.stderr.trim()).toBe("start: NASHRA_SECRET is set but has 18 characters; it needs at least 32");
  expect(result.stdout).not.toContain("migrate");
  expect(existsSync(path.join(tmp, "never.db"))).toBe(false);
});
