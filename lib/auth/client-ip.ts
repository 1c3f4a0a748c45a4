/**
 * The client address for the throttle, or null when it cannot be known.
 * Behind a reverse proxy set NASHRA_TRUST_PROXY=1 so the first
 * X-Forwarded-For hop counts; otherwise the header is ignored (anyone can
 * send it). Without an address only the per-account limit and the budget
 * across accounts apply: one shared bucket for every direct client would let
 * anyone lock all staff out.
 */
export function clientIp(headers: Headers): string | null {
  if (process.env.NASHRA_TRUST_PROXY === "1") {
    const first = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
    if (first) return first.slice(0, 64);
    const real = headers.get("x-real-ip")?.trim();
    if (real) return real.slice(0, 64);
  }
  return null;
}

/**
 * The client address to write into the sign-in audit. Trusted: the proxy's
 * hop. Otherwise what Next reports for the connection: it fills
 * X-Forwarded-For from the socket address when the request carries none, but
 * keeps a header the client sent itself, so untrusted values are as claimed.
 */
export function auditAddress(headers: Headers): string {
  return (clientIp(headers) ?? headers.get("x-forwarded-for")?.trim()) || "unknown";
}
