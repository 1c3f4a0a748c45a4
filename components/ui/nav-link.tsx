import Link from "next/link";
import type { ComponentProps } from "react";

type Props = Omit<ComponentProps<typeof Link>, "prefetch">;

/**
 * A link that does not prefetch: readers on slow phones should not pay for
 * every headline in the viewport. Pages are cached HTML; a click is enough.
 */
export function NavLink(props: Props) {
  return <Link prefetch={false} {...props} />;
}
