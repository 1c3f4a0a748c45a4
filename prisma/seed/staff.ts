import { hashPassword } from "@/lib/auth/password";
import type { PrismaClient } from "@/lib/generated/prisma/client";

/** The local demo account of `npm run dev` (README). Never created on the production path. */
export const DEMO_EDITOR = { email: "editor@nashra.example", displayName: "محرر تجريبي", password: "nashra-demo-2026" } as const;

export async function seedDemoEditor(db: PrismaClient): Promise<boolean> {
  if (process.env.NODE_ENV === "production") return false;
  if (await db.staffUser.findUnique({ where: { email: DEMO_EDITOR.email } })) return true;
  await db.staffUser.create({
    data: { email: DEMO_EDITOR.email, displayName: DEMO_EDITOR.displayName, role: "editor", passwordHash: await hashPassword(DEMO_EDITOR.password) },
  });
  return true;
}
