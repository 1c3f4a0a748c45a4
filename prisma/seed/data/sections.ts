import type { SeedSection } from "../types";

export const sections: SeedSection[] = [
  {
    slug: "news",
    nameAr: "أخبار",
    nameEn: "News",
    descriptionAr: "آخر الأخبار العاجلة والمستجدات اليومية من سوريا والمنطقة.",
    descriptionEn: "Breaking news and daily updates from Syria and the region.",
    position: 1,
  },
  {
    slug: "reports",
    nameAr: "تقارير",
    nameEn: "Reports",
    descriptionAr: "تقارير معمّقة تتابع الملفات السياسية والأمنية والإنسانية.",
    descriptionEn: "In-depth reports following political, security and humanitarian files.",
    position: 2,
  },
  {
    slug: "economy",
    nameAr: "اقتصاد",
    nameEn: "Economy",
    descriptionAr: "أسعار وأسواق وموارد ومعيشة الناس في ظل الأزمات.",
    descriptionEn: "Prices, markets, resources and livelihoods in times of crisis.",
    position: 3,
  },
  {
    slug: "society",
    nameAr: "مجتمع",
    nameEn: "Society",
    descriptionAr: "قصص الناس اليومية في التعليم والصحة والنزوح والعمل.",
    descriptionEn: "Everyday stories about education, health, displacement and work.",
    position: 4,
  },
  {
    slug: "culture",
    nameAr: "ثقافة",
    nameEn: "Culture",
    descriptionAr: "الأدب والفنون والذاكرة والحياة الثقافية في الداخل والمهجر.",
    descriptionEn: "Literature, arts, memory and cultural life at home and in exile.",
    position: 5,
  },
  {
    slug: "opinion",
    nameAr: "رأي",
    nameEn: "Opinion",
    descriptionAr: "مقالات رأي تعبّر عن وجهات نظر كتّابها ولا تمثّل بالضرورة رأي نشرة.",
    descriptionEn: "Opinion pieces that reflect their authors' views, not necessarily Nashra's.",
    position: 6,
  },
];
