import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, describe, expect, it } from "vitest";
import { ImageRejected, inspectImage, renderImage, sniffFormat, writeImageFiles } from "./image-pipeline";
import { responsiveSources, variantWidths } from "./image-variants";

const photo = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: { r: 200, g: 120, b: 40 } } }).composite([
    { input: { create: { width: Math.floor(width / 3), height: Math.floor(height / 3), channels: 3, background: "#204080" } }, top: 10, left: 10 },
  ]);

// A camera's GPS block: Damascus, with a maker's note easy to find in bytes.
const GPS_MARKER = "NashraSecretCamera";
const gpsJpeg = (width = 1600, height = 900) =>
  photo(width, height)
    .jpeg()
    .withExif({
      IFD0: { Make: GPS_MARKER, Model: "Field unit", Copyright: "Photographer" },
      IFD3: { GPSLatitudeRef: "N", GPSLatitude: "33/1 30/1 0/1", GPSLongitudeRef: "E", GPSLongitude: "36/1 17/1 0/1" },
    })
    .toBuffer();

async function refusal(bytes: Buffer, kind: "hero" | "artwork" = "hero") {
  try {
    await renderImage(bytes, kind, await inspectImage(bytes, kind));
  } catch (error) {
    return error instanceof ImageRejected ? error.code : `unexpected: ${String(error)}`;
  }
  return "accepted";
}

