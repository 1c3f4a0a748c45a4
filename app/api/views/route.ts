import { cookies } from "next/headers";
import { z } from "zod";
import { auditAddress } from "@/lib/auth/client-ip";
import { CONSENT_COOKIE, decodeConsent } from "@/lib/consent";
import { countArticleView } from "@/lib/content/views-counter";
import { isSameOrigin, readCappedJson } from "@/lib/http";
import { RateLimiter } from "@/lib/rate-limit";

const beaconSchema = z.object({ articleId: z.number().int().positive() }).strict();

/** `{"articleId":123}` is 17 bytes. */
const BODY_MAX = 1024;
/** Per client address and per instance, in memory (lib/rate-limit.ts). */
const perClient = new RateLimiter(60, 60_000);
/** All clients of one instance together (a client can rotate what it claims as its address). */
const perInstance = new RateLimiter(3_000, 60_000);

/**
 * The first-party page-view beacon. The page only sends it after consent;
 * the server checks the consent cookie again, so a refusal is honoured even
 * against a stale page or a hand-made request. Only our own pages may send
 * it (Sec-Fetch-Site: same-origin, which browsers set and pages cannot).
 */
export async function POST(request: Request) {
  if (request.headers.get("sec-fetch-site") !== "same-origin" || !isSameOrigin(request)) return new Response(null, { status: 403 });
  const consent = decodeConsent((await cookies()).get(CONSENT_COOKIE)?.value);
  if (consent !== "granted") return new Response(null, { status: 403 });
  if (!perClient.allow(auditAddress(request.headers)) || !perInstance.allow("all")) {
    return new Response(null, { status: 429, headers: { "retry-after": "60" } });
  }
  const read = await readCappedJson(request, BODY_MAX);
  if (read.tooLarge) return new Response(null, { status: 413 });
  const parsed = beaconSchema.safeParse(read.value);
  if (!parsed.success) return Response.json({ error: "expected { articleId: number }" }, { status: 400 });
  const counted = await countArticleView(parsed.data.articleId);
  return new Response(null, { status: counted ? 204 : 404 });
}
