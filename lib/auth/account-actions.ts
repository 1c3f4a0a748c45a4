"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { defaultLocale, locales, type Locale } from "@/i18n/config";
import { absoluteUrl, staffPaths } from "@/lib/paths";
import { changeRole, inviteStaff, resetPassword, setDisabled, type AccountError } from "./accounts";
import { requireStaff } from "./current";
import { mayDo, staffRoles } from "./permissions";

/**
 * The people page's Server Actions (/staff/people). Each checks the session
 * and the admin role itself (lib/auth/accounts checks it again), validates
 * its form with zod and writes one audited transaction. A refused role goes
 * back to the desk with a message and changes nothing.
 */
const localeField = z.enum(locales).catch(defaultLocale);
const accountForm = z.object({ locale: localeField, userId: z.coerce.number().int().positive() });

/** What the invite and reset forms show after a post: the one-time link (shown once), or why nothing happened. */
export type LinkState = { link: string | null; error: AccountError | null; email?: string };

async function admin(locale: Locale) {
  const staff = await requireStaff(locale);
  if (!mayDo(staff, "manage-staff")) redirect(staffPaths.desk(locale, "?error=forbidden"));
  return staff;
}

function back(locale: Locale, query: string): never {
  redirect(staffPaths.people(locale, query));
}

export async function inviteAction(_prev: LinkState, form: FormData): Promise<LinkState> {
  const locale = localeField.parse(form.get("locale"));
  const staff = await admin(locale);
  const result = await inviteStaff(staff, { email: form.get("email"), displayName: form.get("displayName"), role: form.get("role") });
  if (!result.ok) return { link: null, error: result.code };
  return { link: absoluteUrl(staffPaths.setPassword(locale, result.token)), error: null, email: String(form.get("email") ?? "") };
}

export async function resetPasswordAction(_prev: LinkState, form: FormData): Promise<LinkState> {
  const f = accountForm.safeParse(Object.fromEntries(form));
  const locale = f.success ? f.data.locale : localeField.parse(form.get("locale"));
  const staff = await admin(locale);
  if (!f.success) return { link: null, error: "invalid" };
  const result = await resetPassword(staff, f.data.userId);
  if (!result.ok) return { link: null, error: result.code };
  return { link: absoluteUrl(staffPaths.setPassword(locale, result.token)), error: null };
}

export async function changeRoleAction(form: FormData) {
  const f = accountForm.extend({ role: z.enum(staffRoles) }).safeParse(Object.fromEntries(form));
  const locale = f.success ? f.data.locale : localeField.parse(form.get("locale"));
  const staff = await admin(locale);
  if (!f.success) back(locale, "?error=invalid");
  const result = await changeRole(staff, f.data.userId, f.data.role);
  back(locale, result.ok ? "?done=role" : `?error=${result.code}`);
}

export async function setDisabledAction(form: FormData) {
  const f = accountForm.extend({ disabled: z.enum(["1", "0"]) }).safeParse(Object.fromEntries(form));
  const locale = f.success ? f.data.locale : localeField.parse(form.get("locale"));
  const staff = await admin(locale);
  if (!f.success) back(locale, "?error=invalid");
  const result = await setDisabled(staff, f.data.userId, f.data.disabled === "1");
  back(locale, result.ok ? `?done=${f.data.disabled === "1" ? "disabled" : "enabled"}` : `?error=${result.code}`);
}
