// A minimal PNG reader (8-bit RGB/RGBA, not interlaced: what Chromium's screenshots are) and a
// noise-tolerant comparison, so the screenshot spec can tell a real change from rendering noise.
import { inflateSync } from 'node:zlib';

export interface Image {
  readonly width: number;
  readonly height: number;
  /** RGBA, 4 bytes a pixel, row after row. */
  readonly rgba: Uint8Array;
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** Decodes a PNG; throws on anything this reader does not handle (palette, 16-bit, interlaced). */
export function decodePng(file: Uint8Array): Image {
  const buf = Buffer.from(file.buffer, file.byteOffset, file.byteLength);
  if (buf.length < 33 || !buf.subarray(0, 8).equals(SIGNATURE)) throw new Error('not a PNG file');
  let width = 0;
  let height = 0;
  let channels = 0;
  const idat: Buffer[] = [];
  for (let at = 8; at + 8 <= buf.length;) {
    const length = buf.readUInt32BE(at);
    const type = buf.toString('latin1', at + 4, at + 8);
    const data = buf.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      const [depth, colour, , , interlace] = [data[8], data[9], data[10], data[11], data[12]];
      channels = colour === 2 ? 3 : colour === 6 ? 4 : 0;
      if (depth !== 8 || channels === 0 || interlace !== 0)
        throw new Error(`unsupported PNG: depth ${depth}, colour type ${colour}, interlace ${interlace}`);
    } else if (type === 'IDAT') idat.push(data);
    else if (type === 'IEND') break;
    at += 12 + length;
  }
  if (width === 0 || height === 0) throw new Error('PNG without a header');
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  if (raw.length < height * (stride + 1)) throw new Error('truncated PNG data');
  const rows = new Uint8Array(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const src = y * (stride + 1) + 1;
    const out = y * stride;
    for (let x = 0; x < stride; x++) {
      const v = raw[src + x] ?? 0;
      const left = x >= channels ? (rows[out + x - channels] ?? 0) : 0;
      const up = y > 0 ? (rows[out - stride + x] ?? 0) : 0;
      const upLeft = y > 0 && x >= channels ? (rows[out - stride + x - channels] ?? 0) : 0;
      const predicted =
        filter === 0
          ? 0
          : filter === 1
            ? left
            : filter === 2
              ? up
              : filter === 3
                ? (left + up) >> 1
                : filter === 4
                  ? paeth(left, up, upLeft)
                  : -1;
      if (predicted < 0) throw new Error(`bad PNG filter ${String(filter)} in row ${y}`);
      rows[out + x] = (v + predicted) & 0xff;
    }
  }
  const rgba = new Uint8Array(width * height * 4);
  for (let i = 0, o = 0; i < rows.length; i += channels, o += 4) {
    rgba[o] = rows[i] ?? 0;
    rgba[o + 1] = rows[i + 1] ?? 0;
    rgba[o + 2] = rows[i + 2] ?? 0;
    rgba[o + 3] = channels === 4 ? (rows[i + 3] ?? 0) : 255;
  }
  return { width, height, rgba };
}

export interface Difference {
  /** Pixels where some channel differs by more than the tolerance. */
  readonly pixels: number;
  readonly ratio: number;
  readonly sameSize: boolean;
  /** Bounding box of the differing pixels, for the message. */
  readonly box: { x: number; y: number; width: number; height: number } | null;
}

/** Counts pixels that differ by more than `tolerance` (0..255) in any channel. */
export function compareImages(a: Image, b: Image, tolerance: number): Difference {
  if (a.width !== b.width || a.height !== b.height) return { pixels: Infinity, ratio: 1, sameSize: false, box: null };
  let pixels = 0;
  let [x0, y0, x1, y1] = [Infinity, Infinity, -1, -1];
  for (let p = 0, i = 0; p < a.width * a.height; p++, i += 4) {
    let max = 0;
    for (let c = 0; c < 4; c++) max = Math.max(max, Math.abs((a.rgba[i + c] ?? 0) - (b.rgba[i + c] ?? 0)));
    if (max <= tolerance) continue;
    pixels++;
    const x = p % a.width;
    const y = Math.floor(p / a.width);
    [x0, y0, x1, y1] = [Math.min(x0, x), Math.min(y0, y), Math.max(x1, x), Math.max(y1, y)];
  }
  const box = pixels === 0 ? null : { x: x0, y: y0, width: x1 - x0 + 1, height: y1 - y0 + 1 };
  return { pixels, ratio: pixels / (a.width * a.height), sameSize: true, box };
}
