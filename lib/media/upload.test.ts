import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { silentMp3, tinyM4a } from "./audio-fixtures";
import { receiveAudioUpload, STORED_AUDIO_NAME, storedAudioPath } from "./upload";

const base = mkdtempSync(path.join(tmpdir(), "nashra-upload-"));
let root: string;
let n = 0;
beforeEach(() => {
  root = path.join(base, `media-${++n}`);
});
afterAll(() => rmSync(base, { recursive: true, force: true }));

/** Every file under the folder, recursively (the temporary folder included). */
const filesIn = (dir: string): string[] => {
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => path.join(e.parentPath, e.name));
  } catch {
    return [];
  }
};

function post(bytes: Buffer | null, fileName = "episode.mp3", type = "audio/mpeg") {
  const form = new FormData();
  form.set("episodeId", "7");
  if (bytes) form.set("audio", new Blob([new Uint8Array(bytes)], { type }), fileName);
  const request = new Request("http://x.invalid/", { method: "POST", body: form });
  return [request.body, request.headers.get("content-type")] as const;
}

describe("receiveAudioUpload", () => {
  it("keeps an accepted MP3 under a name of its own choosing, with what it is", async () => {
    const bytes = silentMp3(2);
    const result = await receiveAudioUpload(...post(bytes, "../../evil name.mp3"), "audio", 1024 * 1024, root);
    expect(result).toMatchObject({ ok: true, audio: { ext: "mp3", mime: "audio/mpeg", durationSec: 2, bytes: bytes.length }, fields: { episodeId: "7" } });
    if (!result.ok) return;
    expect(result.name).toMatch(STORED_AUDIO_NAME);
    expect(readFileSync(storedAudioPath(result.name, root))).toEqual(bytes);
    expect(filesIn(root)).toEqual([storedAudioPath(result.name, root)]);
  });

  it("names an M4A by its content, whatever the client called it or claimed", async () => {
    const result = await receiveAudioUpload(...post(tinyM4a(2), "episode.mp3", "audio/mpeg"), "audio", 1024 * 1024, root);
    expect(result.ok && result.name.endsWith(".m4a")).toBe(true);
  });

  it("refuses a file over the cap while reading, and keeps nothing", async () => {
    const result = await receiveAudioUpload(...post(silentMp3(10)), "audio", 50_000, root);
    expect(result).toMatchObject({ ok: false, problem: "tooLarge" });
    expect(filesIn(root)).toEqual([]);
  });

  it("refuses a file just over the cap, even when the whole body is within the form's allowance", async () => {
    const result = await receiveAudioUpload(...post(silentMp3(5)), "audio", 50_000, root);
    expect(result).toMatchObject({ ok: false, problem: "tooLarge" });
    expect(filesIn(root)).toEqual([]);
  });

  it("refuses what is not audio, and keeps nothing", async () => {
    const result = await receiveAudioUpload(...post(Buffer.from("PK\u0003\u0004 not really audio")), "audio", 1024 * 1024, root);
    expect(result).toMatchObject({ ok: false, problem: "notAudio" });
    expect(filesIn(root)).toEqual([]);
  });

  it("says when no file was sent, and refuses a body that is not a form", async () => {
    expect(await receiveAudioUpload(...post(null), "audio", 1024, root)).toMatchObject({ ok: false, problem: "missing" });
    expect(await receiveAudioUpload(...post(Buffer.alloc(0), ""), "audio", 1024, root)).toMatchObject({ ok: false, problem: "missing" });
    expect(await receiveAudioUpload(new Request("http://x.invalid/", { method: "POST", body: "a=1" }).body, "text/plain", "audio", 1024, root)).toMatchObject({
      ok: false,
      problem: "badRequest",
    });
  });
});
