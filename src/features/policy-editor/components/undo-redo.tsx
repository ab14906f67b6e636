// Undo and Redo for the draft: the buttons beside the form's heading, the page's keyboard
// shortcuts (outside text fields, which keep their own undo), and the tag that coalesces typing.
import { useEffect, useRef, useState } from 'react';
import { historyCommandOf, keepsNativeUndo, shortcutLabels, type HistoryCommand } from '../model/undo-shortcut';
import './undo-redo.css';

const isMac = (): boolean => typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

// Monaco and open dialogs (import, templates) have their own undo or must not change the draft.
const OWN_UNDO_REGION = '.monaco-editor, dialog[open], [role="dialog"], [role="alertdialog"]';

function focusKeepsNativeUndo(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  return keepsNativeUndo({
    tagName: target.tagName,
    type: target instanceof HTMLInputElement ? target.type : undefined,
    isContentEditable: target instanceof HTMLElement && target.isContentEditable,
    inOwnUndoRegion: target.closest(OWN_UNDO_REGION) !== null,
  });
}

/**
 * The coalescing key of a form change event: typing in one text field is one undo step; toggles,
 * selects and buttons (undefined) are a step each.
 */
export function coalesceKeyFor(target: EventTarget | null): string | undefined {
  if (!(target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement)) return undefined;
  if (!focusKeepsNativeUndo(target)) return undefined;
  const id = target.name || target.id;
  return id === '' ? undefined : `form:${id}`;
}

/** Ctrl/Cmd+Z, Ctrl/Cmd+Shift+Z and Ctrl+Y on the page, except where the focus keeps its own undo. */
export function useHistoryShortcuts(run: (command: HistoryCommand) => void): void {
  const runRef = useRef(run);
  useEffect(() => {
    runRef.current = run;
  });
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.isComposing) return;
      const command = historyCommandOf(e);
      if (command === undefined || focusKeepsNativeUndo(e.target)) return;
      e.preventDefault();
      runRef.current(command);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}

interface Props {
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  readonly onCommand: (command: HistoryCommand) => void;
}

export function UndoRedoButtons({ canUndo, canRedo, onCommand }: Props) {
  const [labels] = useState(() => shortcutLabels(isMac()));
  const undoRef = useRef<HTMLButtonElement>(null);
  const redoRef = useRef<HTMLButtonElement>(null);
  // A focused button that becomes disabled drops the focus to <body>: hand it to the other one.
  useEffect(() => {
    const active = document.activeElement;
    if (!canUndo && active === undoRef.current && canRedo) redoRef.current?.focus();
    if (!canRedo && active === redoRef.current && canUndo) undoRef.current?.focus();
  }, [canUndo, canRedo]);
  return (
    <div className="undo-redo" role="group" aria-label="Edit history">
      <button
        ref={undoRef}
        type="button"
        disabled={!canUndo}
        title={`Undo the last change to the draft (${labels.undo})`}
        aria-keyshortcuts="Control+Z Meta+Z"
        onClick={() => onCommand('undo')}
      >
        Undo
      </button>
      <button
        ref={redoRef}
        type="button"
        disabled={!canRedo}
        title={`Redo the change undone last (${labels.redo})`}
        aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z Control+Y"
        onClick={() => onCommand('redo')}
      >
        Redo
      </button>
    </div>
  );
}
