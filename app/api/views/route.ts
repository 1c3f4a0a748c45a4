import { cookies } from "next/headers";
import { z } from "zod";
import { CONSENT_COOKIE, decodeConsent } from "@/lib/consent";
import { countArticleView } from "@/lib/data/views-counter";
import { isSameOrigin } from "@/lib/http";

const beaconSchema = z.object({ articleId: z.number().int().positive() }).strict();

/**
 * The first-party page-view beacon. The page only sends it after consent;
 * the server checks the consent cookie again, so a refusal is honoured even
 * against a stale page or a hand-made request.
 */
export async function POST(request: Request) {
  if (!isSameOrigin(request)) return new Response(null, { status: 403 });
  const consent = decodeConsent((await cookies()).get(CONSENT_COOKIE)?.value);
  if (consent !== "granted") return new Response(null, { status: 403 });
  const parsed = beaconSchema.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return Response.json({ error: "expected { articleId: number }" }, { status: 400 });
  const counted = await countArticleView(parsed.data.articleId);
  return new Response(null, { status: counted ? 204 : 404 });
}
