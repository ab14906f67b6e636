import { describe, it, expect } from 'vitest';
import { computeMatrices } from './compute-matrices';
import { matrixGet, naiveReachabilityMatrix } from './engine';
import {
  cellChange,
  defaultNamespaces,
  defaultProbe,
  diffCounts,
  replacesExisting,
  subsetCluster,
  withDraft,
} from './simulation';
import { policy, shopIndex } from './test-fixtures';

describe('simulation inputs', () => {
  it('defaults to the draft namespace plus the namespaces its peers select, in cluster order', () => {
    const { cluster } = shopIndex();
    const p = policy('shop', 'a', {
      podSelector: {},
      egress: [{ to: [{ namespaceSelector: { matchLabels: { compliance: 'pci' } } }] }],
    });
    expect(defaultNamespaces(p, cluster)).toEqual(['shop', 'payments']);
    const all = policy('payments', 'b', { podSelector: {}, ingress: [{ from: [{ namespaceSelector: {} }] }] });
    expect(defaultNamespaces(all, cluster)).toEqual(['default', 'shop', 'payments']);
  });

  it('replaces a policy of the same namespace/name and keeps the others', () => {
    const old = policy('shop', 'a', { podSelector: {} });
    const other = policy('payments', 'a', { podSelector: {} });
    const draft = policy('shop', 'a', { podSelector: { matchLabels: { x: 'y' } } });
    expect(withDraft([old, other], draft)).toEqual([other, draft]);
    expect(replacesExisting([old, other], draft)).toBe(true);
    expect(replacesExisting([other], draft)).toBe(false);
  });

  it('takes the first numeric port of the draft as the probe, else 80/TCP', () => {
    expect(
      defaultProbe(
        policy('a', 'b', { podSelector: {}, ingress: [{ ports: [{ port: 'http' }, { port: 53, protocol: 'UDP' }] }] }),
      ),
    ).toEqual({ port: 53, protocol: 'UDP' });
    expect(defaultProbe(policy('a', 'b', { podSelector: {} }))).toEqual({ port: 80, protocol: 'TCP' });
    // A named port first: resolved on the cluster's pods (cart declares grpc = 7070).
    const named = policy('shop', 'n', { podSelector: {}, ingress: [{ ports: [{ port: 'grpc' }, { port: 9000 }] }] });
    expect(defaultProbe(named, shopIndex().cluster.pods)).toEqual({ port: 7070, protocol: 'TCP' });
    // Without pods the name cannot be resolved, so the next numeric port is used.
    expect(defaultProbe(named)).toEqual({ port: 9000, protocol: 'TCP' });
  });
});

describe('computeMatrices', () => {
  it('computes before and after on the chosen namespaces, agreeing with the per-pair decision', () => {
    const index = shopIndex();
    const deny = policy('shop', 'cart-deny', { podSelector: { matchLabels: { app: 'cart' } } });
    const allowFe = policy('shop', 'cart-deny', {
      podSelector: { matchLabels: { app: 'cart' } },
      ingress: [{ from: [{ podSelector: { matchLabels: { app: 'frontend' } } }] }],
    });
    const probe = { port: 7070, protocol: 'TCP' };
    const cluster = subsetCluster(index.cluster, ['shop']);
    const r = computeMatrices({ id: 7, cluster, before: [deny], after: withDraft([deny], allowFe), probe });
    expect(r.id).toBe(7);
    expect(r.pods).toEqual(['shop/frontend', 'shop/cart']);
    // frontend -> cart: denied before, allowed after; cart -> frontend unchanged (allowed).
    expect(r.before?.[0 * 2 + 1]).toBe(0);
    expect(r.after[0 * 2 + 1]).toBe(1);
    const before = r.before ?? new Uint8Array(4);
    expect(cellChange(before, r.after, 1)).toBe('opened');
    expect(cellChange(before, r.after, 2)).toBe('same');
    expect(diffCounts(before, r.after, 2)).toEqual({ opened: 1, closed: 0 });
    expect(r.diff).toEqual({ opened: 1, closed: 0 });
    const naive = naiveReachabilityMatrix(cluster, [allowFe], probe);
    for (let a = 0; a < 2; a++)
      for (let b = 0; b < 2; b++) expect(r.after[a * 2 + b] === 1).toBe(matrixGet(naive, a, b));
  });

  it('skips the before matrix when asked', () => {
    const r = computeMatrices({
      id: 1,
      cluster: shopIndex().cluster,
      before: null,
      after: [],
      probe: { port: 80, protocol: 'TCP' },
    });
    expect(r.before).toBeNull();
    expect(r.diff).toBeNull();
    expect([...r.after].every((x) => x === 1)).toBe(true);
  });
});
