import { createReadStream } from "node:fs";
import { Readable } from "node:stream";
import type { NextRequest } from "next/server";
import { SESSION_COOKIE } from "@/lib/auth/session-rules";
import { staffForToken } from "@/lib/auth/session";
import { isMediaOfPreviewLink, isMediaPublic } from "@/lib/data/media";
import { errorPage, requestLocale } from "@/lib/http";
import { mediaDir } from "@/lib/media/dir";
import { PREVIEW_PARAM } from "@/lib/media/preview-media";
import { CONTENT_LENGTH_HEADER } from "@/lib/media/length-header.mjs";
import { answerMedia } from "@/lib/media/serve";

/**
 * /media/<path>: media files, only while a public item uses them (lib/media/serve.ts
 * decides). Next drops Content-Length from a route handler's response, so the
 * length travels in a private header that scripts/serve.mjs turns back into
 * Content-Length (scripts/error-shell.mjs) and never lets out.
 */
export const dynamic = "force-dynamic";

export const GET = (request: NextRequest) => media(request, false);
export const HEAD = (request: NextRequest) => media(request, true);

/** Next answers a method a route does not export with a bare 405; ours says what is allowed. */
const refuse = (request: NextRequest) => errorPage(requestLocale(request), 405, "methodNotAllowed", { allow: "GET, HEAD" });
export { refuse as POST, refuse as PUT, refuse as PATCH, refuse as DELETE, refuse as OPTIONS };

async function media(request: NextRequest, head: boolean): Promise<Response> {
  const url = new URL(request.url);
  const token = url.searchParams.get(PREVIEW_PARAM);
  const answer = await answerMedia(
    { rawPath: url.pathname, header: (name) => request.headers.get(name) },
    {
      root: mediaDir(),
      isPublic: (mediaUrl) => isMediaPublic(mediaUrl),
      isStaff: async () => (await staffForToken(request.cookies.get(SESSION_COOKIE)?.value)) !== null,
      isPreviewOf: async (mediaUrl) => token !== null && isMediaOfPreviewLink(mediaUrl, token),
    },
  );
  if (answer.kind === "not-found") return errorPage(requestLocale(request), 404, "notFound");

  const headers = new Headers(answer.headers);
  const length = headers.get("content-length");
  if (length !== null) headers.set(CONTENT_LENGTH_HEADER, length);
  if (!answer.bytes || head) return new Response(null, { status: answer.status, headers });
  const file = createReadStream(answer.bytes.path, { start: answer.bytes.start, end: answer.bytes.end });
  return new Response(Readable.toWeb(file) as ReadableStream<Uint8Array>, { status: answer.status, headers });
}
