import { z } from "zod";

/**
 * The desk's list filters, read from GET query parameters. A malformed
 * value is ignored (the list shows as if it were absent), never an error:
 * the desk is a staff tool and a stale bookmark should still open.
 */
export const DESK_PAGE_SIZE = 50;
export const deskStatuses = ["draft", "scheduled", "published", "withdrawn"] as const;
export type DeskStatus = (typeof deskStatuses)[number];

const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);
const slug = z.preprocess(
  first,
  z
    .string()
    .trim()
    .min(1)
    .max(200)
    .regex(/^[^\s/?#]+$/u)
    .optional()
    .catch(undefined),
);

export const deskFilterSchema = z.object({
  status: z.preprocess(first, z.enum(deskStatuses).optional().catch(undefined)),
  section: slug,
  author: slug,
  q: z.preprocess(first, z.string().trim().max(200).optional().catch(undefined)).transform((v) => v || undefined),
  page: z.preprocess(first, z.coerce.number().int().min(1).max(100_000).catch(1).default(1)),
});
export type DeskFilters = z.infer<typeof deskFilterSchema>;

export function parseDeskFilters(raw: Record<string, unknown>): DeskFilters {
  return deskFilterSchema.parse(raw);
}

/** True when any filter (not the page) narrows the list. */
export function filtered(f: DeskFilters): boolean {
  return Boolean(f.status || f.section || f.author || f.q);
}

/** The query string of the desk with these filters (page 1 is left out), "" when none. */
export function deskQuery(f: Partial<DeskFilters>): string {
  const params = new URLSearchParams();
  for (const key of ["status", "section", "author", "q"] as const) if (f[key]) params.set(key, String(f[key]));
  if (f.page && f.page > 1) params.set("page", String(f.page));
  const qs = params.toString();
  return qs ? `?${qs}` : "";
}
