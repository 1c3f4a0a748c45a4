import type { SeedArticle } from "../../types";

/** Arabic edition, ثقافة (culture). Invented demo content (see ./index.ts). */
export const culture: SeedArticle[] = [
  {
    key: "book-fair",
    locale: "ar",
    slug: "small-book-fair-in-a-big-city",
    title: "معرض صغير للكتاب في مدينة كبيرة",
    standfirst: "دور نشر محلية تعرض إصداراتها في قاعة متواضعة، وزوار يبحثون عن كتب بأسعار معقولة.",
    section: "culture",
    authors: ["layla-haddad"],
    tags: ["books"],
    status: "PUBLISHED",
    publishedAt: "2021-11-02T16:00:00+02:00",
    hero: {
      url: "/media/images/hero-3.jpg",
      alt: "رسم توضيحي تجريدي بتدرّجات من الأخضر الفاتح والداكن",
      caption: "رسم تعبيري عن القراءة",
      credit: "نشرة",
      width: 1600,
      height: 900,
    },
    body: [
      {
        type: "paragraph",
        text: "افتتح معرض صغير للكتاب أبوابه في قاعة ثقافية بمشاركة عدد من دور النشر المحلية. وتنوعت العناوين بين الرواية والشعر وكتب الأطفال.",
      },
      { type: "paragraph", text: "ويقول ناشرون إن كلفة الورق والطباعة تضاعفت، ما انعكس على أسعار الكتب. لذلك قدم بعضهم حسومات خاصة لطلاب الجامعات." },
      { type: "heading", text: "القراءة في زمن الأزمات", level: 2 },
      { type: "paragraph", text: "يرى زوار أن المعرض فرصة نادرة للقاء الكتّاب والناشرين وجهاً لوجه. ويأمل المنظمون أن يتحول الحدث إلى موعد سنوي ثابت." },
    ],
  },
  {
    key: "short-films",
    locale: "ar",
    slug: "short-films-from-the-camps",
    title: "أفلام قصيرة من المخيمات تشارك في مهرجانات",
    standfirst: "شبان تعلموا التصوير بهواتفهم يحكون قصص حياتهم اليومية في أفلام قصيرة.",
    section: "culture",
    authors: ["layla-haddad"],
    tags: ["cinema", "displacement"],
    status: "PUBLISHED",
    publishedAt: "2023-12-05T18:30:00+03:00",
    hero: {
      url: "/media/images/hero-4.jpg",
      alt: "رسم توضيحي تجريدي بتدرّج من الوردي إلى الكهرماني والبنفسجي",
      caption: "رسم تعبيري عن صناعة الأفلام",
      credit: "نشرة",
      width: 1600,
      height: 900,
    },
    body: [
      {
        type: "paragraph",
        text: "أنتج شبان من مخيمات الشمال أفلاماً قصيرة صوروها بهواتفهم المحمولة. وتتناول الأفلام تفاصيل الحياة اليومية من طوابير المياه إلى ألعاب الأطفال.",
      },
      { type: "paragraph", text: "وشاركت بعض هذه الأفلام في مهرجانات مخصصة للسينما المستقلة. ويقول صناعها إن المشاركة منحتهم شعوراً بأن أصواتهم مسموعة." },
      {
        type: "paragraph",
        text: "ويعمل مدربون متطوعون على تعليم أساسيات كتابة السيناريو والمونتاج. ويأملون في تأسيس مساحة دائمة لإنتاج الأفلام داخل المخيمات.",
      },
    ],
  },
  {
    key: "oral-history",
    locale: "ar",
    slug: "recording-grandmothers-stories",
    title: "مشروع لتوثيق حكايات الجدّات قبل أن تضيع",
    standfirst: "متطوعون يسجلون حكايات كبار السن عن القرى والأغاني والعادات القديمة.",
    section: "culture",
    authors: ["layla-haddad", "omar-al-sayed"],
    tags: ["books"],
    status: "PUBLISHED",
    publishedAt: "2026-05-16T12:00:00+03:00",
    hero: {
      url: "/media/images/hero-6.jpg",
      alt: "رسم توضيحي تجريدي لحلقات متّحدة المركز بلون رملي",
      caption: "رسم تعبيري عن الذاكرة الشفوية",
      credit: "نشرة",
      width: 1600,
      height: 900,
    },
    body: [
      {
        type: "paragraph",
        text: "يجول متطوعون على بيوت كبار السن لتسجيل حكاياتهم عن الحياة قبل عقود. وتشمل التسجيلات أغاني الأعراس ووصفات الطبخ وأسماء الحقول والينابيع.",
      },
      {
        type: "paragraph",
        text: "ويقول القائمون على المشروع إن كثيراً من هذه الذاكرة مهدد بالضياع مع رحيل أصحابها. لذلك يحرصون على أرشفة التسجيلات ونسخها في أكثر من مكان.",
      },
      { type: "quote", text: "حين تحكي الجدة عن قريتها، فهي ترسم خريطة لا توجد في أي كتاب.", cite: "متطوعة في المشروع" },
      { type: "paragraph", text: "ويخطط الفريق لنشر مختارات من التسجيلات في كتاب مصور ومنصة صوتية. ويدعو العائلات إلى المشاركة بتسجيلاتها الخاصة." },
    ],
  },
];
