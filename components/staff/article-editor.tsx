import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/config";
import { saveArticleAction, type EditorState } from "@/lib/content/actions";
import { editorOptions, type EditorValues } from "@/lib/data/staff";
import { ArticleForm, type ArticleFormStrings } from "./article-form";
import { imageErrors } from "./image-errors";

/** Server wrapper of the editor: options from the database, strings from the staff namespace. */
export async function ArticleEditor({ locale, values }: { locale: Locale; values: EditorValues | null }) {
  const t = await getTranslations({ locale, namespace: "staff" });
  const tr = await getTranslations({ locale, namespace: "revisions" });
  const ti = await getTranslations({ locale, namespace: "images" });
  const options = await editorOptions(locale);
  const strings: ArticleFormStrings = {
    fields: {
      title: t("fieldTitle"),
      slug: t("fieldSlug"),
      standfirst: t("fieldStandfirst"),
      sectionId: t("fieldSection"),
      authorIds: t("fieldAuthors"),
      tagIds: t("fieldTags"),
      heroUrl: t("fieldHeroUrl"),
      heroAlt: t("fieldHeroAlt"),
      heroCaption: t("fieldHeroCaption"),
      heroCredit: t("fieldHeroCredit"),
      locale: t("fieldLocale"),
      body: t("fieldBody"),
    },
    slugHint: t("slugHint"),
    bodyHint: t("bodyHint"),
    save: t("save"),
    summary: t("errorsSummary"),
    conflict: tr("errors.conflict"),
    errors: {
      invalid: t("errors.invalid"),
      taken: t("errors.taken"),
      required: t("errors.required"),
      notFound: t("errors.notFound"),
      forbidden: t("errors.forbidden"),
    },
    // Placeholders stay for the client to fill per error.
    bodyErrors: { unknownTarget: t.raw("bodyErrors.unknownTarget") as string, badMedia: t.raw("bodyErrors.badMedia") as string, empty: t("bodyErrors.empty") },
    localeNames: { ar: t("localeAr"), en: t("localeEn") },
    heroFile: { label: ti("heroFile"), hint: ti("heroFileHint"), errors: imageErrors(ti) },
  };
  const initial: EditorState = {
    result: null,
    values: values
      ? { ...values, id: values.id ? String(values.id) : "" }
      : { locale, sectionId: String(options.sections[0]?.id ?? ""), authorIds: [], tagIds: [] },
  };
  // Keyed by what the server shows: after publish/discard/restore redirects back here, the form
  // remounts with the new values instead of keeping the ones useActionState started with.
  return (
    <ArticleForm key={JSON.stringify(initial.values)} action={saveArticleAction} initial={initial} options={options} strings={strings} uiLocale={locale} />
  );
}