const dirs: string[] = [];
afterAll(async () => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

describe("metadata stripping", () => {
  it("an uploaded JPEG with GPS EXIF comes out with no EXIF at all, in every stored file", async () => {
    const input = await gpsJpeg();
    const before = await sharp(input).metadata();
    expect(before.exif).toBeDefined();
    expect(input.includes(GPS_MARKER)).toBe(true);

    const rendered = await renderImage(input, "hero", await inspectImage(input, "hero"));
    const root = await mkdtemp(path.join(os.tmpdir(), "nashra-img-"));
    dirs.push(root);
    await writeImageFiles(root, "a".repeat(32), rendered.files);
    const stored = await readdir(path.join(root, "images", "a".repeat(32)));
    expect(stored.sort()).toEqual(rendered.files.map((f) => f.name).sort());
    expect(stored).toEqual(expect.arrayContaining(["original.jpg", "1600.jpg", "og.jpg", "480.avif", "480.webp", "1600.avif", "1600.webp"]));
    for (const name of stored) {
      const bytes = await readFile(path.join(root, "images", "a".repeat(32), name));
      const meta = await sharp(bytes).metadata();
      expect(meta.exif, name).toBeUndefined();
      expect(meta.xmp, name).toBeUndefined();
      expect(meta.iptc, name).toBeUndefined();
      expect(meta.icc, name).toBeUndefined();
      expect(bytes.includes(GPS_MARKER), name).toBe(false);
      expect(bytes.includes("Exif\0\0"), name).toBe(false);
    }
  });

  it("makes the 1200×630 crop and widths no wider than the source", async () => {
    const input = await photo(1300, 700).png().toBuffer();
    const rendered = await renderImage(input, "hero", await inspectImage(input, "hero"));
    expect(rendered.fallback).toMatchObject({ width: 1300, height: 700 });
    const og = rendered.files.find((f) => f.name === "og.jpg");
    expect(await sharp(og!.data).metadata()).toMatchObject({ width: 1200, height: 630, format: "jpeg" });
    expect(rendered.files.map((f) => f.name)).not.toContain("1600.webp");
    const webp = rendered.files.find((f) => f.name === "1300.webp");
    expect(await sharp(webp!.data).metadata()).toMatchObject({ width: 1300, format: "webp" });
    expect(variantWidths(1300)).toEqual([480, 800, 1200, 1300]);
  });
});

describe("recognised by content, refused before decoding", () => {
  it("knows the four formats by their bytes", async () => {
    const base = photo(64, 64);
    expect(sniffFormat(await base.clone().jpeg().toBuffer())).toBe("jpeg");
    expect(sniffFormat(await base.clone().png().toBuffer())).toBe("png");
    expect(sniffFormat(await base.clone().webp().toBuffer())).toBe("webp");
    expect(sniffFormat(await base.clone().avif().toBuffer())).toBe("avif");
    expect(sniffFormat(Buffer.from("GIF89a......"))).toBeNull();
  });

  it("accepts WebP and AVIF heroes and keeps their format for the original", async () => {
    for (const [format, ext] of [
      ["webp", "webp"],
      ["avif", "avif"],
    ] as const) {
      const input = await photo(1280, 720)[format]().toBuffer();
      const rendered = await renderImage(input, "hero", await inspectImage(input, "hero"));
      expect(rendered.files.map((f) => f.name)).toContain(`original.${ext}`);
    }
  });

  it("refuses a zip renamed .jpg", async () => {
    const zip = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200, 1)]);
    expect(await refusal(zip)).toBe("type");
  });

  it("refuses a GIF, SVG and a JPEG header glued to other bytes", async () => {
    expect(await refusal(await photo(1300, 700).gif().toBuffer())).toBe("type");
    expect(await refusal(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="900"/>'))).toBe("type");
    expect(await refusal(Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(100, 7)]))).toBe("damaged");
  });

  it("refuses a truncated JPEG and a truncated PNG", async () => {
    const jpeg = await gpsJpeg();
    expect(await refusal(jpeg.subarray(0, Math.floor(jpeg.length / 2)))).toBe("damaged");
    const png = await photo(1300, 700).png().toBuffer();
    expect(await refusal(png.subarray(0, Math.floor(png.length * 0.6)))).toBe("damaged");
  });

  it("refuses huge declared dimensions from the header, before decoding", async () => {
    const jpeg = await photo(1300, 700).jpeg().toBuffer();
    // Rewrite the frame header (SOF0: FF C0, length, precision, height, width) to 60000 × 60000.
    const sof = jpeg.indexOf(Buffer.from([0xff, 0xc0]));
    expect(sof).toBeGreaterThan(0);
    const huge = Buffer.from(jpeg);
    huge.writeUInt16BE(60_000, sof + 5);
    huge.writeUInt16BE(60_000, sof + 7);
    expect((await sharp(huge, { limitInputPixels: false }).metadata()).width).toBe(60_000);
    expect(await refusal(huge)).toBe("dimensions");
  });

  it("refuses a hero smaller than the OG crop", async () => {
    expect(await refusal(await photo(1000, 600).jpeg().toBuffer())).toBe("heroSmall");
  });

  it("refuses non-square and too small artwork, accepts 1400 px square", async () => {
    expect(await refusal(await photo(1600, 1400).jpeg().toBuffer(), "artwork")).toBe("artworkSquare");
    expect(await refusal(await photo(1200, 1200).jpeg().toBuffer(), "artwork")).toBe("artworkSize");
    expect(await refusal(await photo(1400, 1400).png().toBuffer(), "artwork")).toBe("accepted");
  });
});

describe("responsive sources", () => {
  it("derives the srcsets from a pipeline URL and nothing from other URLs", () => {
    const key = "0123456789abcdef0123456789abcdef";
    expect(responsiveSources(`/media/images/${key}/1600.jpg`)).toEqual({
      avifSrcSet: `/media/images/${key}/480.avif 480w, /media/images/${key}/800.avif 800w, /media/images/${key}/1200.avif 1200w, /media/images/${key}/1600.avif 1600w`,
      webpSrcSet: `/media/images/${key}/480.webp 480w, /media/images/${key}/800.webp 800w, /media/images/${key}/1200.webp 1200w, /media/images/${key}/1600.webp 1600w`,
      og: `/media/images/${key}/og.jpg`,
    });
    expect(responsiveSources("/media/articles/hero.jpg")).toBeNull();
    expect(responsiveSources(`https://example.com/media/images/${key}/1600.jpg`)).toBeNull();
  });
});
