import { createHmac, timingSafeEqual } from "node:crypto";
import { z } from "zod";

/**
 * Shareable preview tokens: base64url(JSON payload) + "." + base64url(HMAC-SHA256).
 * The payload binds the token to one item and an expiry; the database row
 * (same id) adds revocation. Pure: the secret and the clock are arguments.
 */
export const itemTypes = ["article", "episode"] as const;
export type ItemType = (typeof itemTypes)[number];

const payloadSchema = z
  .object({
    v: z.literal(1),
    id: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/),
    type: z.enum(itemTypes),
    item: z.number().int().positive(),
    exp: z.number().int().positive(),
  })
  .strict();

export type PreviewPayload = z.infer<typeof payloadSchema>;

export const DEFAULT_PREVIEW_HOURS = 48;

function sign(body: string, secret: string): string {
  return createHmac("sha256", secret).update(body).digest("base64url");
}

export function signPreviewToken(payload: Omit<PreviewPayload, "v">, secret: string): string {
  const body = Buffer.from(JSON.stringify({ v: 1, ...payload })).toString("base64url");
  return `${body}.${sign(body, secret)}`;
}

export type VerifyResult = { ok: true; payload: PreviewPayload } | { ok: false; reason: "malformed" | "signature" | "expired" };

/** Checks shape, signature (constant time) and expiry; revocation is the caller's database check. */
export function verifyPreviewToken(token: string, secret: string, now: Date): VerifyResult {
  if (token.length > 1024) return { ok: false, reason: "malformed" };
  const match = /^([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match) return { ok: false, reason: "malformed" };
  const [, body, signature] = match;
  const expected = Buffer.from(sign(body, secret));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: "signature" };
  let raw: unknown;
  try {
    raw = JSON.parse(Buffer.from(body, "base64url").toString("utf8"));
  } catch {
    return { ok: false, reason: "malformed" };
  }
  const parsed = payloadSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, reason: "malformed" };
  if (parsed.data.exp * 1000 <= now.getTime()) return { ok: false, reason: "expired" };
  return { ok: true, payload: parsed.data };
}
