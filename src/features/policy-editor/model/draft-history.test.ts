// The undo/redo history: coalescing, bounds, redo cleared by a new change, O(1) recording.
import { describe, it, expect } from 'vitest';
import {
  COALESCE_MS,
  canRedo,
  canUndo,
  emptyHistory,
  futureValues,
  pastValues,
  recordChange,
  redoChange,
  undoChange,
  type ChangeTag,
  type DraftHistory,
} from './draft-history';

/** Applies changes to a string "draft", recording each; returns the final draft and history. */
function edit(
  start: string,
  changes: readonly (readonly [string, ChangeTag?])[],
  h = emptyHistory<string>(),
): { value: string; h: DraftHistory<string> } {
  let value = start;
  for (const [next, tag] of changes) {
    h = recordChange(h, value, tag);
    value = next;
  }
  return { value, h };
}

function undoAll(value: string, h: DraftHistory<string>): string[] {
  const seen: string[] = [];
  for (let step = undoChange(h, value); step !== undefined; step = undoChange(h, value)) {
    ({ value, history: h } = step);
    seen.push(value);
  }
  return seen;
}

describe('draft history', () => {
  it('starts empty: nothing to undo or redo', () => {
    const h = emptyHistory<string>();
    expect(canUndo(h)).toBe(false);
    expect(canRedo(h)).toBe(false);
    expect(undoChange(h, 'x')).toBeUndefined();
    expect(redoChange(h, 'x')).toBeUndefined();
  });

  it('undoes and redoes changes in order', () => {
    const { value, h } = edit('a', [['b'], ['c']]);
    const u1 = undoChange(h, value);
    expect(u1?.value).toBe('b');
    const u2 = u1 && undoChange(u1.history, u1.value);
    expect(u2?.value).toBe('a');
    expect(u2 && canUndo(u2.history)).toBe(false);
    expect(u2 && futureValues(u2.history)).toEqual(['b', 'c']);
    const r1 = u2 && redoChange(u2.history, u2.value);
    expect(r1?.value).toBe('b');
    const r2 = r1 && redoChange(r1.history, r1.value);
    expect(r2?.value).toBe('c');
    expect(r2 && canRedo(r2.history)).toBe(false);
    expect(r2 && pastValues(r2.history)).toEqual(['a', 'b']);
  });

  it('coalesces typing in one field within the window into one step', () => {
    const k = 'metadata.name';
    const { value, h } = edit('n', [
      ['n1', { key: k, at: 0 }],
      ['n12', { key: k, at: 200 }],
      ['n123', { key: k, at: 200 + COALESCE_MS }], // the gap counts from the last keystroke
    ]);
    expect(value).toBe('n123');
    expect(pastValues(h)).toEqual(['n']);
    expect(undoAll(value, h)).toEqual(['n']);
  });

  it('starts a new step after a pause, in another field, or for untagged changes', () => {
    const { value, h } = edit('v0', [
      ['v1', { key: 'a', at: 0 }],
      ['v2', { key: 'a', at: COALESCE_MS + 1 }], // pause
      ['v3', { key: 'b', at: COALESCE_MS + 2 }], // another field
      ['v4', { key: 'b' }], // no time: never joins
      ['v5', { at: COALESCE_MS + 3 }], // no key (a button): never joins
      ['v6', { key: 'b', at: COALESCE_MS + 4 }], // the button closed the run of "b"
    ]);
    expect(undoAll(value, h)).toEqual(['v5', 'v4', 'v3', 'v2', 'v1', 'v0']);
  });

  it('does not join a run across a clock that went backwards', () => {
    const { h } = edit('a', [
      ['b', { key: 'k', at: 1000 }],
      ['c', { key: 'k', at: 500 }],
    ]);
    expect(pastValues(h)).toEqual(['a', 'b']);
  });

  it('a new change clears the redo stack', () => {
    const { value, h } = edit('a', [['b'], ['c']]);
    const u = undoChange(h, value);
    expect(u && canRedo(u.history)).toBe(true);
    const h2 = u && recordChange(u.history, u.value, { key: 'k', at: 1 });
    expect(h2 && canRedo(h2)).toBe(false);
    expect(h2 && pastValues(h2)).toEqual(['a', 'b']);
  });

  it('a coalesced change right after an undo starts a new step and clears redo', () => {
    const { value, h } = edit('a', [
      ['b', { key: 'k', at: 0 }],
      ['c', { key: 'k', at: 100 }],
      ['d', { key: 'j', at: 200 }],
    ]);
    const u = undoChange(h, value); // back to 'c'; the run of "j" is closed
    expect(u?.value).toBe('c');
    const h2 = u && recordChange(u.history, u.value, { key: 'j', at: 250 });
    expect(h2 && pastValues(h2)).toEqual(['a', 'c']);
    expect(h2 && canRedo(h2)).toBe(false);
  });

  it('a replacement of the whole draft (untagged) is one undoable step between runs of typing', () => {
    const { value, h } = edit('typed', [
      ['typed1', { key: 'k', at: 0 }],
      ['template', {}],
      ['template1', { key: 'k', at: 10 }],
    ]);
    expect(undoAll(value, h)).toEqual(['template', 'typed1', 'typed']);
  });

  it('is bounded: only the newest `limit` steps can be undone', () => {
    const limit = 8;
    let h = emptyHistory<number>(limit);
    let value = 0;
    for (let i = 1; i <= 50; i++) {
      h = recordChange(h, value);
      value = i;
      expect(h.pastSize).toBe(Math.min(i, limit));
      // The cells kept never exceed the limit plus the trimming slack (a quarter of it).
      expect(h.pastCells).toBeLessThanOrEqual(limit + limit / 4);
    }
    expect(pastValues(h)).toEqual([42, 43, 44, 45, 46, 47, 48, 49]);
    const seen: number[] = [];
    for (let s = undoChange(h, value); s !== undefined; s = undoChange(h, value)) {
      ({ value, history: h } = s);
      seen.push(value);
    }
    expect(seen).toEqual([49, 48, 47, 46, 45, 44, 43, 42]);
    // Everything undone can be redone, also at the bound.
    const redone: number[] = [];
    for (let s = redoChange(h, value); s !== undefined; s = redoChange(h, value)) {
      ({ value, history: h } = s);
      redone.push(value);
      expect(h.pastSize).toBeLessThanOrEqual(limit);
    }
    expect(redone).toEqual([43, 44, 45, 46, 47, 48, 49, 50]);
    expect(pastValues(h)).toEqual([42, 43, 44, 45, 46, 47, 48, 49]);
  });

  it('keeps the default bound of 200 steps', () => {
    let h = emptyHistory<number>();
    for (let i = 0; i < 1000; i++) h = recordChange(h, i);
    expect(h.pastSize).toBe(200);
    expect(pastValues(h)[0]).toBe(800);
  });

  it('stores references: recording copies nothing and shares the stack', () => {
    const draft = { big: new Array<number>(10_000).fill(1) };
    const h1 = recordChange(emptyHistory<typeof draft>(), draft);
    const h2 = recordChange(h1, { big: [] });
    expect(pastValues(h2)[0]).toBe(draft);
    expect(h2.past?.next).toBe(h1.past);
  });

  it('records in O(1): a coalesced keystroke adds no cell, a new step one cell (trims amortised)', () => {
    let h = emptyHistory<number>(200);
    for (let i = 0; i < 200; i++) h = recordChange(h, i);
    const full = h.past;
    for (let i = 0; i < 1000; i++) h = recordChange(h, -1, { key: 'name', at: i });
    expect(h.past?.next).toBe(full); // 1,000 keystrokes in one field: one cell
    let copies = 0;
    for (let i = 0; i < 1000; i++) {
      const before = h;
      h = recordChange(h, i);
      // Either the new cell points at the old list (nothing copied) or this was a trim.
      if (h.past?.next !== before.past) copies += h.pastCells;
    }
    expect(h.pastSize).toBe(200);
    // A trim copies 200 cells once every 50 pushes: about 4 cell copies per push.
    expect(copies / 1000).toBeLessThanOrEqual(4);
  });

  it('rejects a limit that is not a positive integer', () => {
    expect(() => emptyHistory(0)).toThrow(RangeError);
    expect(() => emptyHistory(1.5)).toThrow(RangeError);
  });
});
