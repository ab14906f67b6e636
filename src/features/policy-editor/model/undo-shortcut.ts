// The page's undo/redo keys, and which focused elements keep their own (native) undo instead.
export type HistoryCommand = 'undo' | 'redo';

export interface KeyLike {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly shiftKey: boolean;
  readonly altKey: boolean;
}

/** Ctrl/Cmd+Z undoes; Ctrl/Cmd+Shift+Z and Ctrl+Y redo. `key` (not `code`), so other layouts work. */
export function historyCommandOf(e: KeyLike): HistoryCommand | undefined {
  if (e.altKey || !(e.ctrlKey || e.metaKey)) return undefined;
  const key = e.key.toLowerCase();
  if (key === 'z') return e.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && e.ctrlKey && !e.shiftKey) return 'redo';
  return undefined;
}

// Input types without text editing: the page's shortcut applies while they have focus.
const NON_TEXT_INPUTS = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file', 'image']);

export interface FocusLike {
  readonly tagName: string;
  readonly type?: string;
  readonly isContentEditable?: boolean;
  /** Inside Monaco, a dialog, or another region with its own undo. */
  readonly inOwnUndoRegion?: boolean;
}

/** True where the browser's (or Monaco's) own undo must win: text fields, contenteditable, Monaco. */
export function keepsNativeUndo(f: FocusLike): boolean {
  if (f.inOwnUndoRegion === true || f.isContentEditable === true) return true;
  const tag = f.tagName.toUpperCase();
  if (tag === 'TEXTAREA') return true;
  return tag === 'INPUT' && !NON_TEXT_INPUTS.has((f.type ?? 'text').toLowerCase());
}

/** Shown in the buttons' titles. */
export function shortcutLabels(isMac: boolean): { undo: string; redo: string } {
  return isMac ? { undo: '⌘Z', redo: '⇧⌘Z' } : { undo: 'Ctrl+Z', redo: 'Ctrl+Shift+Z or Ctrl+Y' };
}
