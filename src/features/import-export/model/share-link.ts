// Share links: the whole draft in the URL fragment (never sent to a server), as
// `np1.` + base64url(CRC-32 of the JSON ‖ deflate-raw(JSON)). The checksum turns a changed or cut
// link into a clear refusal instead of a different policy. Runs in browsers and in Node 20.
import type { NetworkPolicy } from '../../../k8s/networking/types';

export const SHARE_PREFIX = 'np1.';
/** Decompressed size limit: a crafted link cannot make the page inflate gigabytes. */
export const MAX_SHARED_BYTES = 8 * 1024 * 1024;

export type ShareDecodeResult =
  { readonly ok: true; readonly policy: NetworkPolicy } | { readonly ok: false; readonly message: string };

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

const B64URL = /^[A-Za-z0-9_-]*$/;

export function toBase64Url(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** undefined when the text is not base64url (unpadded). */
export function fromBase64Url(text: string): Uint8Array<ArrayBuffer> | undefined {
  if (!B64URL.test(text) || text.length % 4 === 1) return undefined;
  const bin = atob(text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4));
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

async function pump(
  input: Uint8Array<ArrayBuffer>,
  stream: CompressionStream | DecompressionStream,
  limit: number,
): Promise<Uint8Array> {
  const writer = stream.writable.getWriter();
  // Errors surface on the reader; the writer's own rejections would otherwise go unhandled.
  writer.write(input).catch(() => undefined);
  writer.close().catch(() => undefined);
  const reader = stream.readable.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      throw new RangeError('too large');
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

/** The fragment text (without '#') that restores exactly this draft. */
export async function encodeShareFragment(policy: NetworkPolicy): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(policy));
  const packed = await pump(
    json as Uint8Array<ArrayBuffer>,
    new CompressionStream('deflate-raw'),
    Number.MAX_SAFE_INTEGER,
  );
  const out = new Uint8Array(4 + packed.byteLength);
  new DataView(out.buffer).setUint32(0, crc32(json));
  out.set(packed, 4);
  return SHARE_PREFIX + toBase64Url(out);
}

/** Whether a location hash is meant to be a share link (any version), so the page should try it. */
export function isShareFragment(hash: string): boolean {
  return /^#?np\d+\./.test(hash);
}

const BROKEN = 'This share link is broken';

/** Decodes a location hash (with or without '#'); never throws. */
export async function decodeShareFragment(hash: string): Promise<ShareDecodeResult> {
  const text = hash.startsWith('#') ? hash.slice(1) : hash;
  const version = /^np(\d+)\./.exec(text);
  if (version === null) return { ok: false, message: `${BROKEN}: it does not start with ${SHARE_PREFIX}` };
  if (`np${version[1]}.` !== SHARE_PREFIX) {
    return {
      ok: false,
      message: `This share link has format np${version[1] ?? ''}, which this version of the app cannot read.`,
    };
  }
  const bytes = fromBase64Url(text.slice(SHARE_PREFIX.length));
  if (bytes === undefined) {
    return { ok: false, message: `${BROKEN}: it contains characters a share link never has (was it edited?).` };
  }
  if (bytes.byteLength < 5) return { ok: false, message: `${BROKEN}: it is too short (was it cut off?).` };
  let json: Uint8Array;
  try {
    json = await pump(bytes.subarray(4), new DecompressionStream('deflate-raw'), MAX_SHARED_BYTES);
  } catch (e) {
    return {
      ok: false,
      message:
        e instanceof RangeError
          ? `${BROKEN}: the draft in it is larger than ${MAX_SHARED_BYTES / 1024 / 1024} MiB.`
          : `${BROKEN}: its data cannot be decompressed (was it cut off or edited?).`,
    };
  }
  if (crc32(json) !== new DataView(bytes.buffer, bytes.byteOffset, 4).getUint32(0)) {
    return { ok: false, message: `${BROKEN}: its checksum does not match (was it cut off or edited?).` };
  }
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(json));
  } catch {
    return { ok: false, message: `${BROKEN}: the draft in it is not valid JSON.` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, message: `${BROKEN}: it does not hold a policy object.` };
  }
  return { ok: true, policy: value as NetworkPolicy };
}
