/**
 * Tiny, real audio files built byte by byte, for tests only (no ffmpeg on the
 * machines): an MP3 of silent MPEG-1 Layer III frames and an M4A (MP4
 * container, one AAC-LC track) whose boxes a player or a parser reads like
 * any other. Neither decodes to anything but silence or noise; what matters
 * is that the container and codec are the real thing.
 */

/** `seconds` of silent MPEG-1 Layer III at 128 kbit/s, 44.1 kHz, stereo (no tag, no Xing header). */
export function silentMp3(seconds: number): Buffer {
  // 1152 samples a frame; 128 kbit/s at 44.1 kHz is 417.96 bytes a frame, so every frame is padded to 418.
  const frames = Math.max(1, Math.round((seconds * 44_100) / 1152));
  const frame = Buffer.alloc(418);
  frame.writeUInt32BE(0xfffb9204, 0); // sync, MPEG-1, Layer III, no CRC, 128 kbit/s, 44.1 kHz, padded, stereo
  return Buffer.concat(Array.from({ length: frames }, () => frame));
}

function box(type: string, ...parts: Buffer[]): Buffer {
  const body = Buffer.concat(parts);
  const head = Buffer.alloc(8);
  head.writeUInt32BE(body.length + 8, 0);
  head.write(type, 4, "latin1");
  return Buffer.concat([head, body]);
}
const u32 = (...values: number[]) => {
  const b = Buffer.alloc(values.length * 4);
  values.forEach((v, i) => b.writeUInt32BE(v >>> 0, i * 4));
  return b;
};
const u16 = (...values: number[]) => {
  const b = Buffer.alloc(values.length * 2);
  values.forEach((v, i) => b.writeUInt16BE(v, i * 2));
  return b;
};
const zeros = (n: number) => Buffer.alloc(n);
const MATRIX = u32(0x10000, 0, 0, 0, 0x10000, 0, 0, 0, 0x40000000);
const descriptor = (tag: number, body: Buffer) => Buffer.concat([Buffer.from([tag, body.length]), body]);

/** `seconds` of AAC-LC (44.1 kHz, stereo, about `kbps` kbit/s) in an MP4 ("M4A") container, moov before mdat. */
export function tinyM4a(seconds: number, kbps = 64): Buffer {
  const rate = 44_100;
  const samples = Math.max(1, Math.round((seconds * rate) / 1024));
  const sampleSize = Math.max(8, Math.round((kbps * 1000 * 1024) / rate / 8));
  const duration = samples * 1024;
  const ftyp = box("ftyp", Buffer.from("M4A "), u32(0), Buffer.from("M4A isommp42"));
  const esds = box(
    "esds",
    u32(0),
    descriptor(
      0x03,
      Buffer.concat([
        u16(1),
        Buffer.from([0]),
        descriptor(0x04, Buffer.concat([Buffer.from([0x40, 0x15, 0, 0, 0]), u32(kbps * 1000, kbps * 1000), descriptor(0x05, Buffer.from([0x12, 0x10]))])),
        descriptor(0x06, Buffer.from([0x02])),
      ]),
    ),
  );
  const mp4a = box("mp4a", zeros(6), u16(1), zeros(8), u16(2, 16, 0, 0), u32(rate * 0x10000), esds);
  const stbl = (chunkOffset: number) =>
    box(
      "stbl",
      box("stsd", u32(0, 1), mp4a),
      box("stts", u32(0, 1, samples, 1024)),
      box("stsc", u32(0, 1, 1, samples, 1)),
      box("stsz", u32(0, sampleSize, samples)),
      box("stco", u32(0, 1, chunkOffset)),
    );
  const moov = (chunkOffset: number) =>
    box(
      "moov",
      box("mvhd", u32(0, 0, 0, rate, duration, 0x10000), u16(0x100), zeros(10), MATRIX, zeros(24), u32(2)),
      box(
        "trak",
        box("tkhd", u32(7, 0, 0, 1, 0, duration, 0, 0), u16(0, 0, 0x100, 0), MATRIX, u32(0, 0)),
        box(
          "mdia",
          box("mdhd", u32(0, 0, 0, rate, duration), u16(0x55c4, 0)),
          box("hdlr", u32(0, 0), Buffer.from("soun"), zeros(12), Buffer.from("SoundHandler\0")),
          box("minf", box("smhd", u32(0), u16(0, 0)), box("dinf", box("dref", u32(0, 1), box("url ", u32(1)))), stbl(chunkOffset)),
        ),
      ),
    );
  const moovSize = moov(0).length;
  const mdat = box("mdat", Buffer.alloc(samples * sampleSize, 0x21));
  return Buffer.concat([ftyp, moov(ftyp.length + moovSize + 8), mdat]);
}
