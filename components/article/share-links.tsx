import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/config";
import type { ArticleCard } from "@/lib/data/views";
import { absoluteUrl, paths } from "@/lib/paths";
import { ShareTools } from "./share-tools";

/** Share targets: plain links, nothing of theirs is loaded until a reader clicks. */
export function shareTargets(url: string, title: string) {
  const u = encodeURIComponent(url);
  const text = encodeURIComponent(title);
  return [
    { key: "whatsapp", href: `https://wa.me/?text=${encodeURIComponent(`${title} ${url}`)}` },
    { key: "telegram", href: `https://t.me/share/url?url=${u}&text=${text}` },
    { key: "facebook", href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    { key: "x", href: `https://x.com/intent/post?url=${u}&text=${text}` },
  ] as const;
}

type Props = { article: Pick<ArticleCard, "locale" | "slug" | "title">; locale: Locale };

export async function ShareLinks({ article, locale }: Props) {
  const t = await getTranslations({ locale, namespace: "share" });
  const url = absoluteUrl(paths.article(article.locale, article.slug));
  return (
    <section aria-labelledby="share-heading" className="my-6">
      <h2 id="share-heading" className="mb-2 text-sm font-bold text-muted">
        {t("heading")}
      </h2>
      <ul className="flex flex-wrap items-center gap-2">
        {shareTargets(url, article.title).map(({ key, href }) => (
          <li key={key}>
            <a
              href={href}
              target="_blank"
              rel="noopener noreferrer"
              className="inline-block rounded bg-ink px-3 py-1 text-sm font-bold text-white hover:bg-brand"
            >
              {t(key)}
              <span className="sr-only"> {t("newWindow")}</span>
            </a>
          </li>
        ))}
        <ShareTools url={url} title={article.title} labels={{ copy: t("copy"), copied: t("copied"), share: t("share") }} />
      </ul>
    </section>
  );
}
