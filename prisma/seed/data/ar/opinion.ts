import type { SeedArticle } from "../../types";

/** Arabic edition, رأي (opinion). Invented demo content (see ./index.ts). */
export const opinion: SeedArticle[] = [
  {
    key: "local-journalism",
    locale: "ar",
    slug: "why-we-need-independent-local-journalism",
    title: "لماذا نحتاج إلى صحافة محلية مستقلة؟",
    standfirst: "الصحافة المحلية ليست ترفاً، بل أداة يعرف بها الناس ما يجري في شوارعهم.",
    section: "opinion",
    authors: ["huda-nasser"],
    tags: ["media"],
    status: "PUBLISHED",
    publishedAt: "2021-05-03T09:00:00+03:00",
    body: [
      {
        type: "paragraph",
        text: "حين تغيب الصحافة المحلية، يملأ الفراغ مزيج من الشائعات والبيانات الرسمية. ويصبح الناس أقل قدرة على مساءلة من يدير شؤونهم اليومية.",
      },
      { type: "paragraph", text: "الصحافة المستقلة تعني أن تُطرح الأسئلة الصعبة حتى حين تكون الإجابات مزعجة. وتعني أيضاً أن يعترف الصحفي بخطئه ويصححه علناً." },
      { type: "paragraph", text: "ولا يمكن لهذه الصحافة أن تستمر من دون جمهور يثق بها ويدعمها. فالقارئ شريك في حماية حقه في المعرفة وليس مجرد متلقٍّ للأخبار." },
    ],
  },
  {
    key: "aid-not-solution",
    locale: "ar",
    slug: "aid-is-not-a-lasting-solution",
    title: "المساعدات ليست حلاً دائماً",
    standfirst: "سنوات من السلال الغذائية أثبتت أن الإغاثة وحدها لا تبني حياة كريمة.",
    section: "opinion",
    authors: ["omar-al-sayed"],
    tags: ["displacement", "prices"],
    status: "PUBLISHED",
    publishedAt: "2022-10-10T10:00:00+03:00",
    body: [
      {
        type: "paragraph",
        text: "لا أحد ينكر أن المساعدات أنقذت أرواحاً كثيرة في أصعب السنوات. لكن استمرارها بالشكل نفسه لعقد كامل يطرح أسئلة عن جدواها على المدى الطويل.",
      },
      {
        type: "paragraph",
        text: "الأسر التي تعتمد على السلة الشهرية تبقى رهينة قرارات تمويل تُتخذ بعيداً عنها. وكل تقليص في الميزانيات يتحول فوراً إلى جوع في بيوتها.",
      },
      { type: "quote", text: "من يملك مهنة لا ينتظر الشاحنة على باب المخيم." },
      {
        type: "paragraph",
        text: "المطلوب هو الانتقال التدريجي من الإغاثة إلى دعم سبل العيش والتعليم المهني. فالكرامة تبدأ حين يستطيع الإنسان أن يعيل نفسه بعمله.",
      },
    ],
  },
  {
    key: "memory-duty",
    locale: "ar",
    slug: "when-memory-becomes-a-duty",
    title: "الذاكرة حين تصبح واجباً",
    standfirst: "توثيق ما جرى ليس انشغالاً بالماضي، بل شرط لبناء مستقبل لا يكرر الأخطاء.",
    section: "opinion",
    authors: ["layla-haddad"],
    tags: ["books", "media"],
    status: "PUBLISHED",
    publishedAt: "2026-11-18T20:00:00+03:00",
    body: [
      {
        type: "paragraph",
        text: "يسأل بعضهم لماذا نستمر في الكتابة عن سنوات الحرب بدلاً من النظر إلى الأمام. والجواب أن النظر إلى الأمام لا يعني إغماض العينين عما خلفنا.",
      },
      {
        type: "paragraph",
        text: "الذاكرة الموثقة تحمي الحقيقة من التزوير، وتمنح الضحايا مكاناً في الرواية العامة. وهي أيضاً درس للأجيال التي لم تعش تلك السنوات.",
      },
      { type: "paragraph", text: "لذلك تبدو مشاريع الأرشفة والتاريخ الشفوي أكثر من مجرد أعمال ثقافية. إنها جزء من عدالة طويلة النفس تبدأ بالاعتراف." },
      { type: "related", label: "mayInterest", target: "oral-history" },
    ],
  },
];
