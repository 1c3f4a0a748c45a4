import "server-only";
import { db } from "@/lib/db";
import { mediaDir } from "@/lib/media/dir";
import {
  IMAGE_LIMITS,
  ImageRejected,
  inspectImage,
  newImageKey,
  removeImageFiles,
  renderImage,
  writeImageFiles,
  type ImageKind,
  type ImageProblem,
} from "@/lib/media/image-pipeline";
import { IMAGES_FOLDER } from "@/lib/media/image-variants";

export type StoredImage = { id: number; url: string; width: number; height: number };
export type UploadResult = { ok: true; image: StoredImage } | { ok: false; code: ImageProblem };

/**
 * A file field that holds a file. Browsers send an empty part when none was
 * chosen, and the server's form parser may name it ("blob"): only the size tells.
 */
export function chosenFile(value: FormDataEntryValue | null): File | null {
  return value instanceof File && value.size > 0 ? value : null;
}

/**
 * Runs one upload through the pipeline and records it. Nothing is stored when
 * the file is refused; the files are removed again if the row cannot be
 * written. Storing makes nothing public: a reader gets the files only once a
 * public item uses the image (lib/data/media.ts).
 */
export async function storeUploadedImage(
  file: File,
  kind: ImageKind,
  input: { alt?: string | null; credit?: string | null },
  userId: number,
): Promise<UploadResult> {
  if (file.size > IMAGE_LIMITS.maxBytes) return { ok: false, code: "bytes" };
  const bytes = Buffer.from(await file.arrayBuffer());
  const key = newImageKey();
  const root = mediaDir();
  let fallback;
  try {
    const inspected = await inspectImage(bytes, kind);
    const rendered = await renderImage(bytes, kind, inspected);
    await writeImageFiles(root, key, rendered.files);
    fallback = { ...rendered.fallback, format: inspected.format };
  } catch (error) {
    if (error instanceof ImageRejected) return { ok: false, code: error.code };
    throw error;
  }
  const url = `/media/${IMAGES_FOLDER}/${key}/${fallback.name}`;
  try {
    // MediaImage records who uploaded what and when (the desk's audit log is for items).
    const row = await db.mediaImage.create({
      data: {
        key,
        kind,
        url,
        width: fallback.width,
        height: fallback.height,
        format: fallback.format,
        bytes: bytes.byteLength,
        alt: input.alt ?? null,
        credit: input.credit ?? null,
        createdById: userId,
      },
      select: { id: true },
    });
    return { ok: true, image: { id: row.id, url, width: fallback.width, height: fallback.height } };
  } catch (error) {
    await removeImageFiles(root, key);
    throw error;
  }
}

/** The stored size of an image an item points at, or null when the URL is not an uploaded image. */
export async function uploadedImageSize(url: string): Promise<{ width: number; height: number } | null> {
  return db.mediaImage.findUnique({ where: { url }, select: { width: true, height: true } });
}
