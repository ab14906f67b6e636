import { describe, it, expect } from 'vitest';
import { validateDraft } from './validate-draft';
import { newPolicyTemplate } from './template';

describe('validateDraft', () => {
  it('finds the template valid', () => {
    expect(validateDraft(newPolicyTemplate())).toEqual([]);
  });

  it('reports an out-of-range port at its path, with protocol defaulting applied first', () => {
    const p = { ...newPolicyTemplate(), spec: { podSelector: {}, ingress: [{ ports: [{ port: 70000 }] }] } };
    const errs = validateDraft(p);
    expect(errs.map((e) => e.field)).toEqual(['spec.ingress[0].ports[0].port']);
    // The draft itself is not changed by defaulting.
    expect(p.spec.ingress[0]?.ports[0]).toEqual({ port: 70000 });
  });

  it('memoises by object identity', () => {
    const p = { ...newPolicyTemplate(), metadata: { name: 'Bad_Name', namespace: 'default' } };
    const a = validateDraft(p);
    expect(a.length).toBeGreaterThan(0);
    expect(validateDraft(p)).toBe(a);
    expect(validateDraft({ ...p })).not.toBe(a);
  });

  it('gives every valid draft the same empty list', () => {
    expect(validateDraft(newPolicyTemplate())).toBe(validateDraft(newPolicyTemplate()));
  });

  it('fills an absent or empty namespace from the request, as the apiserver does before validating', () => {
    const { namespace: _ns, ...meta } = newPolicyTemplate().metadata ?? {};
    const absent = { ...newPolicyTemplate(), metadata: meta };
    const empty = { ...newPolicyTemplate(), metadata: { ...meta, namespace: '' } };
    for (const p of [absent, empty]) {
      expect(validateDraft(p).map((e) => `${e.field}: ${e.type}`)).toEqual(['metadata.namespace: FieldValueRequired']);
      expect(validateDraft(p, 'payments')).toEqual([]);
      // The request namespace is part of the memo: asking again without one is invalid again.
      expect(validateDraft(p)).toHaveLength(1);
    }
    expect(
      validateDraft({ ...newPolicyTemplate(), metadata: { ...meta, namespace: 'Bad_NS' } }, 'payments'),
    ).toHaveLength(1);
    // The draft itself is not changed.
    expect(absent.metadata).toEqual({ name: 'new-policy' });
  });

  it('never throws on odd input', () => {
    expect(() => validateDraft({ spec: 'nope' } as never)).not.toThrow();
  });
});
