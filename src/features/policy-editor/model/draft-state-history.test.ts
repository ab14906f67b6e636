// Undo/redo through the draft reducer: what is recorded, what is one step, what the form is handed.
import { describe, it, expect } from 'vitest';
import type { NetworkPolicy } from '../../../k8s/networking/types';
import {
  canRedoDraft,
  canUndoDraft,
  draftReducer,
  initialDraftState,
  type DraftAction,
  type DraftState,
} from './draft-state';
import { newPolicyTemplate } from './template';

const named = (name: string): NetworkPolicy => ({ ...newPolicyTemplate(), metadata: { name, namespace: 'default' } });
const run = (s: DraftState, ...actions: DraftAction[]) => actions.reduce(draftReducer, s);
const nameOf = (s: DraftState) => s.policy.metadata?.name;
const typing = (name: string, at: number): DraftAction => ({
  type: 'form-changed',
  policy: named(name),
  key: 'form:metadata.name',
  at,
});

describe('draftReducer undo/redo', () => {
  it('has nothing to undo or redo at first, and then ignores undo/redo', () => {
    const s = initialDraftState(named('start'));
    expect(canUndoDraft(s)).toBe(false);
    expect(canRedoDraft(s)).toBe(false);
    expect(draftReducer(s, { type: 'undo' })).toBe(s);
    expect(draftReducer(s, { type: 'redo' })).toBe(s);
  });

  it('undoes a run of typing in one field as one step, and hands the form the restored draft', () => {
    const s0 = initialDraftState(named('start'));
    const s1 = run(s0, typing('s', 0), typing('st', 100), typing('sta', 250));
    expect(nameOf(s1)).toBe('sta');
    const s2 = draftReducer(s1, { type: 'undo' });
    expect(s2.policy).toEqual(s0.policy);
    expect(s2.origin).toBe('history');
    expect(s2.revision).toBe(s1.revision + 1);
    expect(canUndoDraft(s2)).toBe(false);
    expect(canRedoDraft(s2)).toBe(true);
    // The form follows outside changes by reference: the initial draft is what it was handed at
    // mount, so it gets an equal copy, not the same object.
    expect(s2.formInput).not.toBe(s1.formInput);
    expect(s2.formInput).toBe(s2.policy);
    const s3 = draftReducer(s2, { type: 'redo' });
    expect(nameOf(s3)).toBe('sta');
    expect(s3.formInput).toBe(s3.policy);
    expect(canRedoDraft(s3)).toBe(false);
  });

  it('keeps button changes (no key) and a pause as separate steps', () => {
    const s0 = initialDraftState(named('a'));
    const s = run(
      s0,
      typing('ab', 0),
      { type: 'form-changed', policy: named('ab+rule') }, // e.g. Add ingress rule
      typing('ab+rule-x', 10),
      typing('ab+rule-xy', 10 + 5000),
    );
    const names: (string | undefined)[] = [];
    let cur = s;
    while (canUndoDraft(cur)) {
      cur = draftReducer(cur, { type: 'undo' });
      names.push(nameOf(cur));
    }
    expect(names).toEqual(['ab+rule-x', 'ab+rule', 'ab', 'a']);
  });

  it('replacing the whole draft is one undoable step', () => {
    const s1 = run(initialDraftState(named('mine')), typing('mine-edited', 0));
    const template = named('from-template');
    const s2 = draftReducer(s1, { type: 'reset', policy: template });
    const s3 = draftReducer(s2, { type: 'undo' });
    expect(nameOf(s3)).toBe('mine-edited');
    expect(s3.formInput).toBe(s1.policy);
    const s4 = draftReducer(s3, { type: 'redo' });
    expect(s4.policy).toBe(template);
    // Re-applying the very same object records nothing.
    expect(draftReducer(s4, { type: 'reset', policy: template }).history).toBe(s4.history);
  });

  it('a new change after undo clears redo; undo and redo themselves are not recorded', () => {
    const s1 = run(initialDraftState(named('a')), typing('b', 0), { type: 'form-changed', policy: named('c') });
    const s2 = draftReducer(s1, { type: 'undo' });
    expect(s2.history.pastSize).toBe(1);
    expect(s2.history.futureSize).toBe(1);
    const s3 = draftReducer(s2, { type: 'redo' });
    expect(s3.history.pastSize).toBe(2);
    expect(s3.history.futureSize).toBe(0);
    const s4 = run(s1, { type: 'undo' }, typing('b2', 100));
    expect(canRedoDraft(s4)).toBe(false);
    expect(nameOf(draftReducer(s4, { type: 'undo' }))).toBe('b');
  });

  it('records parsed text edits (coalesced per format), not broken text, server errors or tab switches', () => {
    const s0 = initialDraftState(named('a'));
    const text = (name: string, at: number): DraftAction => ({
      type: 'text-edited',
      format: 'json',
      text: name,
      parsed: { ok: true, value: named(name) },
      at,
    });
    const broken: DraftAction = {
      type: 'text-edited',
      format: 'json',
      text: '{',
      parsed: { ok: false, error: { message: 'x', line: 1, column: 2 } },
    };
    const s = run(s0, text('ab', 0), text('abc', 100), broken, { type: 'server-errors', revision: 2, errors: [] });
    const s1 = draftReducer(s, { type: 'text-released' });
    expect(s1.history.pastSize).toBe(1);
    const s2 = draftReducer(s1, { type: 'undo' });
    expect(nameOf(s2)).toBe('a');
    expect(s2.text).toBeUndefined();
    expect(s2.syntaxError).toBeUndefined();
  });

  it('undo drops a broken text being edited and shows the restored draft', () => {
    const s = run(initialDraftState(named('a')), typing('b', 0), {
      type: 'text-edited',
      format: 'yaml',
      text: ': :',
      parsed: { ok: false, error: { message: 'bad', line: 1, column: 1 } },
    });
    const u = draftReducer(s, { type: 'undo' });
    expect(nameOf(u)).toBe('a');
    expect(u.text).toBeUndefined();
    expect(u.syntaxError).toBeUndefined();
  });
});
