import { randomBytes } from "node:crypto";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { normalizeEmail } from "./login-rules";
import { hashPassword } from "./password";

export type FirstAccount = { created: false; staff: number } | { created: true; email: string; password: string };

/** The first admin's email: NASHRA_ADMIN_EMAIL, else admin@ the site's host name. */
export function firstAdminEmail(env: Record<string, string | undefined> = process.env): string {
  if (env.NASHRA_ADMIN_EMAIL) return normalizeEmail(env.NASHRA_ADMIN_EMAIL);
  let host = "localhost";
  try {
    host = new URL(env.SITE_URL || "http://localhost").hostname || host;
  } catch {
    // keep localhost
  }
  return `admin@${host.replace(/^www\./, "")}`;
}

/**
 * On a database with no staff, creates ONE admin with a random password
 * (24 base64url characters, 144 bits) and returns it so the caller can show
 * it once. Only its argon2 hash is stored. With staff already there it does
 * nothing, so no database `npm start` serves ever holds a known password.
 * Two instances starting at once cannot both create one: the email is unique.
 */
export async function ensureFirstAccount(db: PrismaClient, email = firstAdminEmail()): Promise<FirstAccount> {
  const staff = await db.staffUser.count();
  if (staff > 0) return { created: false, staff };
  const password = randomBytes(18).toString("base64url");
  try {
    await db.staffUser.create({ data: { email, displayName: "Admin", role: "admin", passwordHash: await hashPassword(password) } });
  } catch (error) {
    if ((error as { code?: string }).code === "P2002") return { created: false, staff: await db.staffUser.count() };
    throw error;
  }
  return { created: true, email, password };
}
