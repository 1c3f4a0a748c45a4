// @ts-check
/**
 * Public pages are server components only: nothing on them needs React in the
 * browser (links are plain `<a>`, forms post without JavaScript, the one inline
 * script of ours, components/ui/reader-script.tsx, works on the DOM alone). Next
 * still sends every page its client runtime (about 135 KB compressed), the
 * bootstrap, and the page a second time as the React payload (`self.__next_f`)
 * for a hydration that has nothing to do; on a cheap phone that is the page's
 * main-thread work (Lighthouse's TBT) and most of its HTML bytes.
 *
 * This takes them out of the HTML of reader pages on its way out of
 * scripts/serve.mjs: scripts whose `src` is one of Next's build files, the
 * preloads of those files, and the inline scripts that feed the runtime (the
 * React payload and Turbopack's chunk list). Everything else stays as rendered:
 * markup, styles, JSON-LD and our own inline script. Staff pages, previews
 * (draft mode), API routes, media, client navigations (RSC requests) and
 * anything that is not HTML pass through untouched.
 *
 * With the bootstrap gone, the page's policy need not allow every inline
 * script: its 'unsafe-inline' becomes the hash of our one script
 * (`scriptHashes`), so markup that found its way into a page could not run.
 */
import { withScriptHashes } from "../lib/csp.mjs";
import { brotliCompressSync, brotliDecompressSync, deflateSync, gunzipSync, gzipSync, inflateSync } from "node:zlib";

