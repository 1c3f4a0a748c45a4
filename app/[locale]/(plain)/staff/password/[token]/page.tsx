import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { cache } from "react";
import { z } from "zod";
import { openPasswordLink } from "@/lib/auth/accounts";
import { plainEdition } from "@/lib/page-params";

type Props = { params: Promise<{ locale: string; token: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const notice = z.object({ error: z.enum(["short", "long", "mismatch"]).optional().catch(undefined) });

// The link's state is checked on every request; the layout above says noindex.
const load = cache((token: string) => openPasswordLink(token));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = plainEdition(await params);
  const t = await getTranslations({ locale, namespace: "people" });
  // The token is in this page's URL: never send it to another site as a Referer ("same-origin" keeps the form's Origin header).
  return { title: t("setPasswordTitle"), referrer: "same-origin", robots: { index: false, follow: false } };
}

/**
 * A one-time link's page (invite or reset): a plain form, no JavaScript
 * needed. A malformed, unknown, used or expired link, or one of a disabled
 * account, is the site's ordinary 404.
 */
export default async function SetPasswordPage({ params, searchParams }: Props) {
  const p = await params;
  const { locale } = plainEdition(p);
  const link = await load(p.token);
  if (!link) notFound();
  const { error } = notice.parse(await searchParams);
  const t = await getTranslations({ locale, namespace: "people" });
  const field = "mt-1 block w-full rounded border border-stone-400 px-3 py-2";
  return (
    <main id="main" className="mx-auto max-w-md px-4 py-12">
      <h1 className="text-2xl font-bold">{t("setPasswordTitle")}</h1>
      <p className="mt-3">
        {t("setPasswordFor", { name: link.displayName })} <bdi dir="ltr">{link.email}</bdi>
      </p>
      {error ? (
        <p role="alert" className="mt-4 rounded border border-red-700 bg-red-50 p-3 text-red-800">
          {t(`passwordErrors.${error}`)}
        </p>
      ) : null}
      <form method="post" action="/api/staff/password" className="mt-6 space-y-4">
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="token" value={p.token} />
        <input type="hidden" name="email" value={link.email} autoComplete="username" />
        <label className="block">
          {t("newPassword")}
          <input type="password" name="password" required minLength={10} maxLength={1024} autoComplete="new-password" dir="ltr" className={field} />
        </label>
        <label className="block">
          {t("confirmPassword")}
          <input type="password" name="confirm" required minLength={10} maxLength={1024} autoComplete="new-password" dir="ltr" className={field} />
        </label>
        <p className="text-sm text-muted">{t("passwordHint")}</p>
        <button type="submit" className="rounded bg-brand px-4 py-2 font-bold text-white">
          {t("savePassword")}
        </button>
      </form>
    </main>
  );
}
