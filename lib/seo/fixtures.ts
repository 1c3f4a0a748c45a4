/** Shared test fixtures: an article view as lib/data returns it, with a hostile title. */
import type { ArticleView } from "@/lib/data/views";

export const TRICKY_TITLE = "Raid </script><script>alert(1)</script> & \"quotes\" 'apos' <b>bold</b>";

export function articleFixture(overrides: Partial<ArticleView> = {}): ArticleView {
  return {
    id: 42,
    locale: "ar",
    slug: "داعش-يجدد-استهداف",
    title: '"داعش" يجدد استهداف قوات النظام… ما مصدر قوته؟',
    standfirst: "هجمات متجددة & أسئلة <قديمة>",
    publishedAt: "2021-01-01T08:00:00.000Z",
    updatedAt: "2021-01-02T09:30:00.000Z",
    section: { slug: "reports", name: "تقارير" },
    authors: [{ slug: "malek-al-hafez", name: "مالك الحافظ" }],
    hero: { url: "/media/images/hero-1.jpg", alt: "رسم", caption: "رسم توضيحي", credit: "نشرة", width: 1600, height: 900 },
    body: [
      { type: "paragraph", text: "فقرة أولى & <ثانية>" },
      { type: "related", label: "mayInterest", articleId: 7 },
      { type: "related", label: "readAlso", articleId: 99 },
    ],
    tags: [
      { slug: "isis", name: "داعش" },
      { slug: "syrian-desert", name: "البادية السورية" },
    ],
    related: { 7: { id: 7, locale: "ar", slug: "نفط-قسد", title: 'نفط "قسد" & النظام' } },
    translation: null,
    readingMinutes: 3,
    ...overrides,
  };
}
