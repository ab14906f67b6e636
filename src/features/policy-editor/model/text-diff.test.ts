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
