import { describe, it, expect } from 'vitest';
import { cellReasons } from './cell-reasons';
import { policy, shopIndex } from './test-fixtures';

describe('cellReasons', () => {
  const index = shopIndex();
  const pod = (key: string) => {
    const p = index.cluster.pods.find((x) => `${x.namespace}/${x.name}` === key);
    if (p === undefined) throw new Error(`no pod ${key}`);
    return p;
  };
  const probe = { port: 7070, protocol: 'TCP' };

  it('names the isolating policies and says nothing matched when denied', () => {
    const deny = policy('shop', 'cart-deny', { podSelector: { matchLabels: { app: 'cart' } } });
    const r = cellReasons(index, [deny], pod('shop/frontend'), pod('shop/cart'), probe, 'shop/cart-deny');
    expect(r.allowed).toBe(false);
    expect(r.headline).toBe('shop/frontend to shop/cart on 7070/TCP: denied');
    expect(r.lines[0]).toBe(
      'Egress of shop/frontend: no policy selects it for egress, so all traffic may leave it: allowed.',
    );
    expect(r.lines[1]).toBe(
      'Ingress of shop/cart: isolated for ingress by shop/cart-deny (the draft); no ingress rule of that policy matches this connection: denied.',
    );
  });

  it('names the policy, rule, peer and port that allowed it', () => {
    const allow = policy('shop', 'cart-allow', {
      podSelector: { matchLabels: { app: 'cart' } },
      ingress: [{ from: [{ podSelector: { matchLabels: { app: 'frontend' } } }], ports: [{ port: 7070 }] }],
    });
    const r = cellReasons(index, [allow], pod('shop/frontend'), pod('shop/cart'), probe, 'other/x');
    expect(r.allowed).toBe(true);
    expect(r.lines[1]).toBe(
      'Ingress of shop/cart: isolated for ingress by shop/cart-allow; allowed by shop/cart-allow ingress rule 1 (spec.ingress[0].from[0], spec.ingress[0].ports[0]).',
    );
    const other = cellReasons(
      index,
      [allow],
      pod('shop/frontend'),
      pod('shop/cart'),
      { port: 80, protocol: 'TCP' },
      '',
    );
    expect(other.allowed).toBe(false);
  });
});
