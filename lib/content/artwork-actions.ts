"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { requireStaff } from "@/lib/auth/current";
import { mayDo } from "@/lib/auth/permissions";
import { formLocale } from "@/lib/auth/respond";
import { staffPaths } from "@/lib/paths";
import { chosenFile } from "./images";
import { invalidate } from "./invalidate";
import { setShowArtwork } from "./show-artwork";

/** The artwork page's form (plain post, works without JavaScript): the answer comes back in the query. */
export async function uploadArtworkAction(form: FormData) {
  const locale = formLocale(form);
  const staff = await requireStaff(locale);
  // Shows are the podcast desk's: contributors have no rights on them (lib/auth/permissions.ts).
  if (!mayDo(staff, "create-episode")) redirect(staffPaths.desk(locale, "?error=forbidden"));
  const showId = z.coerce.number().int().positive().safeParse(form.get("showId"));
  if (!showId.success) redirect(staffPaths.showArtwork(locale, "?error=notFound"));
  const back = (query: string) => staffPaths.showArtwork(locale, `?show=${showId.data}&${query}#show-${showId.data}`);
  const file = chosenFile(form.get("artwork"));
  if (!file) redirect(back("error=noFile"));
  const result = await setShowArtwork(showId.data, file, staff.id);
  if (!result.ok) redirect(back(`error=${result.code}`));
  await invalidate(result.tags);
  redirect(back("done=1"));
}
