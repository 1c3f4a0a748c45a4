import type { ComponentProps } from "react";

type Props = Omit<ComponentProps<"a">, "href"> & { href: string };

/**
 * A plain link. Pages are complete, cached HTML: a click loads the next one
 * like any web page, so readers on slow phones pay for no client router
 * (next/link ships it and its prefetching to every page).
 */
export function NavLink({ href, ...rest }: Props) {
  return <a href={href} {...rest} />;
}
