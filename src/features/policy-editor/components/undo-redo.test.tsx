// @vitest-environment happy-dom
// The Undo/Redo buttons, the page shortcuts (not inside text fields) and the typing coalescing key.
import { describe, it, expect, afterEach, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { UndoRedoButtons, coalesceKeyFor, useHistoryShortcuts } from './undo-redo';
import type { HistoryCommand } from '../model/undo-shortcut';

afterEach(cleanup);

function Harness({ onCommand }: { onCommand: (c: HistoryCommand) => void }) {
  useHistoryShortcuts(onCommand);
  return (
    <>
      <input aria-label="text" />
      <input aria-label="check" type="checkbox" />
      <div className="monaco-editor">
        <textarea aria-label="code" />
      </div>
      <UndoRedoButtons canUndo canRedo={false} onCommand={onCommand} />
    </>
  );
}

describe('undo/redo controls', () => {
  it('names the buttons, disables what is not possible and shows the shortcut in the title', () => {
    const onCommand = vi.fn();
    render(<Harness onCommand={onCommand} />);
    const undo = screen.getByRole('button', { name: 'Undo' });
    const redo = screen.getByRole('button', { name: 'Redo' });
    expect(undo).toHaveProperty('disabled', false);
    expect(redo).toHaveProperty('disabled', true);
    expect(undo.getAttribute('title')).toMatch(/\((Ctrl\+Z|⌘Z)\)$/);
    fireEvent.click(undo);
    expect(onCommand).toHaveBeenCalledWith('undo');
  });

  it('runs the shortcuts outside text fields only', () => {
    const onCommand = vi.fn();
    render(<Harness onCommand={onCommand} />);
    fireEvent.keyDown(document.body, { key: 'z', ctrlKey: true });
    fireEvent.keyDown(screen.getByLabelText('check'), { key: 'Z', metaKey: true, shiftKey: true });
    fireEvent.keyDown(document.body, { key: 'y', ctrlKey: true });
    expect(onCommand.mock.calls).toEqual([['undo'], ['redo'], ['redo']]);
    onCommand.mockClear();
    fireEvent.keyDown(screen.getByLabelText('text'), { key: 'z', ctrlKey: true });
    fireEvent.keyDown(screen.getByLabelText('code'), { key: 'z', ctrlKey: true });
    fireEvent.keyDown(document.body, { key: 'z' });
    expect(onCommand).not.toHaveBeenCalled();
  });

  it('coalesces typing per text field, never toggles or buttons', () => {
    const { container } = render(
      <form>
        <input name="metadata.name" />
        <input name="spec.x" type="checkbox" />
        <select name="spec.y" />
        <button type="button">b</button>
      </form>,
    );
    const [text, check, select, button] = [
      'input[type=text], input:not([type])',
      'input[type=checkbox]',
      'select',
      'button',
    ].map((s) => container.querySelector(s));
    expect(coalesceKeyFor(text ?? null)).toBe('form:metadata.name');
    expect(coalesceKeyFor(check ?? null)).toBeUndefined();
    expect(coalesceKeyFor(select ?? null)).toBeUndefined();
    expect(coalesceKeyFor(button ?? null)).toBeUndefined();
  });
});
