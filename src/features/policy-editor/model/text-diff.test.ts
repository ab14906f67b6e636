import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { applyReplacement, minimalReplacement, offsetToPosition } from './text-diff';

describe('minimalReplacement', () => {
  it('is undefined for equal texts', () => {
    expect(minimalReplacement('abc', 'abc')).toBeUndefined();
  });

  it('replaces only the changed middle', () => {
    expect(minimalReplacement('port: 80\n', 'port: 8080\n')).toEqual({ start: 8, end: 8, text: '80' });
    expect(minimalReplacement('aXc', 'aYc')).toEqual({ start: 1, end: 2, text: 'Y' });
    expect(minimalReplacement('abc', '')).toEqual({ start: 0, end: 3, text: '' });
  });

  it('always reproduces the new text (property)', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        const r = minimalReplacement(a, b);
        expect(r === undefined ? a : applyReplacement(a, r)).toBe(b);
      }),
    );
  });

  it('matches the per-character scan on long texts that share long prefixes and suffixes (property)', () => {
    // The reference: longest common prefix, then the longest common suffix of what is left.
    const naive = (a: string, b: string) => {
      const max = Math.min(a.length, b.length);
      let p = 0;
      while (p < max && a[p] === b[p]) p++;
      let s = 0;
      while (s < max - p && a[a.length - 1 - s] === b[b.length - 1 - s]) s++;
      return { start: p, end: a.length - s, text: b.slice(p, b.length - s) };
    };
    const long = fc.string({ minLength: 0, maxLength: 40 }).map((x) => x.repeat(40));
    fc.assert(
      fc.property(long, fc.string(), fc.string(), long, (pre, x, y, suf) => {
        const a = pre + x + suf;
        const b = pre + y + suf;
        const r = minimalReplacement(a, b);
        if (a === b) expect(r).toBeUndefined();
        else expect(r).toEqual(naive(a, b));
      }),
    );
  });

  it('finds a one-character change in the middle of a 100k-character text', () => {
    const a = `${'a'.repeat(50_000)}x${'b'.repeat(50_000)}`;
    const b = `${'a'.repeat(50_000)}yz${'b'.repeat(50_000)}`;
    expect(minimalReplacement(a, b)).toEqual({ start: 50_000, end: 50_001, text: 'yz' });
    expect(minimalReplacement(a, `${'a'.repeat(50_000)}${'b'.repeat(50_000)}`)).toEqual({
      start: 50_000,
      end: 50_001,
      text: '',
    });
  });
});

describe('offsetToPosition', () => {
  it('counts lines and columns from 1', () => {
    const t = 'ab\ncd\n';
    expect(offsetToPosition(t, 0)).toEqual({ line: 1, column: 1 });
    expect(offsetToPosition(t, 2)).toEqual({ line: 1, column: 3 });
    expect(offsetToPosition(t, 3)).toEqual({ line: 2, column: 1 });
    expect(offsetToPosition(t, 99)).toEqual({ line: 3, column: 1 });
  });
});
