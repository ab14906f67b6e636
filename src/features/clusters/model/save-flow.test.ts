// Every transition of the save / conflict flow, including the ones that must be ignored.
import { describe, expect, it } from 'vitest';
import { INITIAL_SAVE_STATE, isBusy, saveReducer, type SaveEvent, type SaveState } from './save-flow';

const run = (events: SaveEvent[], from: SaveState = INITIAL_SAVE_STATE): SaveState => events.reduce(saveReducer, from);
const forbidden = { kind: 'forbidden', code: 403, message: 'no' } as const;

describe('save flow', () => {
  it('saves', () => {
    expect(run([{ type: 'save' }])).toEqual({ phase: 'saving' });
    expect(run([{ type: 'save' }, { type: 'succeeded', resourceVersion: '7' }])).toEqual({
      phase: 'saved',
      resourceVersion: '7',
    });
  });

  it('stops at a conflict and overwrites knowingly', () => {
    const conflict = run([{ type: 'save' }, { type: 'conflicted', message: 'changed' }]);
    expect(conflict).toEqual({ phase: 'conflict', message: 'changed' });
    expect(saveReducer(conflict, { type: 'save' })).toBe(conflict);
    const over = saveReducer(conflict, { type: 'overwrite' });
    expect(over).toEqual({ phase: 'overwriting' });
    expect(saveReducer(over, { type: 'succeeded', resourceVersion: '9' })).toEqual({
      phase: 'saved',
      resourceVersion: '9',
    });
    expect(saveReducer(over, { type: 'conflicted', message: 'again' })).toEqual({
      phase: 'conflict',
      message: 'again',
    });
  });

  it('reloads from the server after a conflict', () => {
    const s = run([{ type: 'save' }, { type: 'conflicted', message: 'c' }, { type: 'reload' }]);
    expect(s).toEqual({ phase: 'reloading' });
    expect(saveReducer(s, { type: 'succeeded', resourceVersion: '12' })).toEqual({
      phase: 'reloaded',
      resourceVersion: '12',
    });
    expect(saveReducer(s, { type: 'failed', failure: forbidden })).toEqual({ phase: 'failed', failure: forbidden });
  });

  it('ignores events that do not apply', () => {
    expect(run([{ type: 'reload' }])).toBe(INITIAL_SAVE_STATE);
    expect(run([{ type: 'overwrite' }])).toBe(INITIAL_SAVE_STATE);
    expect(run([{ type: 'succeeded', resourceVersion: '1' }])).toBe(INITIAL_SAVE_STATE);
    expect(run([{ type: 'conflicted', message: 'x' }])).toBe(INITIAL_SAVE_STATE);
    expect(run([{ type: 'failed', failure: forbidden }])).toBe(INITIAL_SAVE_STATE);
    const saving = run([{ type: 'save' }]);
    expect(saveReducer(saving, { type: 'save' })).toBe(saving);
    expect(saveReducer(saving, { type: 'dismiss' })).toBe(saving);
  });

  it('fails and can be dismissed or retried', () => {
    const failed = run([{ type: 'save' }, { type: 'failed', failure: forbidden }]);
    expect(failed).toEqual({ phase: 'failed', failure: forbidden });
    expect(isBusy(failed)).toBe(false);
    expect(saveReducer(failed, { type: 'save' })).toEqual({ phase: 'saving' });
    expect(saveReducer(failed, { type: 'dismiss' })).toBe(INITIAL_SAVE_STATE);
  });
});
