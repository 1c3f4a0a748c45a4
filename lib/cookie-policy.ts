/**
 * Cookie attributes that depend on how the site is served. When SITE_URL is
 * https, our cookies carry the `__Host-` prefix: the browser then only
 * accepts them with Secure, Path=/ and no Domain, so neither a sibling
 * subdomain nor a plain-http response can plant or overwrite one.
 */
type Env = Record<string, string | undefined>;

export function siteIsHttps(env: Env = process.env): boolean {
  return /^https:\/\//i.test(env.SITE_URL ?? "");
}

export function hostCookieName(base: string, env: Env = process.env): string {
  return siteIsHttps(env) ? `__Host-${base}` : base;
}

/** "; Secure" over https and in production (Chromium treats http://localhost as secure). */
export function secureAttribute(env: Env = process.env): string {
  return siteIsHttps(env) || env.NODE_ENV === "production" ? "; Secure" : "";
}
