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

  it('never throws on odd input', () => {
    expect(() => validateDraft({ spec: 'nope' } as never)).not.toThrow();
  });
});
