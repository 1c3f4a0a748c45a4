/**
 * The figures scripts/lighthouse.mjs prints, read from Lighthouse results (lhr):
 * scores, metrics and the bytes a page transferred, by kind.
 */
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"];

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** Bytes by kind from the network-requests audit: compressed as sent (transferSize), the HTML also as parsed. */
function bytesOf(lhr) {
  const items = lhr.audits["network-requests"]?.details?.items ?? [];
  const sum = (type) => items.filter((i) => i.resourceType === type).reduce((n, i) => n + (i.transferSize ?? 0), 0);
  const doc = items.find((i) => i.resourceType === "Document");
  return { js: sum("Script"), font: sum("Font"), css: sum("Stylesheet"), image: sum("Image"), html: doc?.transferSize ?? 0, htmlRaw: doc?.resourceSize ?? 0 };
}

/** What cost SEO points, so a failure says what to fix. */
function seoFailuresOf(lhr) {
  return (lhr.categories.seo?.auditRefs ?? [])
    .filter((ref) => ref.weight > 0 && lhr.audits[ref.id]?.score !== null && lhr.audits[ref.id]?.score < 1)
    .map((ref) => ref.id);
}

/** One page's figures over its runs: median performance and metrics, the lowest other scores, bytes of the last run. */
export function pageFigures(name, url, lhrs) {
  const score = (lhr, c) => Math.round((lhr.categories[c]?.score ?? 0) * 100);
  const metric = (id) => median(lhrs.map((l) => l.audits[id]?.numericValue ?? NaN));
  const scores = Object.fromEntries(
    CATEGORIES.map((c) => [c, c === "performance" ? median(lhrs.map((l) => score(l, c))) : Math.min(...lhrs.map((l) => score(l, c)))]),
  );
  const last = lhrs[lhrs.length - 1];
  const failedAudits = [
    ...new Set(
      lhrs.flatMap((lhr) =>
        ["accessibility", "best-practices"].flatMap((c) =>
          (lhr.categories[c]?.auditRefs ?? []).filter((r) => r.weight > 0 && lhr.audits[r.id]?.score !== null && lhr.audits[r.id]?.score < 1).map((r) => r.id),
        ),
      ),
    ),
  ];
  return {
    name,
    url,
    runs: lhrs.length,
    scores,
    perfRuns: lhrs.map((l) => score(l, "performance")),
    metrics: {
      lcp: Math.round(metric("largest-contentful-paint")),
      tbt: Math.round(metric("total-blocking-time")),
      cls: +metric("cumulative-layout-shift").toFixed(3),
      fcp: Math.round(metric("first-contentful-paint")),
    },
    bytes: bytesOf(last),
    seoFailures: seoFailuresOf(last),
    failedAudits,
  };
}

const kb = (n) => (n / 1024).toFixed(1);

/** Fixed-width rows, one per page (with a header unless told otherwise). */
export function table(rows, { header = true } = {}) {
  const cols = [
    ["page", 28, (r) => r.name],
    ["perf", 5, (r) => String(r.scores.performance)],
    ["a11y", 5, (r) => String(r.scores.accessibility)],
    ["BP", 4, (r) => String(r.scores["best-practices"])],
    ["SEO", 4, (r) => String(r.scores.seo)],
    ["LCP ms", 7, (r) => String(r.metrics.lcp)],
    ["TBT ms", 7, (r) => String(r.metrics.tbt)],
    ["CLS", 6, (r) => String(r.metrics.cls)],
    ["FCP ms", 7, (r) => String(r.metrics.fcp)],
    ["JS KB", 6, (r) => kb(r.bytes.js)],
    ["+empty", 7, (r) => (r.jsOverEmptyKB === undefined ? "" : String(r.jsOverEmptyKB))],
    ["font KB", 8, (r) => kb(r.bytes.font)],
    ["CSS KB", 7, (r) => kb(r.bytes.css)],
    ["HTML KB gz/raw", 15, (r) => `${kb(r.bytes.html)}/${kb(r.bytes.htmlRaw)}`],
  ];
  const line = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(cols[i][1]) : c.padStart(cols[i][1]))).join(" ");
  const out = rows.flatMap((r) => {
    const notes = [];
    if (r.runs > 1) notes.push(`performance per run ${r.perfRuns.join(", ")}`);
    if (r.failedAudits.length) notes.push(`a11y/BP audits failing: ${r.failedAudits.join(", ")}`);
    if (r.seoFailures.length) notes.push(`SEO audits failing: ${r.seoFailures.join(", ")}`);
    return [line(cols.map(([, , f]) => f(r))), ...notes.map((n) => `  ${n}`)];
  });
  return [...(header ? [line(cols.map(([h]) => h))] : []), ...out].join("\n");
}
