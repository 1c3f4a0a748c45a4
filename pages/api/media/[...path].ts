import { createReadStream } from "node:fs";
import type { NextApiRequest, NextApiResponse } from "next";
import { SESSION_COOKIE } from "@/lib/auth/session-rules";
import { staffForToken } from "@/lib/auth/session";
import { isMediaOfPreviewLink, isMediaPublic } from "@/lib/data/media";
import { errorPage } from "@/lib/http";
import { mediaDir } from "@/lib/media/dir";
import { PREVIEW_PARAM } from "@/lib/media/preview-media";
import { answerMedia } from "@/lib/media/serve";

/**
 * /media/<path> (rewritten here by next.config.js): media files, only while a
 * public item uses them (lib/media/serve.ts decides). A Pages API route rather
 * than an App Router route handler because Next strips Content-Length from a
 * route handler's streamed response, and players and podcast apps want it.
 */
export const config = { api: { bodyParser: false, responseLimit: false } };

export default async function media(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== "GET" && req.method !== "HEAD") {
    res.setHeader("Allow", "GET, HEAD");
    return sendPage(res, errorPage("ar", 405, "badRequest"));
  }
  const header = (name: string) => {
    const value = req.headers[name];
    return typeof value === "string" ? value : null;
  };
  const token = new URL(req.url ?? "/", "http://media.invalid").searchParams.get(PREVIEW_PARAM);
  const answer = await answerMedia(
    { rawPath: originalPath(req), header },
    {
      root: mediaDir(),
      isPublic: (url) => isMediaPublic(url),
      isStaff: async () => (await staffForToken(req.cookies[SESSION_COOKIE])) !== null,
      isPreviewOf: async (url) => token !== null && isMediaOfPreviewLink(url, token),
    },
  );
  if (answer.kind === "not-found") return sendPage(res, errorPage(localeOf(header("referer")), 404, "notFound"));
  res.statusCode = answer.status;
  for (const [name, value] of Object.entries(answer.headers)) res.setHeader(name, value);
  if (!answer.bytes || req.method === "HEAD") return res.end();
  const stream = createReadStream(answer.bytes.path, { start: answer.bytes.start, end: answer.bytes.end });
  stream.on("error", () => res.destroy());
  stream.pipe(res);
}

/** The path as the client sent it (before the rewrite), still percent-encoded. */
function originalPath(req: NextApiRequest): string {
  const raw = (req.url ?? "").split("?")[0];
  return raw.startsWith("/api/media/") ? raw.slice("/api".length) : raw;
}

function localeOf(referer: string | null) {
  try {
    return referer && new URL(referer).pathname.split("/")[1] === "en" ? "en" : "ar";
  } catch {
    return "ar";
  }
}

async function sendPage(res: NextApiResponse, page: Response) {
  res.statusCode = page.status;
  page.headers.forEach((value, name) => res.setHeader(name, value));
  res.end(await page.text());
}
