// modelLeafChanges: leaf edits are listed; list length or shape changes ask for a full reset.
import { describe, expect, it } from 'vitest';
import { modelLeafChanges } from './model-diff';
import { toFormModel } from './policy-model';

describe('modelLeafChanges', () => {
  it('lists only the leaves that changed', () => {
    const a = toFormModel({ metadata: { name: 'a' }, spec: { ingress: [{ ports: [{ port: 80 }] }] } });
    const b = toFormModel({ metadata: { name: 'b' }, spec: { ingress: [{ ports: [{ port: 81 }] }] } });
    expect(modelLeafChanges(a, b)).toEqual([
      ['metadata.name', 'b'],
      ['metadata.nameOrig', 'b'],
      ['spec.ingress.items.0.ports.items.0.port', '81'],
      ['spec.ingress.items.0.ports.items.0.portOrig', '81'],
    ]);
    expect(modelLeafChanges(a, a)).toEqual([]);
  });

  it('returns null when a list changes length', () => {
    const a = toFormModel({ spec: { ingress: [{}] } });
    const b = toFormModel({ spec: { ingress: [{}, {}] } });
    expect(modelLeafChanges(a, b)).toBeNull();
  });
});
