/**
 * The client address for the throttle. Behind a reverse proxy set
 * NASHRA_TRUST_PROXY=1 so the first X-Forwarded-For hop counts; otherwise
 * the header is ignored (anyone can send it) and all direct clients share
 * one bucket, which only makes the per-address limit stricter.
 */
export function clientIp(headers: Headers): string {
  if (process.env.NASHRA_TRUST_PROXY === "1") {
    const first = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
    if (first) return first.slice(0, 64);
    const real = headers.get("x-real-ip")?.trim();
    if (real) return real.slice(0, 64);
  }
  return "direct";
}
