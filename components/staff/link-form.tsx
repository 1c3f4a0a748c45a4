"use client";

import { useActionState, type ReactNode } from "react";
import type { LinkState } from "@/lib/auth/account-actions";

type Props = {
  action: (state: LinkState, form: FormData) => Promise<LinkState>;
  /** The form's fields (hidden ones included) and its submit button. */
  children: ReactNode;
  strings: { linkHeading: string; linkNote: string; errors: Record<string, string> };
  className?: string;
};

/**
 * A form whose Server Action makes a one-time link (invite, reset password)
 * and shows it once, beside the form. Without JavaScript the server answers
 * the post with the same page and the link in it.
 */
export function LinkForm({ action, children, strings, className }: Props) {
  const [state, formAction] = useActionState(action, { link: null, error: null });
  return (
    <form action={formAction} className={className}>
      {children}
      {state.error ? (
        <p role="alert" className="mt-2 text-sm text-red-800">
          {strings.errors[state.error] ?? state.error}
        </p>
      ) : null}
      {state.link ? (
        <div role="status" className="mt-2 rounded border border-green-700 bg-green-50 p-2 text-sm">
          <p className="font-bold">{strings.linkHeading}</p>
          <p dir="ltr" className="break-all">
            <output>{state.link}</output>
          </p>
          <p className="text-muted">{strings.linkNote}</p>
        </div>
      ) : null}
    </form>
  );
}
