import type { ImageProblem } from "@/lib/media/image-pipeline";

/** What the file picker offers; the server decides by the bytes, not by this list or the name. */
export const HERO_FILE_TYPES = "image/jpeg,image/png,image/webp,image/avif";

type Props = {
  strings: { label: string; hint: string; errors: Record<ImageProblem, string> };
  problem?: ImageProblem;
  accept: string;
  /** The element ids' stem (unique on the page) and, unless `field` says otherwise, the form field's name. */
  name?: string;
  field?: string;
};

/** An image upload field with its hint and, when the server refused the file, why (beside the field). */
export function HeroFileField({ strings, problem, accept, name = "heroFile", field = name }: Props) {
  const describedBy = problem ? `${name}-error ${name}-hint` : `${name}-hint`;
  return (
    <div>
      <label className="block font-bold" htmlFor={`f-${name}`}>
        {strings.label}
      </label>
      <input
        id={`f-${name}`}
        type="file"
        name={field}
        accept={accept}
        className="mt-1 block w-full text-sm"
        aria-describedby={describedBy}
        {...(problem ? { "aria-invalid": true } : {})}
      />
      <p id={`${name}-hint`} className="mt-1 text-sm text-muted">
        {strings.hint}
      </p>
      {problem ? (
        <p id={`${name}-error`} className="mt-1 text-sm text-red-800">
          {strings.errors[problem]}
        </p>
      ) : null}
    </div>
  );
}
