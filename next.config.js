const createNextIntlPlugin = require("next-intl/plugin");

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

const isDev = process.env.NODE_ENV === "development";

// Images and audio come only from the site and NASHRA_MEDIA_HOSTS (checked here,
// so a bad value stops the build and the server). Public pages are shared and
// cached: their policy is fixed, with inline scripts (Next inlines its
// bootstrap). Staff pages and previews get a nonce policy from proxy.ts.
const { DRAFT_COOKIE, FIXED_POLICY_SOURCE, fixedPolicy, parseMediaHosts } = require("./lib/csp.mjs");

const contentSecurityPolicy = fixedPolicy(parseMediaHosts(process.env.NASHRA_MEDIA_HOSTS), { dev: isDev });

// Over https, browsers are told to use nothing else for a year (read at build time:
// scripts/start.mjs rebuilds when SITE_URL's scheme changes). No includeSubDomains:
// the publisher's other hosts are not ours to decide for.
const hsts = /^https:\/\//i.test(process.env.SITE_URL || "") ? [{ key: "Strict-Transport-Security", value: "max-age=31536000" }] : [];

const securityHeaders = [
  ...hsts,
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), browsing-topics=()" },
];

// Staff forms may carry a file (hero images, show artwork): their posts may be this large;
// scripts/serve.mjs lets them through and keeps the 1 MiB cap for everything else.
const { maxFormUploadBytes } = require("./lib/upload-limit.cjs");

/** @type {import('next').NextConfig} */
const nextConfig = {
  // A separate build folder lets tests and a running dev server coexist.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  // proxy.ts answers trailing-slash variants with a 301 itself.
  skipTrailingSlashRedirect: true,
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "pg", "@prisma/adapter-pg"],
  images: { unoptimized: true },
  experimental: { serverActions: { bodySizeLimit: maxFormUploadBytes() }, proxyClientMaxBodySize: maxFormUploadBytes() },
  // Next's file-system cache, or Redis shared by all instances when REDIS_URL is set
  // (cache-handler.js); neither keeps 404 renders. With Redis, no per-instance memory
  // copy: an entry another instance invalidated must not live on here.
  cacheHandler: require.resolve("./cache-handler.js"),
  ...(process.env.REDIS_URL ? { cacheMaxMemorySize: 0 } : {}),
  // Shared caches may serve a page at most this long after it was rendered (s-maxage is the
  // page's revalidate, 60 s; stale-while-revalidate = expireTime - 60 s): a withdrawn story
  // leaves any cache that honours Cache-Control within 120 s.
  expireTime: 120,
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      {
        source: FIXED_POLICY_SOURCE,
        missing: [{ type: "cookie", key: DRAFT_COOKIE }],
        headers: [{ key: "Content-Security-Policy", value: contentSecurityPolicy }],
      },
    ];
  },
};

module.exports = withNextIntl(nextConfig);
