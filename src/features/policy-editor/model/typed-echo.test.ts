import { describe, it, expect } from 'vitest';
import { TypedEcho } from './typed-echo';

describe('TypedEcho', () => {
  it('recognises late echoes of typed texts, in order, and never re-pushes them', () => {
    const e = new TypedEcho();
    e.typedText('a');
    e.typedText('ab');
    e.typedText('abc');
    expect(e.isEcho('a')).toBe(true);
    expect(e.isEcho('abc')).toBe(true);
    // 'ab' was older than the echo just seen: it is no longer expected.
    expect(e.isEcho('ab')).toBe(false);
  });

  it('treats a text nobody typed as new', () => {
    const e = new TypedEcho();
    e.typedText('x');
    expect(e.isEcho('from the form')).toBe(false);
    // A push clears the history: the old typed text is not an echo any more.
    expect(e.isEcho('x')).toBe(false);
  });

  it('keeps a bounded history', () => {
    const e = new TypedEcho(3);
    for (const t of ['1', '2', '3', '4']) e.typedText(t);
    expect(e.isEcho('1')).toBe(false);
    e.typedText('5');
    expect(e.isEcho('5')).toBe(true);
  });
});
