import { isValidSlug, slugify } from "@/lib/slug";

/**
 * The first free slug from `base`: base, base-2, base-3 … `taken` asks the
 * database (current and earlier slugs of the edition both count as taken).
 */
export async function freeSlug(base: string, taken: (slug: string) => Promise<boolean>): Promise<string> {
  const root = isValidSlug(base) ? base : slugify(base) || "article";
  if (!(await taken(root))) return root;
  for (let n = 2; n < 1000; n++) {
    const candidate = `${root.slice(0, 190)}-${n}`;
    if (!(await taken(candidate))) return candidate;
  }
  throw new Error(`no free slug for «${root}»`);
}
