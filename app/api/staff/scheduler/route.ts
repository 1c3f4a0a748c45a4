import { staffFromRequest } from "@/lib/auth/current";
import { mayDo } from "@/lib/auth/permissions";
import { runScheduler } from "@/lib/content/scheduler";
import { formLocale, seeOther } from "@/lib/auth/respond";
import { staffPaths } from "@/lib/paths";
import { errorPage, isSameOrigin, readCappedForm, requestLocale } from "@/lib/http";

/** The desk's "publish what is due" button: the same step the background interval runs. */
export async function POST(request: Request) {
  const locale = requestLocale(request);
  if (!isSameOrigin(request)) return errorPage(locale, 403, "badRequest");
  const staff = await staffFromRequest(request);
  if (!staff) return errorPage(locale, 403, "badRequest");
  // It publishes: a contributor may not.
  if (!mayDo(staff, "run-scheduler")) return errorPage(locale, 403, "forbidden");
  const read = await readCappedForm(request, 2 * 1024);
  if (read.tooLarge) return errorPage(locale, 413, "tooLarge");
  const form = read.value;
  const count = await runScheduler();
  return seeOther(staffPaths.desk(formLocale(form), `?published=${count}`));
}
