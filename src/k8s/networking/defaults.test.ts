import { describe, expect, it } from 'vitest';
import { applyNetworkPolicyDefaults, effectivePolicyTypes } from './defaults';

// Cases from upstream pkg/apis/networking/v1/defaults_test.go (TestSetDefaultNetworkPolicy)
// plus the protocol defaulting of SetDefaults_NetworkPolicyPort.
describe('applyNetworkPolicyDefaults', () => {
  const withSpec = (spec: Record<string, unknown>) => ({ metadata: { name: 'x' }, spec });

  it.each([
    ['no rules', {}, ['Ingress']],
    ['empty ingress', { ingress: [] }, ['Ingress']],
    ['empty egress does not add Egress', { egress: [] }, ['Ingress']],
    ['ingress and egress rules', { ingress: [{}], egress: [{}] }, ['Ingress', 'Egress']],
    ['egress rules only', { egress: [{}] }, ['Ingress', 'Egress']],
    ['policyTypes kept when set', { egress: [{}], policyTypes: ['Egress'] }, ['Egress']],
    ['empty policyTypes defaulted', { policyTypes: [] }, ['Ingress']],
  ])('policyTypes: %s', (_name, spec, expected) => {
    const out = applyNetworkPolicyDefaults(withSpec(spec));
    expect(out.spec.policyTypes).toEqual(expected);
  });

  it('defaults an absent or null protocol to TCP, not an empty one', () => {
    const input = withSpec({
      ingress: [
        { ports: [{ port: 80 }, { protocol: null, port: 81 }, { protocol: '', port: 82 }, { protocol: 'UDP' }] },
      ],
    });
    const out = applyNetworkPolicyDefaults(input);
    expect(out.spec.ingress).toEqual([
      {
        ports: [
          { port: 80, protocol: 'TCP' },
          { protocol: 'TCP', port: 81 },
          { protocol: '', port: 82 },
          { protocol: 'UDP' },
        ],
      },
    ]);
  });

  it('never mutates its input and shares untouched parts', () => {
    const input = withSpec({ policyTypes: ['Ingress'], ingress: [{ ports: [{ port: 80 }] }, { from: [] }] });
    const snapshot = structuredClone(input);
    const out = applyNetworkPolicyDefaults(input);
    expect(input).toEqual(snapshot);
    expect(out).not.toBe(input);
    expect((out.spec.ingress as unknown[])[1]).toBe((input.spec.ingress as unknown[])[1]);
    expect(out.metadata).toBe(input.metadata);
  });

  it('returns the same object when nothing needs defaulting', () => {
    const input = withSpec({ policyTypes: ['Ingress'], ingress: [{ ports: [{ protocol: 'TCP', port: 80 }] }] });
    expect(applyNetworkPolicyDefaults(input)).toBe(input);
  });

  it('leaves wrongly shaped input alone', () => {
    for (const v of [null, 5, 'x', [], { spec: [] }, { spec: { ingress: 'x' } }]) {
      expect(() => applyNetworkPolicyDefaults(v)).not.toThrow();
    }
  });

  it('effectivePolicyTypes ignores unknown values', () => {
    expect(effectivePolicyTypes({ policyTypes: ['Egress', 'Bogus'] })).toEqual(['Egress']);
    expect(effectivePolicyTypes(undefined)).toEqual(['Ingress']);
  });
});
