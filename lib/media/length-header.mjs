// @ts-check
/**
 * Next 16 drops Content-Length from every route handler's response. A handler
 * that knows its body's length puts it in this private header instead;
 * scripts/serve.mjs (guardResponse in scripts/error-shell.mjs) turns it back
 * into Content-Length and never lets the private header leave the server.
 * Plain JavaScript so the server script can import it.
 */
export const CONTENT_LENGTH_HEADER = "x-nashra-content-length";
