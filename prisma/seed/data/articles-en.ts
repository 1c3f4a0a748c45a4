import type { SeedArticle } from "../types";

/**
 * English edition demo articles. Invented, generic demo content: places are
 * real, but people, figures and quotes are illustrative, not real reporting.
 */
export const articlesEn: SeedArticle[] = [
  {
    key: "oil-barrels-en",
    locale: "en",
    slug: "20000-oil-barrels-reach-syrian-regime-from-sdf-areas",
    title: `20,000 barrels of oil reach the Syrian regime from "SDF" areas`,
    standfirst: "Convoys of tankers carry crude oil from fields in north-east Syria to refineries in regime-held areas.",
    section: "economy",
    authors: ["rana-al-khatib"],
    tags: ["energy", "economy-en", "syria-en"],
    status: "PUBLISHED",
    publishedAt: "2020-12-20T15:00:00+02:00",
    translationOf: "oil-barrels",
    hero: {
      url: "/media/images/hero-1.jpg",
      alt: "Abstract illustration: a warm diagonal gradient from red through orange to pale peach",
      caption: "Illustration for a story about the oil trade",
      credit: "Nashra",
      width: 1600,
      height: 900,
    },
    body: [
      {
        type: "paragraph",
        text: "About 20,000 barrels of crude oil have reached areas controlled by the Syrian regime from fields in areas held by the Syrian Democratic Forces (SDF), according to local sources. The shipment was moved in batches by convoys of tankers over several days.",
      },
      {
        type: "paragraph",
        text: "These shipments usually head to refineries in the centre of the country to be refined and sold on the local market. This comes as regime-held areas face an acute fuel crisis, with long queues outside petrol stations.",
      },
      {
        type: "paragraph",
        text: "Observers of economic affairs say the oil trade between the two sides has continued for years despite their political differences. Both rely on intermediaries and private transport companies to complete these deals.",
      },
      {
        type: "paragraph",
        text: "Neither side has commented officially on the quantities or prices involved. The effect of these shipments on the fuel crisis remains limited compared with the scale of daily demand.",
      },
    ],
  },
  {
    key: "desert-attacks-en",
    locale: "en",
    slug: "sporadic-attacks-continue-in-the-syrian-desert",
    title: "Sporadic attacks continue in the Syrian desert",
    standfirst: "Small armed cells still use the open desert to stage ambushes on the roads between Deir ez-Zor and Homs.",
    section: "reports",
    authors: ["sarah-collins", "malek-al-hafez"],
    tags: ["security-en", "syria-en"],
    status: "PUBLISHED",
    publishedAt: "2021-02-10T12:00:00+02:00",
    hero: {
      url: "/media/images/hero-6.jpg",
      alt: "Abstract illustration of concentric sand-coloured rings",
      caption: "Illustration of the Syrian desert",
      credit: "Nashra",
      width: 1600,
      height: 900,
    },
    body: [
      {
        type: "paragraph",
        text: "The Syrian desert covers almost half of the country and is crossed by dirt tracks and dry valleys that are hard to monitor. Small armed cells move through it in groups, far from checkpoints.",
      },
      {
        type: "paragraph",
        text: "Ambushes on the main roads are typically short and followed by a quick retreat into the desert. Drivers say they now travel in convoys and only in daylight.",
      },
      {
        type: "quote",
        text: "Out here the desert never ends, and any truck that falls behind becomes an easy target.",
        cite: "A lorry driver on the Palmyra road",
      },
      {
        type: "paragraph",
        text: "Repeated sweeps by ground forces have not ended the attacks, which tend to resume once troops withdraw. Residents of nearby towns ask for permanent first-aid points along the long desert roads.",
      },
    ],
  },
  {
    key: "camps-winter-en",
    locale: "en",
    slug: "winter-returns-to-the-camps-of-north-west-syria",
    title: "Winter returns to the camps of north-west Syria",
    standfirst: "Worn-out tents and scarce heating fuel leave families exposed as the rainy season begins.",
    section: "society",
    authors: ["daniel-price"],
    tags: ["displacement-en", "syria-en"],
    status: "PUBLISHED",
    publishedAt: "2022-12-05T09:00:00+03:00",
    hero: {
      url: "/media/images/hero-2.jpg",
      alt: "Abstract illustration of a blue radial gradient on a pale background",
      caption: "Illustration of winter in the camps",
      credit: "Nashra",
      width: 1600,
      height: 900,
    },
    body: [
      {
        type: "paragraph",
        text: "With the first cold spell, families in the camps of north-west Syria began patching their tents with whatever plastic sheeting they could find. Many say their tents have not been replaced in more than two years.",
      },
      {
        type: "paragraph",
        text: "People burn firewood, pistachio shells and sometimes old clothes to keep warm. Health workers warn of the risk of fires and smoke inhalation inside the tents.",
      },
      {
        type: "paragraph",
        text: "Local response teams say the aid distributed so far covers only a small share of needs. They are calling for drainage channels to be dug before the dirt roads flood.",
      },
    ],
  },
  {
    key: "independent-journalism-en",
    locale: "en",
    slug: "why-local-independent-journalism-still-matters",
    title: "Why local, independent journalism still matters",
    standfirst: "When local reporting disappears, rumour and official statements fill the gap.",
    section: "opinion",
    authors: ["sarah-collins"],
    tags: ["media-freedom"],
    status: "PUBLISHED",
    publishedAt: "2024-05-03T10:00:00+03:00",
    updatedAt: "2024-05-03T16:30:00+03:00",
    body: [
      {
        type: "paragraph",
        text: "Local journalism is how people learn what is happening on their own streets. Without it, they are left with a mix of rumours, social media posts and official statements.",
      },
      {
        type: "paragraph",
        text: "Independence means asking difficult questions even when the answers are uncomfortable. It also means admitting mistakes and correcting them in public.",
      },
      { type: "related", label: "readAlso", target: "local-radio-en" },
      {
        type: "paragraph",
        text: "None of this survives without an audience that trusts and supports it. Readers are partners in protecting their own right to know.",
      },
    ],
  },
  {
    key: "solar-en",
    locale: "en",
    slug: "solar-panels-spread-across-rooftops",
    title: "Solar panels spread across rooftops as the grid falters",
    standfirst: "Households are spending their savings on panels and batteries to make up for missing public power.",
    section: "economy",
    authors: ["sarah-collins"],
    tags: ["energy", "economy-en"],
    status: "PUBLISHED",
    publishedAt: "2025-05-01T11:00:00+03:00",
    hero: {
      url: "/media/images/hero-4.jpg",
      alt: "Abstract illustration: a gradient from pink to amber and purple",
      caption: "Illustration for a story about solar power",
      credit: "Nashra",
      width: 1600,
      height: 900,
    },
    body: [
      {
        type: "paragraph",
        text: "Solar panels have become a familiar sight on rooftops in cities and villages alike. Families use them to run lights and fridges and to charge their phones.",
      },
      {
        type: "paragraph",
        text: "The quality of panels and batteries on the market varies widely. Some buyers complain of batteries that lost most of their capacity within months.",
      },
      {
        type: "paragraph",
        text: "Technicians say a basic home system costs several months' wages. Some neighbours now share a single system and split the cost between them.",
      },
    ],
  },
  {
    key: "local-radio-en",
    locale: "en",
    slug: "local-radio-stations-return-to-the-air",
    title: "Local radio stations return to the air",
    standfirst: "Small stations resume broadcasting with service news and phone-in shows after years off air.",
    section: "culture",
    authors: ["daniel-price", "layla-haddad"],
    tags: ["media-freedom", "culture-en"],
    status: "PUBLISHED",
    publishedAt: "2025-09-20T18:00:00+03:00",
    hero: {
      url: "/media/images/hero-5.jpg",
      alt: "Abstract illustration of wavy teal stripes",
      caption: "Illustration of broadcast waves",
      credit: "Nashra",
      width: 1600,
      height: 900,
    },
    body: [
      {
        type: "paragraph",
        text: "Several local radio stations are back on air after years of silence caused by security and funding problems. Their schedules focus on practical news, weather and market prices.",
      },
      {
        type: "paragraph",
        text: "Staff say radio still matters in places where internet coverage is weak. Listeners take part through phone calls and voice messages.",
      },
      {
        type: "paragraph",
        text: "The stations face a shortage of funding and trained staff. Their managers hope that local advertising will cover part of the costs.",
      },
    ],
  },
  {
    key: "oral-history-en",
    locale: "en",
    slug: "recording-grandmothers-stories-before-they-are-lost",
    title: "Recording grandmothers' stories before they are lost",
    standfirst: "Volunteers are collecting older people's memories of villages, songs and customs.",
    section: "culture",
    authors: ["daniel-price"],
    tags: ["culture-en"],
    status: "PUBLISHED",
    publishedAt: "2026-06-01T12:00:00+03:00",
    hero: {
      url: "/media/images/hero-3.jpg",
      alt: "Abstract illustration in light and dark green gradients",
      caption: "Illustration for a story about oral history",
      credit: "Nashra",
      width: 1600,
      height: 900,
    },
    body: [
      {
        type: "paragraph",
        text: "Volunteers visit older people at home to record their stories of life decades ago. The recordings include wedding songs, recipes and the names of fields and springs.",
      },
      { type: "heading", text: "A race against time", level: 2 },
      {
        type: "paragraph",
        text: "The organisers say much of this memory is at risk of disappearing. They archive every recording and keep copies in more than one place.",
      },
      {
        type: "paragraph",
        text: "The team plans to publish a selection as an illustrated book and an audio platform. Families are invited to contribute recordings of their own.",
      },
    ],
  },
];
