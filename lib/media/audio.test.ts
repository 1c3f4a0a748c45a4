import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { deflateRawSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { recogniseAudio } from "./audio";
import { silentMp3, tinyM4a } from "./audio-fixtures";

const dir = mkdtempSync(path.join(tmpdir(), "nashra-audio-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
/** Written under a name that says nothing (the recogniser must not look at names). */
function file(bytes: Buffer, name = `upload-${++n}.part`): string {
  const p = path.join(dir, name);
  writeFileSync(p, bytes);
  return p;
}

/** A real zip archive with one stored file, as `zip` would write it. */
function zipOf(name: string, content: Buffer): Buffer {
  const data = deflateRawSync(content);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(content.length, 22);
  local.writeUInt16LE(name.length, 26);
  return Buffer.concat([local, Buffer.from(name), data]);
}

/** `seconds` of 8 kHz, 8-bit mono PCM in a RIFF/WAVE file. */
function wav(seconds: number): Buffer {
  const data = Buffer.alloc(8000 * seconds, 0x80);
  const head = Buffer.alloc(44);
  head.write("RIFF", 0, "latin1");
  head.writeUInt32LE(36 + data.length, 4);
  head.write("WAVEfmt ", 8, "latin1");
  head.writeUInt32LE(16, 16);
  head.writeUInt16LE(1, 20);
  head.writeUInt16LE(1, 22);
  head.writeUInt32LE(8000, 24);
  head.writeUInt32LE(8000, 28);
  head.writeUInt16LE(1, 32);
  head.writeUInt16LE(8, 34);
  head.write("data", 36, "latin1");
  head.writeUInt32LE(data.length, 40);
  return Buffer.concat([head, data]);
}

const seedMp3 = readFileSync(path.join(process.cwd(), "prisma/seed/media/podcasts/shu-al-hal/bread-prices.mp3"));

describe("recogniseAudio", () => {
  it("reads an MP3's real type, duration and bitrate", async () => {
    const result = await recogniseAudio(file(silentMp3(3)));
    expect(result).toEqual({
      ok: true,
      audio: { mime: "audio/mpeg", ext: "mp3", bytes: silentMp3(3).length, durationSec: 3, bitrate: 128_000, codec: "MPEG 1 Layer 3" },
    });
  });

  it("reads the seed's MPEG-2 MP3 with its Info header", async () => {
    const result = await recogniseAudio(file(seedMp3));
    expect(result).toMatchObject({ ok: true, audio: { mime: "audio/mpeg", ext: "mp3", durationSec: 12, bitrate: 32_000, bytes: seedMp3.length } });
  });

  it("reads an M4A (AAC in MP4), whatever the file is called", async () => {
    const bytes = tinyM4a(4);
    const result = await recogniseAudio(file(bytes, "song.mp3"));
    expect(result).toMatchObject({ ok: true, audio: { mime: "audio/mp4", ext: "m4a", durationSec: 4, bytes: bytes.length, codec: "MPEG-4/AAC" } });
    if (result.ok) expect(result.audio.bitrate).toBeGreaterThan(50_000);
  });

  it("refuses an empty file", async () => {
    expect(await recogniseAudio(file(Buffer.alloc(0), "empty.mp3"))).toEqual({ ok: false, problem: "empty" });
  });

  it("refuses a zip renamed .mp3, even one holding an MP3", async () => {
    expect(await recogniseAudio(file(zipOf("episode.mp3", silentMp3(2)), "episode.mp3"))).toEqual({ ok: false, problem: "notAudio" });
  });

  it("refuses real audio of another kind (WAV)", async () => {
    expect(await recogniseAudio(file(wav(2), "voice.mp3"))).toEqual({ ok: false, problem: "notAudio" });
  });

  it("refuses text and random bytes", async () => {
    expect(await recogniseAudio(file(Buffer.from("<html><body>not audio</body></html>")))).toEqual({ ok: false, problem: "notAudio" });
    expect((await recogniseAudio(file(Buffer.alloc(5000, 7)))).ok).toBe(false);
  });

  it("refuses a truncated MP3 (shorter than its Info header says)", async () => {
    expect(await recogniseAudio(file(seedMp3.subarray(0, 30_000)))).toEqual({ ok: false, problem: "truncated" });
  });

  it("refuses a truncated M4A (the media box runs past the end)", async () => {
    const bytes = tinyM4a(4);
    expect(await recogniseAudio(file(bytes.subarray(0, bytes.length - 1000)))).toEqual({ ok: false, problem: "truncated" });
    expect(await recogniseAudio(file(bytes.subarray(0, 400)))).toMatchObject({ ok: false });
  });

  it("refuses a file too short to be an episode", async () => {
    expect(await recogniseAudio(file(silentMp3(0.3)))).toEqual({ ok: false, problem: "tooShort" });
  });
});
