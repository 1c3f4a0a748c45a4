import { describe, expect, it } from "vitest";
import { documentTokens, foldWords, MAX_QUERY_CHARS, parseQuery, textMatches } from "./normalize";

// [rule, query, document]: the query must find the document.
const mustMatch: [string, string, string][] = [
  ["hamza أ", "الاسد", "قال الأسد في خطابه"],
  ["hamza إ", "اسلام", "الإسلام"],
  ["hamza آ", "اثار", "آثار الحرب"],
  ["hamza wasla ٱ", "ابن", "ٱبن"],
  ["hamza on waw ؤ", "مءتمر", "مؤتمر صحفي"],
  ["hamza on ya ئ", "رءيس", "رئيس الحكومة"],
  ["hamza both ways", "رئيس", "رءيس"],
  ["alef maqsura ى/ي", "مستشفي", "مستشفى المدينة"],
  ["alef maqsura ي/ى", "مستشفى", "مستشفي المدينة"],
  ["Farsi ya", "سوريي", "سوریی"],
  ["ta marbuta ة/ه", "مدرسه", "المدرسة الابتدائية"],
  ["ta marbuta ه/ة", "مدرسة", "في مدرسه القرية"],
  ["Farsi kaf", "كتاب", "کتاب"],
  ["tashkeel in document", "مدرسة", "مُدَرِّسَة"],
  ["tashkeel in query", "مُدَرِّسَة", "مدرسة"],
  ["superscript alef", "هذا", "هٰذا"],
  ["tatweel", "كتاب", "كتــــاب"],
  ["zero-width non-joiner", "كتاب", "كت\u200cاب"],
  ["zero-width space", "سوريا", "سور\u200bيا"],
  ["bidi marks", "داعش", "\u202bداعش\u202c"],
  ["Arabic-Indic digits", "2021", "عام ٢٠٢١"],
  ["Arabic-Indic digits in query", "٢٠٢١", "عام 2021"],
  ["Persian digits", "2021", "۲۰۲۱"],
  ["guillemets", "داعش", "«داعش»"],
  ["straight quotes", '"داعش"', "تنظيم «داعش»"],
  ["curly quotes", "داعش", "“داعش”"],
  ["Arabic comma and punctuation", "حلب", "دمشق،حلب؛ حمص؟"],
  ["attached و+ال in document", "كتاب", "والكتاب"],
  ["attached ب+ال in document", "مدرسة", "بالمدرسة"],
  ["attached ف+ال", "كتاب", "فالكتاب"],
  ["attached ك+ال", "كتاب", "كالكتاب"],
  ["attached لل", "مدرسة", "للمدرسة"],
  ["ال in query, none in document", "الكتاب", "كتاب"],
  ["و+ال in query", "والكتاب", "كتاب جديد"],
  ["ب+ال in query", "بالمدرسة", "مدرسة"],
  ["attached و in document", "حكومة", "وحكومة"],
  ["attached ف in document", "قال", "فقال"],
  ["attached ب in document", "دمشق", "بدمشق"],
  ["attached ك in document", "سوريا", "كسوريا"],
  ["attached ل in document", "حكومة", "لحكومة"],
  ["attached و in query", "وحكومة", "الحكومة"],
  ["word starting with clitic letter, whole", "بيروت", "بيروت"],
  ["last word as prefix", "انتخا", "الانتخابات"],
  ["every word, any order", "حلب دمشق", "من دمشق إلى حلب"],
  ["Latin case", "Syria", "SYRIA today"],
  ["NFKC ligature", "لا", "\ufefb"],
];

// [rule, query, document]: the query must NOT find the document.
const mustNotMatch: [string, string, string][] = [
  ["no stemming: مدرسة is not مدرس", "مدرسة", "المدرس"],
  ["no stemming: كتاب is not كتب", "كتاب", "كتب الطالب"],
  ["كتب does not find كتاب as a non-last word", "كتب جديد", "كتاب جديد"],
  ["clitic strip keeps three letters: بلد is not لد", "بلد", "ولد"],
  ["stripped form is exact when short: كتاب is not تابع", "كتاب", "تابع الخبر"],
  ["every word must match", "حلب دمشق", "من حلب"],
  ["only the last word is a prefix", "انتخا نتائج", "الانتخابات نتائج"],
  ["ta marbuta is not dropped", "مدرسة", "مدرس"],
  ["hamza does not fold to ya", "رئيس", "رييس"],
  ["empty query finds nothing", "   ", "أي شيء"],
  ["punctuation only finds nothing", '«»"*():-', "أي شيء"],
];

describe("search matching", () => {
  it.each(mustMatch)("%s: «%s» finds «%s»", (_rule, query, doc) => {
    expect(textMatches(doc, query)).toBe(true);
  });
  it.each(mustNotMatch)("%s: «%s» does not find «%s»", (_rule, query, doc) => {
    expect(textMatches(doc, query)).toBe(false);
  });
});

describe("documentTokens", () => {
  it("indexes each word, and also without its article or attached letter", () => {
    expect(documentTokens("والكتاب بدمشق").split(" ")).toEqual(["والكتاب", "كتاب", "الكتاب", "بدمشق", "دمشق"]);
  });
  it("leaves only letters and digits, separated by single spaces", () => {
    expect(documentTokens('«"داعش"» (2021) — قال: «لا»!')).toBe("داعش 2021 قال لا");
  });
});

describe("parseQuery", () => {
  it("treats FTS and SQL syntax as text", () => {
    const q = parseQuery(`" * : ( ) - NEAR OR AND NOT ' \\ ; -- DROP TABLE Article`);
    expect(q.terms.flatMap((t) => t.forms.map((f) => f.text))).toEqual(["near", "or", "and", "not", "drop", "table", "article"]);
    for (const t of q.terms) for (const f of t.forms) expect(f.text).toMatch(/^[\p{L}\p{N}]+$/u);
  });
  it("makes only the last word a prefix", () => {
    expect(parseQuery("حلب دمشق").terms.map((t) => t.forms[0].prefix)).toEqual([false, true]);
  });
  it("cuts queries over 200 characters and says so", () => {
    const long = "سوريا ".repeat(60);
    const q = parseQuery(long);
    expect(q.truncated).toBe(true);
    expect([...q.text].length).toBeLessThanOrEqual(MAX_QUERY_CHARS);
    expect(parseQuery("سوريا").truncated).toBe(false);
  });
  it("folds a query like a document", () => {
    expect(foldWords("الأَسَد ٢٠٢١")).toEqual(["الاسد", "2021"]);
  });
});
