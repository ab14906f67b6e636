// Undo/redo history of the draft: persistent stacks of draft references (drafts are immutable per
// change), bounded, with rapid edits of one field coalesced into one step. Pure; O(1) per record.

/** A persistent stack cell: pushing and popping share the rest, so nothing is ever copied. */
interface Cell<T> {
  readonly value: T;
  readonly next: Cell<T> | undefined;
}

/** Where a change came from, for coalescing: the same `key` within the window is one step. */
export interface ChangeTag {
  /** e.g. the form control's name; undefined (buttons, replacements) never coalesces. */
  readonly key?: string | undefined;
  /** Milliseconds on any monotonic clock (performance.now()). */
  readonly at?: number | undefined;
}

export interface DraftHistory<T> {
  /** Undo stack, newest first. Only its first `pastSize` cells count; the rest await trimming. */
  readonly past: Cell<T> | undefined;
  readonly pastSize: number;
  /** Cells physically on the `past` list (at most limit + slack). */
  readonly pastCells: number;
  /** Redo stack, the next redo first. */
  readonly future: Cell<T> | undefined;
  readonly futureSize: number;
  /** The open coalescing run: the last recorded change's key and time. */
  readonly run: { readonly key: string; readonly at: number } | undefined;
  readonly limit: number;
}

export const HISTORY_LIMIT = 200;
export const COALESCE_MS = 600;

export function emptyHistory<T>(limit = HISTORY_LIMIT): DraftHistory<T> {
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`history limit must be a positive integer: ${limit}`);
  return { past: undefined, pastSize: 0, pastCells: 0, future: undefined, futureSize: 0, run: undefined, limit };
}

export const canUndo = <T>(h: DraftHistory<T>): boolean => h.pastSize > 0;
export const canRedo = <T>(h: DraftHistory<T>): boolean => h.futureSize > 0;

/**
 * Pushes onto the undo stack. Beyond the limit the oldest entry stops counting at once; the cells
 * are cut off only every `slack` pushes, so a push is O(1) amortised (about 4 cell copies).
 */
function push<T>(h: DraftHistory<T>, value: T): Pick<DraftHistory<T>, 'past' | 'pastSize' | 'pastCells'> {
  const pastSize = Math.min(h.pastSize + 1, h.limit);
  let past: Cell<T> | undefined = { value, next: h.past };
  let pastCells = h.pastCells + 1;
  if (pastCells > h.limit + Math.ceil(h.limit / 4)) {
    past = take(past, pastSize);
    pastCells = pastSize;
  }
  return { past, pastSize, pastCells };
}

function take<T>(list: Cell<T> | undefined, n: number): Cell<T> | undefined {
  const values: T[] = [];
  for (let c = list; c !== undefined && values.length < n; c = c.next) values.push(c.value);
  let out: Cell<T> | undefined;
  for (let i = values.length - 1; i >= 0; i--) out = { value: values[i] as T, next: out };
  return out;
}

/**
 * Records a change away from `previous` (the draft before it). A change with the same key as the
 * open run, within `windowMs` of the run's last change, joins the run: the draft before the run
 * stays the one undo returns to. Any recorded change clears the redo stack.
 */
export function recordChange<T>(
  h: DraftHistory<T>,
  previous: T,
  tag: ChangeTag = {},
  windowMs = COALESCE_MS,
): DraftHistory<T> {
  const { key, at } = tag;
  const run = key !== undefined && at !== undefined ? { key, at } : undefined;
  if (run !== undefined && h.run !== undefined && h.run.key === run.key) {
    const gap = run.at - h.run.at;
    if (gap >= 0 && gap <= windowMs) return { ...h, future: undefined, futureSize: 0, run };
  }
  return { ...h, ...push(h, previous), future: undefined, futureSize: 0, run };
}

/** Undo: the draft to restore and the new history (with `current` on the redo stack), or undefined. */
export function undoChange<T>(h: DraftHistory<T>, current: T): { history: DraftHistory<T>; value: T } | undefined {
  const top = h.past;
  if (h.pastSize === 0 || top === undefined) return undefined;
  return {
    value: top.value,
    history: {
      ...h,
      past: top.next,
      pastSize: h.pastSize - 1,
      pastCells: h.pastCells - 1,
      future: { value: current, next: h.future },
      futureSize: h.futureSize + 1,
      run: undefined,
    },
  };
}

/** Redo: the draft to restore and the new history (with `current` back on the undo stack), or undefined. */
export function redoChange<T>(h: DraftHistory<T>, current: T): { history: DraftHistory<T>; value: T } | undefined {
  const top = h.future;
  if (h.futureSize === 0 || top === undefined) return undefined;
  return {
    value: top.value,
    history: { ...h, ...push(h, current), future: top.next, futureSize: h.futureSize - 1, run: undefined },
  };
}

/** The undo stack, oldest first (O(n): for tests and debugging, not for the keystroke path). */
export function pastValues<T>(h: DraftHistory<T>): T[] {
  const out: T[] = [];
  for (let c = h.past; c !== undefined && out.length < h.pastSize; c = c.next) out.push(c.value);
  return out.reverse();
}

/** The redo stack, next redo first. */
export function futureValues<T>(h: DraftHistory<T>): T[] {
  const out: T[] = [];
  for (let c = h.future; c !== undefined; c = c.next) out.push(c.value);
  return out;
}
