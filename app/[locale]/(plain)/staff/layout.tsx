import type { Metadata } from "next";
import type { ReactNode } from "react";

// Staff pages read the session cookie: always rendered per request, never indexed.
export const dynamic = "force-dynamic";
export const metadata: Metadata = { robots: { index: false, follow: false } };

export default function StaffLayout({ children }: { children: ReactNode }) {
  return <div className="bg-stone-50">{children}</div>;
}
