// The undo/redo key combinations and where the page leaves undo to the focused control.
import { describe, it, expect } from 'vitest';
import { historyCommandOf, keepsNativeUndo, shortcutLabels } from './undo-shortcut';

const key = (k: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey', boolean>> = {}) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe('historyCommandOf', () => {
  it.each([
    [key('z', { ctrlKey: true }), 'undo'],
    [key('z', { metaKey: true }), 'undo'],
    [key('Z', { ctrlKey: true, shiftKey: true }), 'redo'],
    [key('Z', { metaKey: true, shiftKey: true }), 'redo'],
    [key('y', { ctrlKey: true }), 'redo'],
    [key('z'), undefined],
    [key('z', { ctrlKey: true, altKey: true }), undefined],
    [key('y', { metaKey: true }), undefined], // Cmd+Y is the history window on macOS browsers
    [key('Y', { ctrlKey: true, shiftKey: true }), undefined],
    [key('x', { ctrlKey: true }), undefined],
  ])('%j -> %s', (e, want) => {
    expect(historyCommandOf(e)).toBe(want);
  });
});

describe('keepsNativeUndo', () => {
  it.each([
    [{ tagName: 'INPUT', type: 'text' }, true],
    [{ tagName: 'input' }, true],
    [{ tagName: 'INPUT', type: 'number' }, true],
    [{ tagName: 'TEXTAREA' }, true],
    [{ tagName: 'DIV', isContentEditable: true }, true],
    [{ tagName: 'DIV', inOwnUndoRegion: true }, true],
    [{ tagName: 'INPUT', type: 'checkbox' }, false],
    [{ tagName: 'SELECT' }, false],
    [{ tagName: 'BUTTON' }, false],
    [{ tagName: 'BODY' }, false],
  ])('%j -> %s', (f, want) => {
    expect(keepsNativeUndo(f)).toBe(want);
  });
});

it('labels the shortcuts per platform', () => {
  expect(shortcutLabels(false)).toEqual({ undo: 'Ctrl+Z', redo: 'Ctrl+Shift+Z or Ctrl+Y' });
  expect(shortcutLabels(true).undo).toBe('⌘Z');
});
