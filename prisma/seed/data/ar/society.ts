import type { SeedArticle } from "../../types";

/** Arabic edition, مجتمع (society). Invented demo content (see ./index.ts). */
export const society: SeedArticle[] = [
  {
    key: "sewing-workshops",
    locale: "ar",
    slug: "sewing-workshops-for-women-in-camps",
    title: "ورش خياطة تفتح باب رزق لنساء في المخيمات",
    standfirst: "ماكينات خياطة قليلة في خيمة واسعة تحولت إلى مصدر دخل لعشرات النساء.",
    section: "society",
    authors: ["omar-al-sayed"],
    tags: ["displacement"],
    status: "PUBLISHED",
    publishedAt: "2020-07-14T10:00:00+03:00",
    hero: {
      url: "/media/images/hero-4.jpg",
      alt: "رسم توضيحي تجريدي بتدرّج من الوردي إلى الكهرماني والبنفسجي",
      caption: "رسم تعبيري عن العمل اليدوي",
      credit: "نشرة",
      width: 1600,
      height: 900,
    },
    body: [
      {
        type: "paragraph",
        text: "في خيمة واسعة داخل أحد المخيمات، تعمل نساء على ماكينات خياطة لإنتاج ملابس أطفال وأغطية. وتحولت الورشة إلى مصدر دخل لعائلات فقدت معيلها.",
      },
      {
        type: "paragraph",
        text: "وتقول المشرفة على الورشة إن النساء تعلمن المهنة خلال أشهر قليلة. ويجري بيع المنتجات في أسواق قريبة وبعضها عبر طلبات من متاجر صغيرة.",
      },
      { type: "quote", text: "الخياطة أعطتني شيئاً أكثر من المال: أعطتني سبباً للخروج من الخيمة كل صباح.", cite: "إحدى العاملات في الورشة" },
      { type: "paragraph", text: "وتأمل القائمات على المشروع توسيعه ليشمل تدريباً على التسويق الإلكتروني. لكن انقطاع الكهرباء يحد من ساعات العمل اليومية." },
    ],
  },
  {
    key: "internet-cafes",
    locale: "ar",
    slug: "internet-cafes-as-remote-offices",
    title: "مقاهي الإنترنت مكاتب مؤقتة لشباب العمل عن بعد",
    standfirst: "شباب يعملون لحساب شركات خارجية من مقاهٍ توفر كهرباء واتصالاً مستقراً.",
    section: "society",
    authors: ["omar-al-sayed", "huda-nasser"],
    tags: ["electricity", "education"],
    status: "PUBLISHED",
    publishedAt: "2023-05-18T14:00:00+03:00",
    hero: {
      url: "/media/images/hero-5.jpg",
      alt: "رسم توضيحي تجريدي لخطوط متموّجة بالأزرق المخضرّ",
      caption: "رسم تعبيري عن العمل عن بعد",
      credit: "نشرة",
      width: 1600,
      height: 900,
    },
    body: [
      {
        type: "paragraph",
        text: "تحولت مقاهي الإنترنت في مدن عدة إلى مكاتب مؤقتة لشباب يعملون عن بعد. ويدفع هؤلاء اشتراكاً يومياً مقابل مقعد وكهرباء واتصال أسرع من المنزل.",
      },
      {
        type: "paragraph",
        text: "ويعمل معظمهم في البرمجة والتصميم والترجمة لحساب عملاء في الخارج. ويواجهون صعوبات في استلام أجورهم بسبب القيود على التحويلات المالية.",
      },
      {
        type: "paragraph",
        text: "ويرى أصحاب المقاهي أن هذا النوع من الزبائن بات يشكل جزءاً كبيراً من دخلهم. لذلك يستثمرون في بطاريات ومولدات لضمان عدم انقطاع الخدمة.",
      },
    ],
  },
  {
    key: "wedding-costs",
    locale: "ar",
    slug: "wedding-costs-rise-young-people-delay-marriage",
    title: "تكاليف الأعراس ترتفع والشباب يؤجلون الزواج",
    standfirst: "المهور وإيجارات البيوت وتكاليف الحفلات تدفع شباناً إلى تأجيل الزواج سنوات.",
    section: "society",
    authors: ["omar-al-sayed"],
    tags: ["prices"],
    status: "PUBLISHED",
    publishedAt: "2024-08-09T19:00:00+03:00",
    hero: {
      url: "/media/images/hero-6.jpg",
      alt: "رسم توضيحي تجريدي لحلقات متّحدة المركز بلون رملي",
      caption: "رسم تعبيري عن تكاليف الزواج",
      credit: "نشرة",
      width: 1600,
      height: 900,
    },
    body: [
      {
        type: "paragraph",
        text: "يقول شبان في العشرينيات إن الزواج أصبح حلماً مؤجلاً بسبب التكاليف المرتفعة. وتشمل هذه التكاليف المهر والذهب وتأثيث البيت وإيجار صالة الحفل.",
      },
      { type: "paragraph", text: "ولجأت عائلات إلى تبسيط المراسم والاكتفاء بحفلات عائلية صغيرة. كما تنتشر مبادرات لأعراس جماعية تتقاسم فيها الأسر التكاليف." },
      {
        type: "paragraph",
        text: "ويرى باحثون اجتماعيون أن تأخر سن الزواج بات ظاهرة واسعة لها آثار اجتماعية ونفسية. ويدعون إلى مراجعة العادات المرتبطة بالمهور بما يتناسب مع الواقع الاقتصادي.",
      },
    ],
  },
];
