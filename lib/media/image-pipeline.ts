import { randomBytes } from "node:crypto";
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import sharp, { type Metadata, type Sharp } from "sharp";
import { IMAGES_FOLDER, LARGEST_VARIANT, OG_IMAGE, variantWidths } from "./image-variants";

/**
 * The image pipeline: recognise an upload by its bytes, refuse what we do not
 * take before decoding it, then re-encode everything with no metadata at all
 * (sharp writes none unless asked: no EXIF, GPS, XMP, IPTC or ICC; colours are
 * converted to sRGB first) and write the files in one rename.
 */

export const IMAGE_LIMITS = {
  /** Largest image file taken, in bytes (a staff form post may carry up to NASHRA_MAX_UPLOAD_BYTES, 16 MiB). */
  maxBytes: 12 * 1024 * 1024,
  /** Largest declared side and area, checked from the header before any pixel is decoded. */
  maxSide: 12_000,
  maxPixels: 50_000_000,
  hero: { minWidth: OG_IMAGE.width, minHeight: OG_IMAGE.height },
  /** Apple Podcasts: square, 1400 to 3000 px. */
  artwork: { min: 1400, max: 3000 },
} as const;

export type ImageKind = "hero" | "artwork";
export type ImageFormat = "jpeg" | "png" | "webp" | "avif";
export type ImageProblem = "type" | "damaged" | "bytes" | "dimensions" | "heroSmall" | "artworkSquare" | "artworkSize";

export class ImageRejected extends Error {
  constructor(readonly code: ImageProblem) {
    super(`image refused: ${code}`);
  }
}

/** The format the first bytes announce, whatever the file is called. */
export function sniffFormat(bytes: Uint8Array): ImageFormat | null {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 64));
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return "jpeg";
  if (b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return "png";
  if (b.toString("latin1", 0, 4) === "RIFF" && b.toString("latin1", 8, 12) === "WEBP") return "webp";
  if (b.toString("latin1", 4, 8) === "ftyp") {
    // ISO-BMFF: the major brand, then compatible brands, up to the box's end.
    const end = Math.min(b.readUInt32BE(0), b.length);
    for (let at = 8; at + 4 <= end; at += 4) {
      if (at === 12) continue; // minor version
      const brand = b.toString("latin1", at, at + 4);
      if (brand === "avif" || brand === "avis") return "avif";
    }
  }
  return null;
}

export type InspectedImage = { format: ImageFormat; width: number; height: number; hasAlpha: boolean };

const decodeOptions = { limitInputPixels: IMAGE_LIMITS.maxPixels, failOn: "warning" } as const;

