#!/usr/bin/env node
/**
 * `npm run fonts:subset`: cuts IBM Plex Sans Arabic (@fontsource, regular and bold, the
 * only weights the site uses) down to what our pages show, as woff2 only, and writes
 * app/fonts.css with their @font-face rules and size-matched fallback faces.
 *
 *   public/fonts/plex-arabic-{400,700}.woff2      Arabic letters, marks, digits, punctuation
 *   public/fonts/plex-latin-core-{400,700}.woff2  space, digits, punctuation, « »: what Arabic
 *                                                text borrows (dates are in Latin digits)
 *   public/fonts/plex-latin-{400,700}.woff2       the Latin letters (ASCII and Latin-1)
 * Each is declared with its unicode-range, so a page fetches only the files its text needs.
 *
 * The outputs are committed with this script, so builds need no WebAssembly and no
 * font tool; run it again only when the font package or the character set changes.
 * Each fallback face is a local font (Noto Naskh Arabic, as on Android and Debian;
 * Noto Sans / Roboto / Arial for Latin) scaled by size-adjust to the webfont's average
 * advance and given its ascent, descent and line gap, so the swap moves no line.
 */
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync, mkdirSync, existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { lineWidth, metrics } from "./font-metrics.mjs";

const require = createRequire(import.meta.url);
const subsetFont = require("subset-font");
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const source = (subset, weight) =>
  readFileSync(require.resolve(`@fontsource/ibm-plex-sans-arabic/files/ibm-plex-sans-arabic-${subset}-${weight}-normal.woff2`));

const range = (from, to) => Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i)).join("");
const chars = (ranges) => ranges.map(([from, to = from]) => range(from, to)).join("");
const cssRange = (ranges) => ranges.map(([from, to]) => `U+${hex(from)}${to ? `-${hex(to)}` : ""}`).join(", ");
const hex = (n) => n.toString(16).toUpperCase().padStart(4, "0");

// Arabic as written in Arabic news: the letters, tashkeel and Quranic marks, Arabic-Indic digits,
// ، ؛ ؟ ٪ and tatweel (U+060C-0671), the borrowed letters پ چ ژ ڤ ک گ ی of foreign names, and the
// ornate parentheses ﴾ ﴿. Letters of other languages written in Arabic script (Urdu, Kurdish,
// Pashto...) and the presentation forms are left out: the fallback face draws the former, and
// browsers shape from the base letters (the glyphs reached through the font's own substitutions stay).
const ARABIC = [[0x060c, 0x0671], [0x067e], [0x0686], [0x0698], [0x06a4], [0x06a9], [0x06af], [0x06cc], [0xfd3e, 0xfd3f]];
// What Arabic text borrows from Latin: the space, digits (dates are in Latin digits), ASCII
// punctuation and symbols, « » and the Latin-1 signs, dashes, quotes, …, bidi marks, € and ™.
const LATIN_CORE = [
  [0x20, 0x40],
  [0x5b, 0x60],
  [0x7b, 0x7e],
  [0xa0, 0xbf],
  [0xd7],
  [0xf7],
  [0x200b, 0x200f],
  [0x2010, 0x2027],
  [0x2030, 0x203a],
  [0x20ac],
  [0x2122],
];
// The Latin letters, ASCII and Latin-1: only pages with Latin words fetch them.
const LATIN_LETTERS = [
  [0x41, 0x5a],
  [0x61, 0x7a],
  [0xc0, 0xd6],
  [0xd8, 0xf6],
  [0xf8, 0xff],
];
const SUBSETS = [
  { name: "arabic", source: "arabic", ranges: ARABIC },
  { name: "latin-core", source: "latin", ranges: LATIN_CORE },
  { name: "latin", source: "latin", ranges: LATIN_LETTERS },
];
// What the width of a line is matched on: the seed report's Arabic text, and an English paragraph.
const SAMPLE = {
  arabic: readFileSync(path.join(root, "prisma", "seed", "rozana-isis-report.txt"), "utf8")
    .replace(/[^\u0600-\u06ff ]+/g, " ")
    .slice(0, 4000),
  latin:
    "The ministry said on Monday that prices of bread, fuel and medicine rose again this week, the third increase since January, while wages stayed where they were.",
};

