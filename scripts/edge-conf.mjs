#!/usr/bin/env node
// @ts-check
/**
 * `npm run edge:conf -- --listen PORT --upstream HOST:PORT [--upstream HOST:PORT ...] --dir DIR`
 * writes DIR/nginx.conf: a caching edge for N app instances that Debian's nginx
 * runs as it is, without root: `nginx -p DIR -c DIR/nginx.conf` (pid, logs,
 * temporary files and the cache all live in DIR).
 *
 * What it does (README "Running at scale"):
 *   - caches public pages, feeds, sitemaps and media for --fresh seconds (default 10),
 *     keyed on the URL and the reader's consent variant, read from the consent
 *     cookie exactly as the app reads it (never the raw Cookie header);
 *   - never caches (and never answers from cache) staff pages, previews, /api, or any
 *     request carrying a staff session or Next's draft-mode cookie; never stores a
 *     response the app marks private/no-store/no-cache, one that sets a cookie, or
 *     one whose X-Nashra-Variant differs from the variant the edge computed;
 *   - serves the stale copy while one request refreshes it, and whenever every
 *     instance fails (error, timeout, 5xx); tries the next instance when one fails;
 *   - compresses (gzip) itself, so instances send plain bytes once per entry;
 *   - sends range requests for media (audio seeking) straight to an instance.
 * Flags: --fresh SECONDS, --foreground (daemon off), --workers N (default auto),
 * --site-url URL (default SITE_URL; https means the `__Host-` cookie names, as in
 * lib/cookie-policy.ts), --no-access-log.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";

/** @typedef {{ listen: string; upstreams: string[]; dir: string; fresh: number; foreground: boolean; workers: string; https: boolean; accessLog: boolean }} EdgeOptions */

/**
 * @param {string[]} argv
 * @param {Record<string, string | undefined>} env
 * @returns {EdgeOptions}
 */
export function parseEdgeArgs(argv, env = process.env) {
  const { values } = parseArgs({
    args: argv,
    options: {
      listen: { type: "string" },
      upstream: { type: "string", multiple: true },
      dir: { type: "string" },
      fresh: { type: "string", default: "10" },
      foreground: { type: "boolean", default: false },
      workers: { type: "string", default: "auto" },
      "site-url": { type: "string" },
      "no-access-log": { type: "boolean", default: false },
    },
    strict: true,
  });
  const listen = values.listen ?? "";
  if (!/^(?:[\w.-]+:|\[[\d:a-f]+\]:)?\d{1,5}$/i.test(listen) || Number(listen.split(":").pop()) > 65535) throw new Error("--listen must be PORT or HOST:PORT");
  const upstreams = values.upstream ?? [];
  if (upstreams.length === 0) throw new Error("at least one --upstream HOST:PORT is needed");
  for (const u of upstreams) if (!/^(?:[\w.-]+|\[[\d:a-f]+\]):\d{1,5}$/i.test(u)) throw new Error(`--upstream must be HOST:PORT, not "${u}"`);
  if (!values.dir) throw new Error("--dir DIR is needed (the configuration, cache, logs and pid go there)");
  const fresh = Number(values.fresh);
  if (!Number.isInteger(fresh) || fresh < 1 || fresh > 3600) throw new Error("--fresh must be whole seconds between 1 and 3600");
  if (!/^(?:auto|[1-9]\d?)$/.test(values.workers ?? "")) throw new Error("--workers must be auto or a number");
  const siteUrl = values["site-url"] ?? env.SITE_URL ?? "";
  return {
    listen,
    upstreams,
    dir: path.resolve(values.dir),
    fresh,
    foreground: values.foreground ?? false,
    workers: values.workers ?? "auto",
    https: /^https:\/\//i.test(siteUrl),
    accessLog: !values["no-access-log"],
  };
}

