// The smallest single replacement that turns one text into another, so pushing a new preview
// into the editor touches only what changed (cheap on big policies, keeps scroll and undo).

export interface TextReplacement {
  /** Offsets into the old text: [start, end) is replaced by `text`. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** undefined when the texts are equal. */
export function minimalReplacement(oldText: string, newText: string): TextReplacement | undefined {
  if (oldText === newText) return undefined;
  const max = Math.min(oldText.length, newText.length);
  let prefix = 0;
  while (prefix < max && oldText.charCodeAt(prefix) === newText.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (
    suffix < max - prefix &&
    oldText.charCodeAt(oldText.length - 1 - suffix) === newText.charCodeAt(newText.length - 1 - suffix)
  ) {
    suffix++;
  }
  return { start: prefix, end: oldText.length - suffix, text: newText.slice(prefix, newText.length - suffix) };
}

/** Applies a replacement (the inverse check used by tests and by the textarea editor). */
export function applyReplacement(text: string, r: TextReplacement): string {
  return text.slice(0, r.start) + r.text + text.slice(r.end);
}

/** 1-based line and column of an offset, as editors count them. */
export function offsetToPosition(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}
