// The "Save changes" flow for a policy opened from the cluster: PUT with its resourceVersion; a
// 409 Conflict stops and asks: reload from the server (drop local edits) or overwrite knowingly
// (re-PUT with the server's current resourceVersion). Pure, so every transition is tested.
import type { RequestFailure } from './connection-state';

export type SaveState =
  | { readonly phase: 'idle' }
  | { readonly phase: 'saving' }
  | { readonly phase: 'saved'; readonly resourceVersion: string }
  | { readonly phase: 'conflict'; readonly message: string }
  | { readonly phase: 'reloading' }
  | { readonly phase: 'overwriting' }
  | { readonly phase: 'reloaded'; readonly resourceVersion: string }
  | { readonly phase: 'failed'; readonly failure: RequestFailure };

export type SaveEvent =
  | { readonly type: 'save' }
  | { readonly type: 'reload' }
  | { readonly type: 'overwrite' }
  | { readonly type: 'succeeded'; readonly resourceVersion: string }
  | { readonly type: 'conflicted'; readonly message: string }
  | { readonly type: 'failed'; readonly failure: RequestFailure }
  | { readonly type: 'dismiss' };

export const INITIAL_SAVE_STATE: SaveState = { phase: 'idle' };

/** True while a request runs: the buttons are disabled and no new request starts. */
export function isBusy(s: SaveState): boolean {
  return s.phase === 'saving' || s.phase === 'reloading' || s.phase === 'overwriting';
}

export function saveReducer(s: SaveState, e: SaveEvent): SaveState {
  switch (e.type) {
    case 'save':
      // A conflict must be resolved first: saving again would only conflict again.
      return isBusy(s) || s.phase === 'conflict' ? s : { phase: 'saving' };
    case 'reload':
      return s.phase === 'conflict' ? { phase: 'reloading' } : s;
    case 'overwrite':
      return s.phase === 'conflict' ? { phase: 'overwriting' } : s;
    case 'succeeded':
      if (s.phase === 'reloading') return { phase: 'reloaded', resourceVersion: e.resourceVersion };
      return s.phase === 'saving' || s.phase === 'overwriting'
        ? { phase: 'saved', resourceVersion: e.resourceVersion }
        : s;
    case 'conflicted':
      // The overwrite itself can lose a race with yet another writer: ask again.
      return s.phase === 'saving' || s.phase === 'overwriting' ? { phase: 'conflict', message: e.message } : s;
    case 'failed':
      return isBusy(s) ? { phase: 'failed', failure: e.failure } : s;
    case 'dismiss':
      return isBusy(s) ? s : INITIAL_SAVE_STATE;
  }
}
