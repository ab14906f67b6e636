import { describe, it, expect } from 'vitest';
import { FieldPath, required } from '../../../k8s/field';
import { activeServerErrors, draftReducer, initialDraftState } from './draft-state';
import { isPristineDraft, newPolicyTemplate } from './template';

const base = () => initialDraftState(newPolicyTemplate());
const named = (name: string) => ({ ...newPolicyTemplate(), metadata: { name, namespace: 'default' } });

describe('draftReducer', () => {
  it('takes form changes as the new policy and drops any text being edited', () => {
    const s0 = draftReducer(base(), {
      type: 'text-edited',
      format: 'json',
      text: '{',
      parsed: { ok: false, error: { message: 'x', line: 1, column: 2 } },
    });
    const p = named('a');
    const s1 = draftReducer(s0, { type: 'form-changed', policy: p });
    expect(s1.policy).toBe(p);
    // The form is not handed back its own edit.
    expect(s1.formInput).toBe(s0.formInput);
    expect(s1.origin).toBe('form');
    expect(s1.revision).toBe(1);
    expect(s1.text).toBeUndefined();
    expect(s1.syntaxError).toBeUndefined();
  });

  it('ignores a form change that is the same object', () => {
    const s = base();
    expect(draftReducer(s, { type: 'form-changed', policy: s.policy })).toBe(s);
  });

  it('takes parsed text as the policy and keeps the text as typed', () => {
    const value = named('b');
    const s = draftReducer(base(), { type: 'text-edited', format: 'yaml', text: 'raw', parsed: { ok: true, value } });
    expect(s.policy).toBe(value);
    expect(s.formInput).toBe(value);
    expect(s.origin).toBe('text');
    expect(s.text).toEqual({ format: 'yaml', value: 'raw' });
  });

  it('keeps the last good policy while the text does not parse', () => {
    const s0 = base();
    const error = { message: 'Unexpected end', line: 3, column: 1 };
    const s1 = draftReducer(s0, { type: 'text-edited', format: 'json', text: '{', parsed: { ok: false, error } });
    expect(s1.policy).toBe(s0.policy);
    expect(s1.revision).toBe(0);
    expect(s1.syntaxError).toEqual(error);
    expect(s1.text?.value).toBe('{');
  });

  it.each([[[1]], [42], [null], ['str']])('reports a non-object document %j as an error', (value) => {
    const s = draftReducer(base(), { type: 'text-edited', format: 'json', text: 't', parsed: { ok: true, value } });
    expect(s.syntaxError?.message).toMatch(/single object/);
    expect(s.revision).toBe(0);
  });

  it('resets to a given policy and forgets errors', () => {
    const s0 = draftReducer(base(), { type: 'form-changed', policy: named('x') });
    const s1 = draftReducer(s0, { type: 'server-errors', revision: 1, errors: [required(FieldPath.of('spec'))] });
    const t = newPolicyTemplate();
    const s2 = draftReducer(s1, { type: 'reset', policy: t });
    expect(s2.policy).toBe(t);
    expect(s2.formInput).toBe(t);
    expect(s2.origin).toBe('reset');
    expect(s2.revision).toBe(2);
    expect(activeServerErrors(s2)).toEqual([]);
  });

  it('shows server errors only until the draft changes', () => {
    const errs = [required(FieldPath.of('metadata', 'name'))];
    const s1 = draftReducer(base(), { type: 'server-errors', revision: 0, errors: errs });
    expect(activeServerErrors(s1)).toBe(errs);
    const s2 = draftReducer(s1, { type: 'form-changed', policy: named('y') });
    expect(activeServerErrors(s2)).toEqual([]);
  });

  it('releases the text being edited', () => {
    const s1 = draftReducer(base(), {
      type: 'text-edited',
      format: 'json',
      text: '{',
      parsed: { ok: false, error: { message: 'x', line: 1, column: 1 } },
    });
    const s2 = draftReducer(s1, { type: 'text-released' });
    expect(s2.text).toBeUndefined();
    expect(s2.syntaxError).toBeUndefined();
    expect(draftReducer(s2, { type: 'text-released' })).toBe(s2);
  });

  it('moves the untouched template of the previous namespace in use to the new one, without an undo step', () => {
    const move = { type: 'namespace-in-use', namespace: 'payments', previous: 'default' } as const;
    const s1 = draftReducer(base(), move);
    expect(s1.policy).toEqual(newPolicyTemplate('payments'));
    expect(s1.formInput).toBe(s1.policy);
    expect(s1.revision).toBe(1);
    expect(s1.history).toEqual(base().history);
    expect(draftReducer(s1, { type: 'undo' })).toBe(s1);
    // Unchanged, or an empty namespace: nothing happens.
    expect(draftReducer(s1, { type: 'namespace-in-use', namespace: 'payments', previous: 'payments' })).toBe(s1);
    expect(draftReducer(s1, { type: 'namespace-in-use', namespace: '', previous: 'payments' })).toBe(s1);
    // And on again from there.
    const s2 = draftReducer(s1, { type: 'namespace-in-use', namespace: 'team-a', previous: 'payments' });
    expect(s2.policy).toEqual(newPolicyTemplate('team-a'));
  });

  it('never moves a draft with work in it: a typed namespace, any other edit, or text being fixed', () => {
    const move = { type: 'namespace-in-use', namespace: 'payments', previous: 'default' } as const;
    const edited = draftReducer(base(), { type: 'form-changed', policy: named('mine') });
    expect(draftReducer(edited, move)).toBe(edited);
    const typedNamespace = draftReducer(base(), { type: 'form-changed', policy: newPolicyTemplate('shop') });
    expect(draftReducer(typedNamespace, move)).toBe(typedNamespace);
    const labelled = { ...newPolicyTemplate(), metadata: { name: 'new-policy', namespace: 'default', labels: {} } };
    const s2 = draftReducer(base(), { type: 'reset', policy: labelled });
    expect(draftReducer(s2, move)).toBe(s2);
    const broken = draftReducer(base(), {
      type: 'text-edited',
      format: 'yaml',
      text: 'metadata: [',
      parsed: { ok: false, error: { message: 'x', line: 1, column: 1 } },
    });
    expect(draftReducer(broken, move)).toBe(broken);
  });
});

describe('isPristineDraft', () => {
  it('is the template of the given namespace, and nothing else', () => {
    expect(isPristineDraft(newPolicyTemplate(), 'default')).toBe(true);
    expect(isPristineDraft(newPolicyTemplate('team-a'), 'team-a')).toBe(true);
    expect(isPristineDraft(newPolicyTemplate('shop'), 'default')).toBe(false);
    expect(isPristineDraft(named('x'), 'default')).toBe(false);
    expect(
      isPristineDraft({ ...newPolicyTemplate(), spec: { podSelector: {}, policyTypes: ['Ingress'] } }, 'default'),
    ).toBe(false);
  });
});
