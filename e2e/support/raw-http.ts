import http from "node:http";

export type RawResponse = { status: number; headers: http.IncomingHttpHeaders; body: string };

export type RawRequest = {
  method?: string;
  /** Sent exactly as written: no normalisation, no re-encoding. */
  path: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
};

/**
 * One HTTP request as a crawler or an attacker sends it: the path byte for byte
 * (browsers and fetch normalise `..`, `%2e` and friends), no JavaScript, the
 * body read whole as text.
 */
export function rawRequest(baseURL: string, request: RawRequest): Promise<RawResponse> {
  const url = new URL(baseURL);
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: url.hostname,
        port: url.port,
        method: request.method ?? "GET",
        path: request.path,
        headers: {
          connection: "close",
          // Like a browser: a body goes with its length, unless the case is about a body without one.
          ...(request.body !== undefined && !request.headers?.["transfer-encoding"] ? { "content-length": String(Buffer.byteLength(request.body)) } : {}),
          ...request.headers,
        },
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString("utf8") }));
        res.on("error", reject);
      },
    );
    req.setTimeout(20_000, () => req.destroy(new Error(`timeout: ${request.method ?? "GET"} ${request.path}`)));
    req.on("error", reject);
    if (request.body !== undefined) req.write(request.body);
    req.end();
  });
}

/** `lang`, `dir`, the first `<h1>` text and whether the page is Next's script-only error shell. */
export function pageFacts(html: string) {
  const htmlTag = /<html\b[^>]*>/i.exec(html)?.[0] ?? "";
  const attr = (name: string) => new RegExp(`\\b${name}="([^"]*)"`, "i").exec(htmlTag)?.[1] ?? null;
  const h1 =
    /<h1\b[^>]*>([\s\S]*?)<\/h1>/i
      .exec(html)?.[1]
      ?.replace(/<[^>]+>/g, "")
      .trim() ?? null;
  return { lang: attr("lang"), dir: attr("dir"), h1, errorShell: /__next_error__/.test(htmlTag), hasHomeLink: /<a\b[^>]*href="\/(en)?"/.test(html) };
}
