import type { SeedAuthor } from "../types";

export const authors: SeedAuthor[] = [
  {
    slug: "malek-al-hafez",
    name: "مالك الحافظ",
    bio: "صحفي سوري في روزنة يكتب التقارير السياسية والأمنية.",
  },
  {
    slug: "rana-al-khatib",
    name: "رنا الخطيب",
    bio: "صحفية تتابع الشأن الاقتصادي وأسواق الطاقة والمعيشة.",
  },
  {
    slug: "sami-darwish",
    name: "سامي درويش",
    bio: "مراسل ميداني يغطي شمال غرب البلاد وقضايا النزوح.",
  },
  {
    slug: "layla-haddad",
    name: "ليلى حداد",
    bio: "محررة ثقافية تكتب عن الأدب والسينما والذاكرة.",
  },
  {
    slug: "omar-al-sayed",
    name: "عمر السيد",
    bio: "كاتب وباحث في الشؤون الاجتماعية والتعليم.",
  },
  {
    slug: "huda-nasser",
    name: "هدى ناصر",
    bio: "صحفية بيانات تهتم بالأرقام والتحقق من المعلومات.",
  },
  {
    slug: "sarah-collins",
    name: "Sarah Collins",
    bio: "Editor of Nashra's English edition, covering regional politics and the economy.",
  },
  {
    slug: "daniel-price",
    name: "Daniel Price",
    bio: "Reporter for the English edition who writes about society, culture and media.",
  },
];
