import type { ReactNode } from "react";

/**
 * The app's root layout passes through: each edition's layout renders <html lang dir>.
 * Without it Next treats the edition layouts as root layouts, and a notFound()
 * below them came back as its empty error shell until client JavaScript ran.
 */
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
