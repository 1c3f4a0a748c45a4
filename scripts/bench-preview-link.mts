/**
 * For scripts/bench-performance.mjs: prints the path of a fresh share link to a
 * draft article of the database in DATABASE_URL (signed with NASHRA_SECRET, as
 * the running server will check it), made by its first staff account.
 *   npx tsx --conditions=react-server scripts/bench-preview-link.mts
 */
const { db } = await import("@/lib/db");
const { createPreviewLink } = await import("@/lib/content/preview-links");

const draft = await db.article.findFirst({ where: { status: "DRAFT" }, orderBy: { id: "asc" }, select: { id: true } });
const staff = await db.staffUser.findFirst({ orderBy: { id: "asc" }, select: { id: true } });
if (!draft || !staff) {
  console.error("bench-preview-link: the database has no draft article or no staff account");
  process.exit(1);
}
console.log(`/preview/${await createPreviewLink({ type: "article", id: draft.id }, staff.id, 1)}`);
await db.$disconnect();
