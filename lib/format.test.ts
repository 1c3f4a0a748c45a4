import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import ar from "@/locales/ar.json";
import en from "@/locales/en.json";
import { clockDuration, durationMinutes, formatLongDate, formatNumber } from "./format";

describe("formatLongDate", () => {
  it("prints the seed article's date the way the source does", () => {
    expect(formatLongDate("ar", "2021-01-01T10:00:00+02:00")).toBe("1 كانون الثاني 2021");
  });

  it("uses the Damascus calendar day, not UTC's", () => {
    // 22:30 UTC on 31 December is already 1 January in Damascus (UTC+2 then).
    expect(formatLongDate("ar", "2020-12-31T22:30:00Z")).toBe("1 كانون الثاني 2021");
    expect(formatLongDate("en", "2020-12-31T22:30:00Z")).toBe("1 January 2021");
  });

  it.each([
    ["2021-02-10T12:00:00+02:00", "10 شباط 2021"],
    ["2021-03-05T12:00:00+02:00", "5 آذار 2021"],
    ["2021-04-05T12:00:00+03:00", "5 نيسان 2021"],
    ["2021-05-05T12:00:00+03:00", "5 أيار 2021"],
    ["2021-06-11T12:00:00+03:00", "11 حزيران 2021"],
    ["2021-07-05T12:00:00+03:00", "5 تموز 2021"],
    ["2021-08-05T12:00:00+03:00", "5 آب 2021"],
    ["2021-09-05T12:00:00+03:00", "5 أيلول 2021"],
    ["2021-10-05T12:00:00+03:00", "5 تشرين الأول 2021"],
    ["2026-11-29T12:00:00+03:00", "29 تشرين الثاني 2026"],
    ["2020-12-20T10:00:00+02:00", "20 كانون الأول 2020"],
  ])("uses the Levantine month name for %s", (iso, expected) => {
    expect(formatLongDate("ar", iso)).toBe(expected);
  });

  it("writes Latin digits, never Arabic-Indic ones", () => {
    const printed = formatLongDate("ar", "2024-09-18T08:20:00+03:00");
    expect(printed).toBe("18 أيلول 2024");
    expect(printed).not.toMatch(/[\u0660-\u0669\u06F0-\u06F9]/);
  });

  it("prints the English edition's long date", () => {
    expect(formatLongDate("en", "2021-01-01T10:00:00+02:00")).toBe("1 January 2021");
    expect(formatLongDate("en", new Date("2026-11-29T12:00:00+03:00"))).toBe("29 November 2026");
  });
});

describe("numbers and durations", () => {
  it("groups Arabic numbers with Latin digits", () => {
    expect(formatNumber("ar", 20000)).toMatch(/^20.000$/u);
    expect(formatNumber("ar", 20000)).not.toMatch(/[\u0660-\u0669]/);
    expect(formatNumber("en", 20000)).toBe("20,000");
  });

  it("rounds durations to whole minutes and prints a clock", () => {
    expect(durationMinutes(29)).toBe(0);
    expect(durationMinutes(90)).toBe(2);
    expect(clockDuration(12)).toBe("0:12");
    expect(clockDuration(605)).toBe("10:05");
    expect(clockDuration(3725)).toBe("1:02:05");
  });
});

/** Every message in ar.json that takes a count, with the argument it counts. */
const countMessages = [
  ["article.readingTime", "minutes"],
  ["list.articleCount", "count"],
  ["podcast.episodeCount", "count"],
  ["podcast.duration", "minutes"],
  ["search.count", "count"],
  ["frontDesk.secondaryCount", "count"],
] as const;

const samples = [0, 1, 2, 3, 11, 100] as const;