const outDir = path.join(root, "public", "fonts");
mkdirSync(outDir, { recursive: true });
const faces = [];
const measured = {};
for (const weight of [400, 700]) {
  for (const subset of SUBSETS) {
    const file = `plex-${subset.name}-${weight}.woff2`;
    const text = chars(subset.ranges);
    // No hinting: phones and Chromium on Linux and macOS draw without it, and it is a third of a file.
    const woff2 = await subsetFont(source(subset.source, weight), text, { targetFormat: "woff2", noHinting: true });
    writeFileSync(path.join(outDir, file), woff2);
    faces.push({ file, weight, unicodeRange: cssRange(subset.ranges), bytes: woff2.length });
    if (subset.name !== "latin-core") {
      // Measured with the space and punctuation too (the Latin core), as a line is set.
      const ttf = await subsetFont(source(subset.source, weight), text + chars(LATIN_CORE), { targetFormat: "truetype", noHinting: true });
      const core = await subsetFont(source("latin", weight), chars(LATIN_CORE), { targetFormat: "truetype", noHinting: true });
      measured[`${subset.name}-${weight}`] = { ...metrics(ttf), width: lineWidth([ttf, core], SAMPLE[subset.name]) };
    }
    console.log(`fonts: ${file} ${woff2.length} bytes`);
  }
}
console.log(
  `fonts: fontsource's files were ${[400, 700].flatMap((w) => ["arabic", "latin"].map((s) => source(s, w).length)).join(", ")} bytes (Arabic and Latin, 400 and 700)`,
);

// The local fonts a phone or desktop already has, by full name (what local() matches), first the
// one measured here (Debian's fonts-noto-core; Android has the same Noto Naskh Arabic).
const NOTO = "/usr/share/fonts/truetype/noto";
const fallbacks = [400, 700].flatMap((weight) => {
  const style = weight === 700 ? "Bold" : "Regular";
  return [
    {
      family: "Plex Arabic Fallback",
      weight,
      locals: [`Noto Naskh Arabic ${style}`, `NotoNaskhArabic-${style}`, `Noto Naskh Arabic UI ${style}`, `NotoNaskhArabicUI-${style}`],
      web: measured[`arabic-${weight}`],
      file: `${NOTO}/NotoNaskhArabic-${style}.ttf`,
      sample: SAMPLE.arabic,
      unicodeRange: "U+0600-06FF, U+FD3E-FD3F",
    },
    {
      family: "Plex Latin Fallback",
      weight,
      locals: [
        `Noto Sans ${style}`,
        `NotoSans-${style}`,
        `Roboto ${style}`,
        `Roboto-${style}`,
        weight === 700 ? "Arial Bold" : "Arial",
        weight === 700 ? "Arial-BoldMT" : "ArialMT",
      ],
      web: measured[`latin-${weight}`],
      file: `${NOTO}/NotoSans-${style}.ttf`,
      sample: SAMPLE.latin,
      unicodeRange: cssRange([...LATIN_CORE, ...LATIN_LETTERS]),
    },
  ];
});

const pct = (n) => `${(n * 100).toFixed(2)}%`;
const css = [
  "/* Generated by scripts/subset-fonts.mjs (npm run fonts:subset): do not edit by hand. */",
  ...faces.map(
    (f) =>
      `@font-face {\n  font-family: "IBM Plex Sans Arabic";\n  font-style: normal;\n  font-weight: ${f.weight};\n  font-display: swap;\n  src: url("/fonts/${f.file}") format("woff2");\n  unicode-range: ${f.unicodeRange};\n}`,
  ),
  ...fallbacks.map(({ family, weight, locals, web, file, sample, unicodeRange }) => {
    // size-adjust scales the local font to the webfont's width of the same text, shaped; the
    // overrides are then given in the adjusted font's em, so the line keeps the webfont's height.
    if (!existsSync(file)) console.warn(`fonts: ${file} is not on this machine: ${family} ${weight} is not size-matched`);
    const size = existsSync(file) ? web.width / web.upem / (lineWidth([readFileSync(file)], sample) / metrics(readFileSync(file)).upem) : 1;
    return `@font-face {\n  font-family: "${family}";\n  font-weight: ${weight};\n  src: ${locals.map((l) => `local("${l}")`).join(", ")};\n  size-adjust: ${pct(size)};\n  ascent-override: ${pct(web.ascent / web.upem / size)};\n  descent-override: ${pct(web.descent / web.upem / size)};\n  line-gap-override: ${pct(web.lineGap / web.upem / size)};\n  unicode-range: ${unicodeRange};\n}`;
  }),
];
writeFileSync(path.join(root, "app", "fonts.css"), `${css.join("\n\n")}\n`);
// In the house style, so `npm run lint` (prettier --check) takes it as it is.
spawnSync(path.join(root, "node_modules", ".bin", "prettier"), ["--write", "app/fonts.css"], { cwd: root, stdio: "ignore" });
console.log("fonts: app/fonts.css written");
