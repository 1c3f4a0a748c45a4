import type { SeedArticle } from "../../types";

/** Arabic edition, not public: a draft and an item scheduled far ahead. Invented demo content (see ./index.ts). */
export const notPublic: SeedArticle[] = [
  {
    key: "draft-1",
    locale: "ar",
    slug: "draft-budget-leak",
    title: "مسودة: تسريب ميزانية تمويل خلايا داعش في البادية",
    standfirst: "مسودة غير منشورة — يجب ألا تظهر في أي صفحة عامة.",
    section: "reports",
    authors: ["malek-al-hafez"],
    tags: ["isis", "syrian-desert"],
    status: "DRAFT",
    publishedAt: null,
    hero: {
      url: "/media/images/hero-2.jpg",
      alt: "رسم توضيحي تجريدي لدائرة زرقاء متدرّجة على خلفية فاتحة",
      caption: "رسم تعبيري (مسودة)",
      credit: "نشرة",
      width: 1600,
      height: 900,
    },
    body: [
      { type: "paragraph", text: "هذه مسودة قيد التحرير ولم تُراجع بعد. تتناول وثائق يُقال إنها تكشف بنود ميزانية لتمويل خلايا مسلحة في البادية." },
      { type: "paragraph", text: "بانتظار التحقق من المصادر قبل النشر. لا تُنشر هذه المادة قبل موافقة رئيس التحرير." },
      { type: "paragraph", text: "ملاحظة للمحرر: يجب مقارنة الأرقام مع تقارير سابقة. وحذف أي تفاصيل قد تعرض المصادر للخطر." },
    ],
  },
  {
    key: "scheduled-1",
    locale: "ar",
    slug: "scheduled-election-preview",
    title: "مجدول: قراءة مسبقة في الانتخابات المحلية ومخاوف أمنية من داعش",
    standfirst: "مادة مجدولة للنشر مستقبلاً — يجب ألا تظهر في أي صفحة عامة قبل موعدها.",
    section: "reports",
    authors: ["malek-al-hafez"],
    tags: ["isis", "security"],
    status: "SCHEDULED",
    publishedAt: "2099-01-01T09:00:00+02:00",
    hero: {
      url: "/media/images/hero-5.jpg",
      alt: "رسم توضيحي تجريدي لخطوط متموّجة بالأزرق المخضرّ",
      caption: "رسم تعبيري (مادة مجدولة)",
      credit: "نشرة",
      width: 1600,
      height: 900,
    },
    body: [
      {
        type: "paragraph",
        text: "تستعد مناطق عدة لانتخابات محلية وسط مخاوف من هجمات قد تستهدف مراكز الاقتراع. وتتحدث الجهات المنظمة عن خطط لتأمين الطرق المؤدية إليها.",
      },
      {
        type: "paragraph",
        text: "ويرى متابعون أن نسبة المشاركة ستتأثر بالوضع الأمني في المناطق القريبة من البادية. فيما يراهن المرشحون على الملفات الخدمية لجذب الناخبين.",
      },
      { type: "paragraph", text: "هذه المادة مجدولة للنشر ولم يحن موعدها بعد. وستحدث الأرقام قبل النشر." },
    ],
  },
];
