import { timingSafeEqual } from "node:crypto";
import { revalidateTag } from "next/cache";
import { z } from "zod";
import { readCappedJson } from "@/lib/http";
import { revalidateSecret } from "@/lib/secrets";

const bodySchema = z.object({ tags: z.array(z.string().min(1).max(256)).min(1).max(500) }).strict();

function authorized(header: string | null): boolean {
  const expected = Buffer.from(`Bearer ${revalidateSecret()}`);
  const given = Buffer.from(header ?? "");
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** Out-of-process writers (seed, CLI tools) invalidate cached pages through here. */
export async function POST(request: Request) {
  if (!authorized(request.headers.get("authorization"))) {
    return Response.json({ error: "unauthorized" }, { status: 401 });
  }
  // 500 tags of 256 characters (two bytes each in Arabic), JSON-quoted, fit in 320 KB.
  const read = await readCappedJson(request, 320 * 1024);
  if (read.tooLarge) return Response.json({ error: "body too large" }, { status: 413 });
  const parsed = bodySchema.safeParse(read.value);
  if (!parsed.success) return Response.json({ error: "expected { tags: string[] }" }, { status: 400 });
  for (const tag of parsed.data.tags) revalidateTag(tag, { expire: 0 });
  return Response.json({ revalidated: parsed.data.tags });
}