/** Reads the header only (no pixel decoded) and refuses wrong types, huge declared sizes and sizes a kind does not take. */
export async function inspectImage(bytes: Buffer, kind: ImageKind): Promise<InspectedImage> {
  if (bytes.byteLength > IMAGE_LIMITS.maxBytes) throw new ImageRejected("bytes");
  const format = sniffFormat(bytes);
  if (!format) throw new ImageRejected("type");
  let meta: Metadata;
  try {
    // metadata() parses headers; limitInputPixels applies when pixels are read.
    meta = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch {
    throw new ImageRejected("damaged");
  }
  const decoded = meta.format === "heif" ? (meta.compression === "av1" ? "avif" : null) : meta.format;
  if (decoded !== format) throw new ImageRejected("type");
  const rawWidth = meta.width ?? 0;
  const rawHeight = meta.height ?? 0;
  if (!rawWidth || !rawHeight) throw new ImageRejected("damaged");
  if (rawWidth > IMAGE_LIMITS.maxSide || rawHeight > IMAGE_LIMITS.maxSide || rawWidth * rawHeight > IMAGE_LIMITS.maxPixels)
    throw new ImageRejected("dimensions");
  // EXIF orientations 5–8 turn the picture a quarter: what readers see is the other way round.
  const turned = (meta.orientation ?? 1) >= 5;
  const width = turned ? rawHeight : rawWidth;
  const height = turned ? rawWidth : rawHeight;
  if (kind === "hero" && (width < IMAGE_LIMITS.hero.minWidth || height < IMAGE_LIMITS.hero.minHeight)) throw new ImageRejected("heroSmall");
  if (kind === "artwork") {
    if (width !== height) throw new ImageRejected("artworkSquare");
    if (width < IMAGE_LIMITS.artwork.min || width > IMAGE_LIMITS.artwork.max) throw new ImageRejected("artworkSize");
  }
  return { format, width, height, hasAlpha: meta.hasAlpha === true };
}

export type RenderedFile = { name: string; data: Buffer };
export type RenderedImage = { files: RenderedFile[]; fallback: { name: string; width: number; height: number } };

const encode = {
  jpeg: (s: Sharp) => s.jpeg({ quality: 82, mozjpeg: true }),
  png: (s: Sharp) => s.png({ compressionLevel: 8 }),
  webp: (s: Sharp) => s.webp({ quality: 78 }),
  avif: (s: Sharp) => s.avif({ quality: 52, effort: 2 }),
} satisfies Record<ImageFormat, (s: Sharp) => Sharp>;
const extension: Record<ImageFormat, string> = { jpeg: "jpg", png: "png", webp: "webp", avif: "avif" };

/**
 * Every file of one image, in memory (nothing is written if any step fails,
 * a truncated file included: decoding fails on libvips' first warning).
 */
export async function renderImage(bytes: Buffer, kind: ImageKind, image: InspectedImage): Promise<RenderedImage> {
  const source = () => sharp(bytes, decodeOptions).rotate().toColourspace("srgb");
  try {
    const original = await encode[image.format](source()).toBuffer();
    // One decode at the fallback's size feeds every smaller file.
    const fallbackWidth = kind === "artwork" ? image.width : Math.min(image.width, LARGEST_VARIANT);
    const { data, info } = await source().resize({ width: fallbackWidth, withoutEnlargement: true }).raw().toBuffer({ resolveWithObject: true });
    const base = () => sharp(data, { raw: { width: info.width, height: info.height, channels: info.channels } });
    const fallbackFormat = image.hasAlpha ? "png" : "jpeg";
    const fallbackName = `${info.width}.${extension[fallbackFormat]}`;
    const files: RenderedFile[] = [
      { name: `original.${extension[image.format]}`, data: original },
      { name: fallbackName, data: await encode[fallbackFormat](base()).toBuffer() },
    ];
    for (const width of variantWidths(info.width)) {
      for (const format of ["avif", "webp"] as const) {
        files.push({ name: `${width}.${format}`, data: await encode[format](base().resize({ width })).toBuffer() });
      }
    }
    if (kind === "hero") {
      const og = base().resize(OG_IMAGE.width, OG_IMAGE.height, { fit: "cover", position: "attention" }).flatten({ background: "#ffffff" });
      files.push({ name: "og.jpg", data: await encode.jpeg(og).toBuffer() });
    }
    return { files, fallback: { name: fallbackName, width: info.width, height: info.height } };
  } catch (error) {
    if (error instanceof ImageRejected) throw error;
    throw new ImageRejected("damaged");
  }
}

/** A new server-chosen key: 32 lower-case hex digits. */
export const newImageKey = () => randomBytes(16).toString("hex");

/**
 * Writes the files under `<root>/images/<key>/`: first into a hidden folder
 * (no served URL can name a dot segment), then one rename, so a reader of the
 * shared folder sees all the files or none.
 */
export async function writeImageFiles(root: string, key: string, files: RenderedFile[]): Promise<void> {
  const folder = path.join(root, IMAGES_FOLDER);
  const staging = path.join(folder, `.incoming-${key}`);
  await mkdir(staging, { recursive: true });
  try {
    for (const file of files) await writeFile(path.join(staging, file.name), file.data, { flag: "wx" });
    await rename(staging, path.join(folder, key));
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
}

export async function removeImageFiles(root: string, key: string): Promise<void> {
  await rm(path.join(root, IMAGES_FOLDER, key), { recursive: true, force: true });
}
