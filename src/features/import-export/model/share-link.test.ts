// Share links in Node 20 (CompressionStream is global there too): exact round trips, and broken,
// cut or edited links refused with a message, never a throw and never a different policy.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { NetworkPolicy } from '../../../k8s/networking/types';
import {
  crc32,
  decodeShareFragment,
  encodeShareFragment,
  fromBase64Url,
  isShareFragment,
  SHARE_PREFIX,
  toBase64Url,
} from './share-link';

const policy = {
  apiVersion: 'networking.k8s.io/v1',
  kind: 'NetworkPolicy',
  metadata: { name: 'allow-web', namespace: 'shop', annotations: { note: 'ünïcødé ✓ $HOME 😀' } },
  spec: {
    podSelector: { matchLabels: { app: 'web' } },
    ingress: [{ from: [{ ipBlock: { cidr: '10.0.0.0/8', except: ['10.1.0.0/16'] } }], ports: [{ port: 80 }] }],
    futureField: { nested: [1, 2.5, null, true] },
  },
  status: { anything: 'kept' },
} as NetworkPolicy;

const objects = fc.dictionary(fc.string(), fc.jsonValue(), { maxKeys: 8 });

describe('share link', () => {
  it('round-trips a policy exactly, unknown fields included', async () => {
    const frag = await encodeShareFragment(policy);
    expect(frag.startsWith(SHARE_PREFIX)).toBe(true);
    expect(frag).toMatch(/^np1\.[A-Za-z0-9_-]+$/);
    expect(await decodeShareFragment(`#${frag}`)).toEqual({ ok: true, policy });
    expect(await decodeShareFragment(frag)).toEqual({ ok: true, policy });
  });

  it('compresses: a large repetitive policy gives a much shorter link than its JSON', async () => {
    const big: NetworkPolicy = {
      ...policy,
      spec: { ingress: Array.from({ length: 200 }, (_, i) => ({ ports: [{ port: 1000 + i, protocol: 'TCP' }] })) },
    };
    const frag = await encodeShareFragment(big);
    expect(frag.length).toBeLessThan(JSON.stringify(big).length / 3);
  });

  it('round-trips any JSON object (property)', async () => {
    await fc.assert(
      fc.asyncProperty(objects, async (obj) => {
        const expected: unknown = JSON.parse(JSON.stringify(obj));
        const r = await decodeShareFragment(await encodeShareFragment(obj as NetworkPolicy));
        expect(r).toEqual({ ok: true, policy: expected });
      }),
      { numRuns: 150 },
    );
  });

  it('refuses every truncation of a link (property)', async () => {
    const frag = await encodeShareFragment(policy);
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: frag.length - 1 }), async (n) => {
        const r = await decodeShareFragment(frag.slice(0, n));
        expect(r.ok).toBe(false);
      }),
      { numRuns: 120 },
    );
  });

  it('never yields a different policy from an edited link (property)', async () => {
    const frag = await encodeShareFragment(policy);
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: SHARE_PREFIX.length, max: frag.length - 1 }),
        fc.integer({ min: 0, max: alphabet.length - 1 }),
        async (at, c) => {
          const edited = frag.slice(0, at) + alphabet[c] + frag.slice(at + 1);
          const r = await decodeShareFragment(edited);
          // Either refused, or (an edit of unused trailing bits) the very same policy.
          if (r.ok) expect(r.policy).toEqual(policy);
          else expect(r.message).toMatch(/^This share link is broken: /);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('never throws on arbitrary input (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string(), async (s) => {
        const r = await decodeShareFragment(`np1.${s}`);
        expect(typeof r.ok).toBe('boolean');
      }),
      { numRuns: 150 },
    );
  });

  it('explains what is wrong', async () => {
    const frag = await encodeShareFragment(policy);
    expect(await decodeShareFragment('#hello')).toEqual({
      ok: false,
      message: 'This share link is broken: it does not start with np1.',
    });
    expect(await decodeShareFragment('#np2.AAAA')).toEqual({
      ok: false,
      message: 'This share link has format np2, which this version of the app cannot read.',
    });
    expect(await decodeShareFragment(`${frag}!`)).toMatchObject({ ok: false, message: /characters/ });
    expect(await decodeShareFragment('np1.AAA')).toMatchObject({ ok: false, message: /too short/ });
    expect(await decodeShareFragment(frag.slice(0, -6))).toMatchObject({ ok: false });
    // Valid compression of something that is not an object.
    const json = new TextEncoder().encode('[1]');
    const cs = new Blob([json]).stream().pipeThrough(new CompressionStream('deflate-raw'));
    const packed = new Uint8Array(await new Response(cs).arrayBuffer());
    const head = new Uint8Array(4);
    new DataView(head.buffer).setUint32(0, crc32(json));
    const notObject = SHARE_PREFIX + toBase64Url(new Uint8Array([...head, ...packed]));
    expect(await decodeShareFragment(notObject)).toEqual({
      ok: false,
      message: 'This share link is broken: it does not hold a policy object.',
    });
  });

  it('recognises share fragments', () => {
    expect(isShareFragment('#np1.abc')).toBe(true);
    expect(isShareFragment('np7.abc')).toBe(true);
    expect(isShareFragment('#section-2')).toBe(false);
    expect(isShareFragment('')).toBe(false);
  });

  it('base64url round-trips bytes and rejects other text', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (b) => {
        expect(fromBase64Url(toBase64Url(b))).toEqual(b);
      }),
    );
    expect(fromBase64Url('ab+c')).toBeUndefined();
    expect(fromBase64Url('abcde')).toBeUndefined();
  });

  it('crc32 matches the standard check value', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });
});
