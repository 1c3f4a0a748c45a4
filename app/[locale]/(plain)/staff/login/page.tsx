import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { plainEdition } from "@/lib/page-params";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ error?: string; done?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = plainEdition(await params);
  const t = await getTranslations({ locale, namespace: "staff" });
  return { title: t("loginTitle") };
}

/** Sign-in: a plain form post to /api/staff/login; works without JavaScript. */
export default async function LoginPage({ params, searchParams }: Props) {
  const { locale } = plainEdition(await params);
  const { error, done } = await searchParams;
  const t = await getTranslations({ locale, namespace: "staff" });
  const field = "mt-1 block w-full rounded border border-stone-400 px-3 py-2";
  return (
    <main id="main" className="mx-auto max-w-md px-4 py-12">
      <h1 className="text-2xl font-bold">{t("loginTitle")}</h1>
      {error ? (
        <p role="alert" className="mt-4 rounded border border-red-700 bg-red-50 p-3 text-red-800">
          {t("invalidLogin")}
        </p>
      ) : null}
      {done === "password" ? (
        <p role="status" className="mt-4 rounded border border-green-700 bg-green-50 p-3 text-green-800">
          {t("passwordSet")}
        </p>
      ) : null}
      <form method="post" action="/api/staff/login" className="mt-6 space-y-4">
        <input type="hidden" name="locale" value={locale} />
        <label className="block">
          {t("email")}
          <input type="email" name="email" required autoComplete="username" dir="ltr" className={field} />
        </label>
        <label className="block">
          {t("password")}
          <input type="password" name="password" required autoComplete="current-password" dir="ltr" className={field} />
        </label>
        <button type="submit" className="rounded bg-brand px-4 py-2 font-bold text-white">
          {t("signIn")}
        </button>
      </form>
    </main>
  );
}
