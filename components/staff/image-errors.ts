import type { getTranslations } from "next-intl/server";
import type { ImageProblem } from "@/lib/media/image-pipeline";

type ImagesT = Awaited<ReturnType<typeof getTranslations<"images">>>;

/** The reader-language message for each reason the pipeline refuses a file. */
export function imageErrors(t: ImagesT): Record<ImageProblem, string> {
  return {
    type: t("errors.type"),
    damaged: t("errors.damaged"),
    bytes: t("errors.bytes"),
    dimensions: t("errors.dimensions"),
    heroSmall: t("errors.heroSmall"),
    artworkSquare: t("errors.artworkSquare"),
    artworkSize: t("errors.artworkSize"),
  };
}

const PROBLEMS: readonly string[] = ["type", "damaged", "bytes", "dimensions", "heroSmall", "artworkSquare", "artworkSize"] satisfies ImageProblem[];

export const isImageProblem = (value: string | undefined): value is ImageProblem => value !== undefined && PROBLEMS.includes(value);
