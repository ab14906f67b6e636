// Text positions shared by the JSON and YAML sides of the codec: offsets (UTF-16 code units, as
// JavaScript strings and Monaco count them) turned into 1-based lines and columns.

/** A span of text. Lines and columns are 1-based; the end is exclusive (Monaco's convention). */
export interface TextRange {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
  startOffset: number;
  endOffset: number;
}

/** Offsets of every line start, built once per text; lookups are a binary search. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(readonly text: string) {
    if (!text.includes('\r')) {
      // The common case, found with the engine's indexOf rather than a loop over every character.
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
      return;
    }
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        this.starts.push(i + 1);
      }
    }
  }

  position(offset: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (this.starts[lo] ?? 0) + 1 };
  }

  /** The range without trailing whitespace and, when `firstLine`, cut at the end of its first line. */
  trimmed(startOffset: number, endOffset: number, firstLine = false): TextRange {
    let end = endOffset;
    if (firstLine) {
      const nl = this.text.slice(startOffset, endOffset).search(/[\r\n]/);
      if (nl >= 0) end = startOffset + nl;
    }
    while (end > startOffset && /\s/.test(this.text.charAt(end - 1))) end--;
    return this.range(startOffset, end);
  }

  range(startOffset: number, endOffset: number): TextRange {
    const s = this.position(startOffset);
    const e = this.position(Math.max(startOffset, endOffset));
    return {
      startLine: s.line,
      startColumn: s.column,
      endLine: e.line,
      endColumn: e.column,
      startOffset,
      endOffset: Math.max(startOffset, endOffset),
    };
  }
}