const NEXT_FILE = /^\/_next\/static\//;
/** What the inline scripts that feed Next's runtime begin with. */
const RUNTIME_INLINE = /^\s*(?:\(\s*self\.__next_f\s*=|self\.__next_f\.push\(|\(\s*globalThis\[\s*"TURBOPACK"\s*\]|\(\s*globalThis\.TURBOPACK\b)/;
/** A script element as the browser's parser ends it: at the first `</script`. */
const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const LINK = /<link\b([^>]*)\/?>/gi;

/** @param {string} attributes @param {string} name */
function attribute(attributes, name) {
  const m = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`, "i").exec(attributes);
  return m ? (m[1] ?? m[2] ?? m[3] ?? "") : null;
}

/**
 * The HTML without Next's client runtime.
 * @param {string} html
 */
export function stripNextRuntime(html) {
  return html
    .replace(SCRIPT, (element, attributes, body) => {
      const src = attribute(attributes, "src");
      if (src !== null) return NEXT_FILE.test(src) ? "" : element;
      return RUNTIME_INLINE.test(body) ? "" : element;
    })
    .replace(LINK, (element, attributes) => {
      const rel = (attribute(attributes, "rel") ?? "").toLowerCase();
      const as = (attribute(attributes, "as") ?? "").toLowerCase();
      const href = attribute(attributes, "href") ?? "";
      const scriptPreload = rel === "modulepreload" || (rel === "preload" && as === "script");
      return scriptPreload && NEXT_FILE.test(href) ? "" : element;
    });
}

const PRIVATE_PATH = /^(?:\/(?:ar|en))?\/(?:staff|preview)(?:\/|$)|^\/(?:api|_next|media)(?:\/|$)/;
const DRAFT_COOKIE = /(?:^|;)\s*__prerender_bypass=/;

/**
 * Whether this request's HTML answer is a reader page to strip (decided before Next answers).
 * @param {import("node:http").IncomingMessage} req
 */
export function isReaderPageRequest(req) {
  if (req.method !== "GET" && req.method !== "HEAD") return false;
  const url = req.url || "/";
  if (PRIVATE_PATH.test(url.split("?")[0]) || /[?&]_rsc=/.test(url)) return false;
  if (req.headers.rsc !== undefined || req.headers["next-action"] !== undefined) return false;
  return !DRAFT_COOKIE.test(String(req.headers.cookie ?? ""));
}

/** @type {Record<string, [(b: Buffer) => Buffer, (b: Buffer) => Buffer]>} */
const CODECS = {
  identity: [(b) => b, (b) => b],
  gzip: [gunzipSync, (b) => gzipSync(b)],
  deflate: [inflateSync, (b) => deflateSync(b)],
  br: [brotliDecompressSync, (b) => brotliCompressSync(b)],
};

/**
 * Wraps a response so that a reader page's HTML leaves without Next's runtime:
 * its body is collected (decoded when Next compressed it), stripped, encoded
 * again and sent with its new length. Anything else is passed on as written.
 * @param {import("node:http").IncomingMessage} req
 * @param {import("node:http").ServerResponse} res
 * @param {{ scriptHashes?: string[] }} [options] the CSP hash sources of the inline scripts reader pages may run
 */
export function stripRuntimeFromResponse(req, res, options = {}) {
  if (!isReaderPageRequest(req)) return;
  // Node's overloads do not survive being wrapped; the wrappers pass everything through.
  const origWriteHead = /** @type {any} */ (res.writeHead);
  const origWrite = /** @type {any} */ (res.write);
  const origEnd = /** @type {any} */ (res.end);
  const origFlush = /** @type {any} */ (res.flushHeaders);
  /** @type {Buffer[] | null} */
  let chunks = null;
  let decided = false;
  /** @type {string | number | string[] | undefined} */
  let policyAsGiven;

  const decide = () => {
    if (decided) return;
    decided = true;
    const type = String(res.getHeader("content-type") ?? "");
    const encoding = String(res.getHeader("content-encoding") ?? "identity").toLowerCase();
    if (!/^text\/html\b/i.test(type) || !(encoding in CODECS)) return;
    policyAsGiven = res.getHeader("content-security-policy");
    narrowPolicy();
    if (req.method === "HEAD") {
      // No body to measure: the length of the stripped page is not known here.
      res.removeHeader("content-length");
      return;
    }
    chunks = [];
  };

  const wrapped = /** @type {any} */ (res);
  wrapped.writeHead = function (/** @type {any} */ status, /** @type {any[]} */ ...rest) {
    if (typeof status === "number") res.statusCode = status;
    const headers = rest.find((a) => a && typeof a === "object");
    if (headers && !Array.isArray(headers)) for (const [k, v] of Object.entries(headers)) if (v !== undefined) res.setHeader(k, v);
    decide();
    // A collected body sends its head at the end, with its new length.
    return chunks ? res : origWriteHead.call(res, res.statusCode);
  };
  wrapped.flushHeaders = function () {
    if (!decided) decide();
    if (!chunks) return origFlush.call(res);
  };
  wrapped.write = function (/** @type {any[]} */ ...args) {
    if (!decided) res.writeHead(res.statusCode);
    if (!chunks) return origWrite.apply(res, args);
    collect(args[0], args[1]);
    const cb = args.find((a) => typeof a === "function");
    if (cb) process.nextTick(cb);
    return true;
  };
  wrapped.end = function (/** @type {any[]} */ ...args) {
    if (!decided) res.writeHead(res.statusCode);
    if (!chunks) return origEnd.apply(res, args);
    if (typeof args[0] !== "function") collect(args[0], args[1]);
    const cb = args.find((a) => typeof a === "function");
    const body = rewrite(Buffer.concat(chunks));
    chunks = null;
    res.removeHeader("transfer-encoding");
    res.setHeader("content-length", body.length);
    origWriteHead.call(res, res.statusCode);
    return origEnd.call(res, body, cb);
  };

  function narrowPolicy() {
    const policy = res.getHeader("content-security-policy");
    if (options.scriptHashes && typeof policy === "string") res.setHeader("content-security-policy", withScriptHashes(policy, options.scriptHashes));
  }

  /** @param {any} chunk @param {any} encoding */
  function collect(chunk, encoding) {
    if (!chunks || chunk === undefined || chunk === null || typeof chunk === "function") return;
    chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, /** @type {BufferEncoding} */ (typeof encoding === "string" ? encoding : "utf8")));
  }

  /** @param {Buffer} raw */
  function rewrite(raw) {
    const [decode, encode] = CODECS[String(res.getHeader("content-encoding") ?? "identity").toLowerCase()];
    try {
      const html = decode(raw).toString("utf8");
      const stripped = stripNextRuntime(html);
      return stripped === html ? raw : encode(Buffer.from(stripped, "utf8"));
    } catch (error) {
      // A body that does not decode is sent as Next wrote it, under the policy Next gave it.
      if (policyAsGiven !== undefined) res.setHeader("content-security-policy", policyAsGiven);
      console.error("serve: could not take Next's runtime out of", req.url, /** @type {Error} */ (error).message);
      return raw;
    }
  }
}
