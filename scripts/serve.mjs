#!/usr/bin/env node
/**
 * `npm run serve`: one app instance of an existing build on PORT, nothing else
 * (no migrate, seed or build; `npm start` does those first and then runs this).
 *
 * Next's own server is wrapped by a thin guard that answers, before Next sees
 * them, the requests Next would turn into a 500:
 *   - methods no route takes (TRACE, CONNECT, PROPFIND ...): 405 with Allow;
 *   - a declared body larger than NASHRA_MAX_BODY_BYTES (1 MiB): 413; a body
 *     without a declared length (chunked, so possibly endless): 411;
 *   - a dot segment in the raw path (`/x/%2e%2e/staff`), which URL parsing would
 *     silently resolve to another page, or percent-encoding that does not decode
 *     (`/media/%zz`, which Next answers with a 500): the 404 page;
 * strips the internal rewrite headers from every response, replaces Next's
 * script-only error shells with complete pages (scripts/error-shell.mjs), and
 * sends reader pages without Next's client runtime (scripts/next-runtime.mjs).
 */
import http from "node:http";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import next from "next";
import { editionOfPath, errorPageHtml } from "../lib/error-page.mjs";
import { databaseProblem } from "./check-database.mjs";
import { redisProblem, sharedSecretProblem } from "./check-redis.mjs";
import { guardResponse, hasDotSegment, hasUndecodablePath, sendNotFound } from "./error-shell.mjs";
import { isStaffFormPost, maxFormUploadBytes } from "../lib/upload-limit.cjs";
import { createPageCache } from "./page-cache.mjs";
import { stripRuntimeFromResponse } from "./next-runtime.mjs";
import { readerScriptSource, scriptHashSource } from "../lib/reader-script-source.mjs";
import generation from "../lib/cache/generation.cjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const port = Number(process.env.PORT || 3000);
const hostname = process.env.HOSTNAME_BIND || "0.0.0.0";
/** What any route takes; pages narrow it further in proxy.ts. */
export const ALLOWED_METHODS = ["GET", "HEAD", "POST", "OPTIONS"];
const maxBody = Number(process.env.NASHRA_MAX_BODY_BYTES || 1024 * 1024);
/**
 * The episode editor's audio upload is the one route that takes more: its own cap
 * (NASHRA_MAX_UPLOAD_BYTES, 200 MiB) plus the form's framing, which the route
 * enforces again while it streams the body to disk (lib/media/upload.ts).
 */
export const UPLOAD_PATH = "/api/staff/episodes/audio";
const maxUpload = Number(process.env.NASHRA_MAX_UPLOAD_BYTES || 200 * 1024 * 1024) + 64 * 1024;
/** A staff form post with a file (hero images, artwork: lib/upload-limit.cjs), 16 MiB. */
const maxFormUpload = Math.max(maxBody, maxFormUploadBytes());
const bodyCap = (req) =>
  req.method === "POST" && (req.url || "").split("?")[0] === UPLOAD_PATH ? maxUpload : req.method === "POST" && isStaffFormPost(req) ? maxFormUpload : maxBody;

/** NASHRA_NEXT_RUNTIME=keep sends reader pages as Next renders them (to compare; nothing on them needs it). */
const keepNextRuntime = process.env.NASHRA_NEXT_RUNTIME;
/** The one inline script reader pages run (components/ui/reader-script.tsx inlines this same text). */
const readerScriptHashes = [scriptHashSource(readerScriptSource(root))];
const app = next({ dev: false, dir: root, port, hostname: "localhost" });
const handle = app.getRequestHandler();

