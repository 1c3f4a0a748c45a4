import { getTranslations } from "next-intl/server";
import { z } from "zod";
import type { Locale } from "@/i18n/config";

const revisionDone = z.enum(["published", "discarded", "restored"]).optional().catch(undefined);
const revisionError = z.enum(["nothingPending", "stale", "slugTaken", "invalid", "notFound"]).optional().catch(undefined);

/** What a pending-change action (publish, discard, restore) reported back through the edit page's query. */
export async function RevisionMessages({ locale, revision, error }: { locale: Locale; revision?: string; error?: string }) {
  const done = revisionDone.parse(revision);
  const refused = revisionError.parse(error);
  if (!done && !refused) return null;
  const tr = await getTranslations({ locale, namespace: "revisions" });
  return done ? (
    <p role="status" className="mt-3 text-green-800">
      {tr(done)}
    </p>
  ) : (
    <p role="alert" className="mt-3 text-red-800">
      {tr(`errors.${refused!}`)}
    </p>
  );
}
