import { describe, it, expect } from 'vitest';
import { affectedPods, matchesText } from './affected-pods';
import { policy, shopIndex } from './test-fixtures';

const fail = (): never => {
  throw new Error('missing group');
};
const names = (pods: { namespace: string; name: string }[]) => pods.map((p) => `${p.namespace}/${p.name}`);

describe('affectedPods', () => {
  it('counts the podSelector within the policy namespace and each peer across the cluster', () => {
    const p = policy('shop', 'cart', {
      podSelector: { matchLabels: { app: 'cart' } },
      ingress: [
        {
          from: [
            { podSelector: { matchLabels: { app: 'frontend' } } },
            { namespaceSelector: { matchLabels: { team: 'payments' } } },
          ],
        },
      ],
      egress: [{ to: [{ ipBlock: { cidr: '10.0.0.0/16', except: ['10.0.1.0/24'] } }] }],
    });
    const groups = affectedPods(p, shopIndex());
    expect(groups.map((g) => g.field)).toEqual([
      'spec.podSelector',
      'spec.ingress[0].from[0]',
      'spec.ingress[0].from[1]',
      'spec.egress[0].to[0]',
    ]);
    const [sel, fe, payNs, ip] = groups;
    expect(names(sel?.matched ?? [])).toEqual(['shop/cart']);
    expect(matchesText(sel ?? groups[0] ?? fail())).toBe('matches 1 of 2 pods in namespace "shop"');
    expect(names(fe?.matched ?? [])).toEqual(['shop/frontend']);
    expect(fe?.total).toBe(4);
    expect(names(payNs?.matched ?? [])).toEqual(['payments/api']);
    // 10.0.0.0/16 minus 10.0.1.0/24: debug and payments/api, not the shop pods.
    expect(names(ip?.matched ?? [])).toEqual(['default/debug', 'payments/api']);
    expect(ip?.note).toContain('ipBlock');
  });

  it('a rule without peers matches every pod; directions outside policyTypes are skipped', () => {
    const p = policy('shop', 'x', { podSelector: {}, policyTypes: ['Ingress'], ingress: [{}], egress: [{}] });
    const groups = affectedPods(p, shopIndex());
    expect(groups.map((g) => g.field)).toEqual(['spec.podSelector', 'spec.ingress[0].from']);
    expect(matchesText(groups[0] ?? fail())).toBe('matches 2 of 2 pods in namespace "shop"');
    expect(groups[1]?.matched).toHaveLength(4);
  });

  it('podSelector and namespaceSelector in one peer must both match (AND)', () => {
    const p = policy('payments', 'y', {
      podSelector: {},
      ingress: [
        {
          from: [
            {
              namespaceSelector: { matchLabels: { team: 'storefront' } },
              podSelector: { matchExpressions: [{ key: 'tier', operator: 'In', values: ['web'] }] },
            },
          ],
        },
      ],
    });
    const [, peer] = affectedPods(p, shopIndex());
    expect(names(peer?.matched ?? [])).toEqual(['shop/frontend']);
    expect(peer?.description).toContain('both must match');
  });
});