/** @param {EdgeOptions} o @returns {string} the whole nginx.conf */
export function edgeConf(o) {
  const d = (/** @type {string} */ p) => path.join(o.dir, p);
  // The app reads one consent cookie name (lib/consent.ts); the edge reads the same one.
  const consent = o.https ? "__Host-nashra_consent" : "nashra_consent";
  return `# Written by \`npm run edge:conf\` (scripts/edge-conf.mjs). Run: nginx -p ${o.dir} -c ${d("nginx.conf")}
${o.foreground ? "daemon off;\n" : ""}worker_processes ${o.workers};
pid ${d("nginx.pid")};
error_log ${d("logs/error.log")} warn;

events {
  worker_connections 4096;
}

http {
  ${o.accessLog ? `access_log ${d("logs/access.log")};` : "access_log off;"}
  client_body_temp_path ${d("tmp/client")};
  proxy_temp_path ${d("tmp/proxy")};
  fastcgi_temp_path ${d("tmp/fastcgi")};
  uwsgi_temp_path ${d("tmp/uwsgi")};
  scgi_temp_path ${d("tmp/scgi")};
  default_type application/octet-stream;
  server_tokens off;
  sendfile on;
  # No tcp_nopush: with it, cached pages (headers, then the body by sendfile) waited on the client's
  # delayed ACK here, about 40 ms a response (460 against 4,600 req/s for the seed article).
  keepalive_timeout 65;
  client_max_body_size 1m;

  gzip on;
  gzip_vary on;
  gzip_proxied any;
  gzip_comp_level 5;
  gzip_min_length 512;
  gzip_types text/css text/plain text/xml application/javascript application/json application/xml application/rss+xml application/atom+xml application/manifest+json image/svg+xml;

  proxy_cache_path ${d("cache")} levels=1:2 keys_zone=nashra:32m max_size=2g inactive=1d use_temp_path=off;

  upstream nashra_app {
${o.upstreams.map((u) => `    server ${u} max_fails=1 fail_timeout=5s;`).join("\n")}
    keepalive 32;
  }

  # The consent variant, as lib/consent.ts decodeConsent reads the cookie: v1.<choice>.<unix seconds>.
  map $http_cookie $nashra_variant {
    default unset;
    "~(?:^|;)\\s*${consent}=v0*1\\.(?<choice>granted|denied)\\.[0-9]{1,12}\\s*(?:;|$)" $choice;
  }

  # Staff session (either name) or Next's draft mode: a personal view, never shared.
  map $http_cookie $nashra_private_cookie {
    default 0;
    "~(?:^|;)\\s*(?:__Host-)?nashra_staff=" 1;
    "~(?:^|;)\\s*__prerender_bypass=" 1;
  }

  map $uri $nashra_private_path {
    default 0;
    "~^(?:/(?:ar|en))?/(?:staff|preview)(?:/|$)" 1;
    "~^/api(?:/|$)" 1;
  }

  # Whatever the app says is not for shared caches stays out of this one.
  map $upstream_http_cache_control $nashra_upstream_private {
    volatile;
    default 0;
    "~*(?:private|no-store|no-cache)" 1;
  }

  # The app names the variant it rendered; a page of another variant than the key says is not stored.
  map "$nashra_variant|$upstream_http_x_nashra_variant" $nashra_variant_mismatch {
    volatile;
    default 1;
    "~^(unset|granted|denied)\\|(?:\\1)?$" 0;
  }

  server {
    listen ${o.listen};

    proxy_http_version 1.1;
    proxy_set_header Connection "";
    proxy_set_header Host $http_host;
    proxy_set_header X-Forwarded-For $remote_addr;
    proxy_set_header X-Forwarded-Proto $scheme;
    # The edge compresses; instances send each entry once, uncompressed.
    proxy_set_header Accept-Encoding "";
    proxy_connect_timeout 2s;
    proxy_read_timeout 30s;
    proxy_next_upstream error timeout http_502 http_503 http_504;
    proxy_next_upstream_tries ${Math.max(2, o.upstreams.length)};
    proxy_next_upstream_timeout 10s;

    proxy_cache nashra;
    proxy_cache_key "$scheme://$http_host$request_uri|$nashra_variant|$http_rsc$http_next_router_prefetch$http_next_router_segment_prefetch";
    # Freshness is the edge's own (the app's s-maxage is for CDNs further out); private answers still stay out.
    proxy_ignore_headers Cache-Control Expires;
    proxy_cache_valid 200 301 308 410 ${o.fresh}s;
    proxy_cache_bypass $nashra_private_cookie $nashra_private_path;
    proxy_no_cache $nashra_private_cookie $nashra_private_path $nashra_upstream_private $nashra_variant_mismatch;
    proxy_cache_use_stale error timeout updating http_500 http_502 http_503 http_504;
    proxy_cache_background_update on;
    proxy_cache_lock on;
    proxy_cache_lock_timeout 5s;
    proxy_cache_revalidate on;
    add_header X-Edge-Cache $upstream_cache_status always;

    location / {
      proxy_pass http://nashra_app;
    }

    # The desk's uploads: the episode audio route streams up to NASHRA_MAX_UPLOAD_BYTES (200 MiB) and
    # staff form posts with an image up to 16 MiB; the instance enforces each cap while reading, so the
    # edge passes the body through unbuffered instead of refusing it at 1 MB. Never cached (/staff, /api).
    location = /api/staff/episodes/audio {
      client_max_body_size 201m;
      proxy_request_buffering off;
      proxy_read_timeout 300s;
      proxy_pass http://nashra_app;
    }
    location ~ ^/(en/)?staff(/|$) {
      client_max_body_size 17m;
      proxy_pass http://nashra_app;
    }

    # Audio and images: full files are cached; a range request (seeking) goes to an instance as it is.
    location /media/ {
      proxy_set_header Range $http_range;
      proxy_set_header If-Range $http_if_range;
      proxy_cache_bypass $http_range $nashra_private_cookie;
      proxy_no_cache $http_range $nashra_private_cookie $nashra_upstream_private;
      proxy_pass http://nashra_app;
    }
  }
}
`;
}

/** @param {EdgeOptions} o */
export function writeEdge(o) {
  for (const sub of ["logs", "tmp", "cache"]) mkdirSync(path.join(o.dir, sub), { recursive: true });
  const file = path.join(o.dir, "nginx.conf");
  writeFileSync(file, edgeConf(o));
  return file;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    const options = parseEdgeArgs(process.argv.slice(2));
    const file = writeEdge(options);
    console.log(
      `edge:conf: wrote ${file}\nrun it with: nginx -p ${options.dir} -c ${file}${options.foreground ? "" : "   (stop: nginx -p " + options.dir + " -c " + file + " -s quit)"}`,
    );
  } catch (error) {
    console.error(`edge:conf: ${/** @type {Error} */ (error).message}`);
    process.exit(2);
  }
}