describe("Arabic plural messages", () => {
  const t = createTranslator({ locale: "ar", messages: ar });

  it("covers every message with a plural in ar.json", () => {
    const plural = Object.entries(ar).flatMap(([ns, msgs]) =>
      Object.entries(msgs as Record<string, unknown>).flatMap(([key, msg]) => (typeof msg === "string" && /\bplural\b/.test(msg) ? [`${ns}.${key}`] : [])),
    );
    expect(plural.sort()).toEqual(countMessages.map(([key]) => key).sort());
  });

  it.each(countMessages)("%s has all six Arabic forms", (key) => {
    const message = key.split(".").reduce<unknown>((m, k) => (m as Record<string, unknown>)[k], ar) as string;
    for (const form of ["zero", "one", "two", "few", "many", "other"]) expect(message).toContain(` ${form} {`);
  });

  it.each(countMessages)("%s prints a distinct form for 0, 1, 2, 3, 11 and 100", (key, arg) => {
    const printed = samples.map((n) => t(key, { [arg]: n }));
    // Compare the words, not the numerals: "11 حلقة" and "100 حلقة" are the same form.
    expect(new Set(printed.map((p) => p.replace(/\d+/g, "#"))).size).toBe(samples.length);
    // Dual and singular forms carry no numeral; the others carry it in Latin digits.
    expect(printed[1]).not.toMatch(/\d/);
    expect(printed[2]).not.toMatch(/\d/);
    expect(printed[3]).toMatch(/^3 /);
    expect(printed[4]).toMatch(/^11 /);
    expect(printed[5]).toMatch(/^100 /);
  });

  it("reads naturally", () => {
    expect(samples.map((n) => t("list.articleCount", { count: n }))).toEqual(["لا مقالات", "مقال واحد", "مقالان", "3 مقالات", "11 مقالاً", "100 مقال"]);
    expect(samples.map((n) => t("podcast.episodeCount", { count: n }))).toEqual(["لا حلقات", "حلقة واحدة", "حلقتان", "3 حلقات", "11 حلقةً", "100 حلقة"]);
    expect(samples.map((n) => t("podcast.duration", { minutes: n }))).toEqual(["أقل من دقيقة", "دقيقة واحدة", "دقيقتان", "3 دقائق", "11 دقيقةً", "100 دقيقة"]);
    expect(samples.map((n) => t("article.readingTime", { minutes: n }))).toEqual([
      "أقل من دقيقة قراءة",
      "دقيقة قراءة واحدة",
      "دقيقتا قراءة",
      "3 دقائق قراءة",
      "11 دقيقةً قراءة",
      "100 دقيقة قراءة",
    ]);
    expect(samples.map((n) => t("search.count", { count: n }))).toEqual(["لا نتائج", "نتيجة واحدة", "نتيجتان", "3 نتائج", "11 نتيجةً", "100 نتيجة"]);
  });
});

describe("English plural messages", () => {
  const t = createTranslator({ locale: "en", messages: en });

  it("prints singular and plural", () => {
    expect([0, 1, 2, 11].map((n) => t("list.articleCount", { count: n }))).toEqual(["No articles", "1 article", "2 articles", "11 articles"]);
    expect([0, 1, 2].map((n) => t("podcast.episodeCount", { count: n }))).toEqual(["No episodes", "1 episode", "2 episodes"]);
    expect([0, 1, 5].map((n) => t("podcast.duration", { minutes: n }))).toEqual(["Under a minute", "1 minute", "5 minutes"]);
    expect([0, 1, 5].map((n) => t("article.readingTime", { minutes: n }))).toEqual(["Less than a minute read", "1 minute read", "5 minute read"]);
    expect([0, 1, 2].map((n) => t("search.count", { count: n }))).toEqual(["No results", "1 result", "2 results"]);
  });
});

describe("locale files", () => {
  const keys = (messages: object, prefix = ""): string[] =>
    Object.entries(messages).flatMap(([k, v]) => (typeof v === "object" && v !== null ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));

  it("have the same keys in Arabic and English", () => {
    const arKeys = keys(ar).sort();
    const enKeys = keys(en).sort();
    expect(arKeys.filter((k) => !enKeys.includes(k))).toEqual([]);
    expect(enKeys.filter((k) => !arKeys.includes(k))).toEqual([]);
  });

  it("have no empty strings", () => {
    for (const messages of [ar, en]) {
      const flat = keys(messages).map((k) => k.split(".").reduce<unknown>((m, p) => (m as Record<string, unknown>)[p], messages));
      expect(flat.filter((v) => typeof v !== "string" || v.trim() === "")).toEqual([]);
    }
  });
});