function refuse(req, res, status, kind, headers = {}) {
  const body = errorPageHtml(editionOfPath(req.url || "/"), kind);
  res.writeHead(status, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store", "content-length": Buffer.byteLength(body), ...headers });
  res.end(req.method === "HEAD" ? undefined : body);
  // Whatever body was sent is not read: drop it instead of keeping the socket busy.
  req.resume();
}

const problem =
  (await databaseProblem(process.env.DATABASE_URL || "file:")) ??
  (process.env.REDIS_URL ? (sharedSecretProblem(process.env) ?? (await redisProblem(process.env.REDIS_URL))) : null);
if (problem) {
  console.error(`serve: ${problem}`);
  process.exit(1);
}
await app.prepare();
if (process.env.REDIS_URL) await shareBuildPages();
const pageCache = await createInstancePageCache();

const server = http.createServer(async (req, res) => {
  if (!ALLOWED_METHODS.includes(req.method || "")) return refuse(req, res, 405, "methodNotAllowed", { allow: ALLOWED_METHODS.join(", ") });
  const declared = Number(req.headers["content-length"] || 0);
  if (!Number.isFinite(declared) || declared > bodyCap(req)) return refuse(req, res, 413, "tooLarge", { connection: "close" });
  if (req.headers["transfer-encoding"] && !req.headers["content-length"]) return refuse(req, res, 411, "lengthRequired", { connection: "close" });
  if (hasDotSegment(req.url || "/") || hasUndecodablePath(req.url || "/")) return void sendNotFound(req, res, port).catch(() => res.destroy());
  // A copy in memory answers at once; otherwise the response may become one (scripts/page-cache.mjs).
  if (pageCache && (await pageCache.serve(req, res).catch(() => false))) return;
  guardResponse(req, res, port);
  // Reader pages leave without Next's client runtime (scripts/next-runtime.mjs).
  if (keepNextRuntime !== "keep") stripRuntimeFromResponse(req, res, { scriptHashes: readerScriptHashes });
  handle(req, res).catch((error) => {
    console.error("serve: request failed", req.method, req.url, error);
    if (res.headersSent) return res.destroy();
    // The response guard turns this into the complete error page.
    res.statusCode = 500;
    res.setHeader("content-type", "text/html; charset=utf-8");
    res.end();
  });
});
// Keep connections alive a little longer than a typical proxy in front (nginx: 60 s upstream keepalive).
server.keepAliveTimeout = 65_000;
server.headersTimeout = 66_000;
server.requestTimeout = 30_000;
server.listen(port, hostname, () => console.log(`serve: Nashra on http://localhost:${port}`));

/**
 * The in-memory page copies (scripts/page-cache.mjs), unless NASHRA_PAGE_CACHE_SECONDS=0.
 * Their generation: this process's invalidations, and with Redis every instance's.
 */
async function createInstancePageCache() {
  const ttlSeconds = Number(process.env.NASHRA_PAGE_CACHE_SECONDS ?? 5);
  if (!(ttlSeconds > 0)) return null;
  const https = /^https:\/\//i.test(process.env.SITE_URL || "");
  const consentCookie = `${https ? "__Host-" : ""}nashra_consent`;
  const local = () => String(generation.localGeneration());
  if (!process.env.REDIS_URL) return createPageCache({ consentCookie, ttlSeconds, generation: local });
  const { sharedGeneration } = await import("../lib/cache/redis-handler.cjs");
  const buildId = readFileSync(path.join(root, process.env.NEXT_DIST_DIR || ".next", "BUILD_ID"), "utf8");
  return createPageCache({
    consentCookie,
    ttlSeconds,
    generation: async () => {
      const shared = await sharedGeneration(buildId);
      return shared === null ? null : `${shared}:${local()}`;
    },
  });
}

/**
 * The first instance of a build to start copies the build's prerendered pages into
 * Redis; later ones (and restarts) find the marker and copy nothing, so a page
 * invalidated since is never brought back from the build.
 */
async function shareBuildPages() {
  const distDir = path.join(root, process.env.NEXT_DIST_DIR || ".next");
  const { NashraRedisCache, keyPrefix, sharedClient } = await import("../lib/cache/redis-handler.cjs");
  const { registerInitialCache } = await import("@fortedigital/nextjs-cache-handler/instrumentation");
  try {
    const buildId = readFileSync(path.join(distDir, "BUILD_ID"), "utf8");
    const client = sharedClient();
    if (!client.isReady) {
      await new Promise((resolve, reject) => {
        client.once("ready", resolve);
        setTimeout(() => reject(new Error("Redis not ready in 3 s")), 3_000).unref();
      });
    }
    const first = await client.set(`${keyPrefix(buildId)}__build_pages__`, new Date().toISOString(), { NX: true });
    if (first !== "OK") return;
    // registerInitialCache joins buildDir to the working directory.
    await registerInitialCache(NashraRedisCache, { buildDir: path.relative(process.cwd(), distDir), setOnlyIfNotExists: true });
    console.log("serve: the build's prerendered pages are in Redis");
  } catch (error) {
    console.error(`serve: could not copy the build's pages into Redis (${/** @type {Error} */ (error).message}); they are rendered on first request`);
  }
}

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 5_000).unref();
  });
}
