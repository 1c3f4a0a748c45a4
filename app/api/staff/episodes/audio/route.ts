import { z } from "zod";
import { staffFromRequest } from "@/lib/auth/current";
import { mayDo } from "@/lib/auth/permissions";
import { seeOther } from "@/lib/auth/respond";
import { errorPage, isSameOrigin, requestLocale } from "@/lib/http";
import { locales } from "@/i18n/config";
import { staffPaths } from "@/lib/paths";
import { maxUploadBytes, receiveAudioUpload, UPLOAD_OVERHEAD_BYTES } from "@/lib/media/upload";

/**
 * The episode editor's audio upload (multipart, field `audio`). Signed-in
 * staff only (the session check here; role rules come with the roles
 * work), same-origin only. The body is streamed to the media folder with the
 * upload cap (NASHRA_MAX_UPLOAD_BYTES) enforced while reading; scripts/serve.mjs
 * lets this one route's bodies past the general 1 MiB cap, up to the same
 * figure. Success and every refusal go back to the editor as a 303: the
 * stored file's name, or the problem, which the editor shows beside the field.
 * Nothing is kept of a refused file.
 */
export const dynamic = "force-dynamic";

const target = z.object({
  locale: z.enum(locales).catch("ar"),
  episodeId: z
    .string()
    .regex(/^[1-9]\d{0,9}$/)
    .transform(Number)
    .nullable()
    .catch(null),
});

export async function POST(request: Request) {
  const locale = requestLocale(request);
  if (!isSameOrigin(request)) return errorPage(locale, 403, "badRequest");
  const staff = await staffFromRequest(request);
  if (!staff) return errorPage(locale, 403, "badRequest");
  // Contributors have no episode rights (lib/auth/permissions.ts).
  if (!mayDo(staff, "create-episode")) return errorPage(locale, 403, "forbidden");
  const cap = maxUploadBytes();
  const declared = Number(request.headers.get("content-length") ?? "0");
  const result =
    Number.isFinite(declared) && declared > cap + UPLOAD_OVERHEAD_BYTES
      ? ({ ok: false, problem: "tooLarge", fields: {} as Record<string, string> } as const)
      : await receiveAudioUpload(request.body, request.headers.get("content-type"), "audio", cap);
  const where = target.parse({ locale: result.fields.locale, episodeId: result.fields.episodeId ?? null });
  const base = where.episodeId ? staffPaths.editEpisode(where.locale, where.episodeId) : staffPaths.newEpisode(where.locale);
  const query = result.ok ? `?audio=${result.name}` : `?audioError=${result.problem}`;
  return seeOther(`${base}${query}#audio`, result.ok || result.problem !== "tooLarge" ? {} : { connection: "close" });
}

const refuse = (request: Request) => errorPage(requestLocale(request), 405, "methodNotAllowed", { allow: "POST" });
export { refuse as GET };
