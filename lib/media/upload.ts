import { randomBytes } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdir, rename, rm } from "node:fs/promises";
import path from "node:path";
import { Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import busboy from "busboy";
import { recogniseAudio, type AudioProblem, type RecognisedAudio } from "./audio";
import { mediaDir } from "./dir";

/**
 * Audio uploads from the desk. The body is streamed (never held in memory) to
 * a temporary file inside the media folder, so the final rename stays on one
 * file system; the cap is enforced while reading. The temporary folder
 * starts with a dot, which no media URL can name. Only a file the recogniser
 * accepts is kept, under a name the server chooses; anything else is deleted
 * before the answer goes out.
 */
export const DEFAULT_MAX_UPLOAD_BYTES = 200 * 1024 * 1024;
/** Room for the multipart framing and the few small fields around the file. */
export const UPLOAD_OVERHEAD_BYTES = 64 * 1024;
const TEMP_DIR = ".uploads";
/** Where accepted episode audio lives, under the media folder (and its URL under /media/). */
export const AUDIO_UPLOAD_DIR = "podcasts/uploads";
/** A stored upload's name: 32 hex characters and its type's extension. */
export const STORED_AUDIO_NAME = /^[0-9a-f]{32}\.(mp3|m4a)$/;

/** The largest audio file the desk takes: NASHRA_MAX_UPLOAD_BYTES, else 200 MiB. */
export function maxUploadBytes(): number {
  const value = Number(process.env.NASHRA_MAX_UPLOAD_BYTES);
  return Number.isSafeInteger(value) && value > 0 ? value : DEFAULT_MAX_UPLOAD_BYTES;
}

export type UploadProblem = AudioProblem | "missing" | "tooLarge" | "badRequest";
export type UploadResult =
  { ok: true; name: string; audio: RecognisedAudio; fields: Record<string, string> } | { ok: false; problem: UploadProblem; fields: Record<string, string> };

/** The stored file of an upload name (already checked against STORED_AUDIO_NAME). */
export function storedAudioPath(name: string, root = mediaDir()): string {
  return path.join(root, ...AUDIO_UPLOAD_DIR.split("/"), name);
}

export function storedAudioUrl(name: string): string {
  return `/media/${AUDIO_UPLOAD_DIR}/${name}`;
}

/**
 * Reads one multipart/form-data body with one file field `fileField` and a few
 * short text fields. Returns the accepted file's stored name and what it is,
 * or the problem; nothing is left on disk unless it is accepted.
 */
export async function receiveAudioUpload(
  body: ReadableStream<Uint8Array> | null,
  contentType: string | null,
  fileField: string,
  cap = maxUploadBytes(),
  root = mediaDir(),
): Promise<UploadResult> {
  const fields: Record<string, string> = {};
  if (!body || !contentType?.toLowerCase().startsWith("multipart/form-data")) return { ok: false, problem: "badRequest", fields };
  const tempDir = path.join(root, TEMP_DIR);
  await mkdir(tempDir, { recursive: true });
  const temp = path.join(tempDir, `${randomBytes(16).toString("hex")}.part`);
  let problem: UploadProblem | null = null;
  let sawFile = false;
  let written: Promise<void> | null = null;
  try {
    await new Promise<void>((resolve, reject) => {
      let parser: busboy.Busboy;
      try {
        parser = busboy({ headers: { "content-type": contentType }, limits: { files: 1, fileSize: cap, fields: 20, fieldSize: 2048, parts: 24 } });
      } catch {
        problem = "badRequest";
        return resolve();
      }
      parser.on("field", (name, value) => {
        fields[name] = value;
      });
      parser.on("file", (name, stream, info) => {
        // A form sent with no file chosen still has the part, with no file name.
        if (name !== fileField || sawFile || !info.filename) return void stream.resume();
        sawFile = true;
        stream.on("limit", () => {
          problem = "tooLarge";
        });
        written = pipeline(stream, createWriteStream(temp, { flags: "wx" }));
        written.catch(() => undefined);
      });
      parser.on("error", reject);
      parser.on("close", resolve);
      const source = Readable.fromWeb(body as import("node:stream/web").ReadableStream<Uint8Array>);
      source.on("error", reject);
      // Counting here too: a body much larger than the cap is cut off, whatever its parts say.
      let seen = 0;
      const counter = new Transform({
        transform(chunk: Buffer, _enc, done) {
          seen += chunk.length;
          if (seen > cap + UPLOAD_OVERHEAD_BYTES) {
            problem = "tooLarge";
            return done(new Error("too large"));
          }
          done(null, chunk);
        },
      });
      pipeline(source, counter, parser).catch((error) => (problem === "tooLarge" ? resolve() : reject(error)));
    });
    if (written) await written;
    if (problem) return { ok: false, problem, fields };
    if (!sawFile) return { ok: false, problem: "missing", fields };
    const check = await recogniseAudio(temp);
    if (!check.ok) return { ok: false, problem: check.problem, fields };
    const name = `${randomBytes(16).toString("hex")}.${check.audio.ext}`;
    const final = storedAudioPath(name, root);
    await mkdir(path.dirname(final), { recursive: true });
    await rename(temp, final);
    return { ok: true, name, audio: check.audio, fields };
  } catch {
    return { ok: false, problem: problem ?? "badRequest", fields };
  } finally {
    await rm(temp, { force: true });
  }
}
