// A half-typed draft can be any JSON: the review's view models must never throw on it.
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import type { NetworkPolicy } from '../../../k8s/networking/types';
import { affectedPods } from './affected-pods';
import { cellReasons } from './cell-reasons';
import { computeMatrices } from './compute-matrices';
import { layoutDiagram } from './diagram-layout';
import { explainNetworkPolicy, policyWarnings } from './engine';
import { defaultNamespaces, defaultProbe, withDraft } from './simulation';
import { shopIndex } from './test-fixtures';

const index = shopIndex();
const [from, to] = index.cluster.pods;

/** Policy-shaped JSON with any value in any slot, including the wrong types. */
const junk = fc.oneof(
  fc.constant(null),
  fc.integer(),
  fc.string(),
  fc.boolean(),
  fc.array(fc.integer(), { maxLength: 2 }),
);
const selector = fc.oneof(
  junk,
  fc.record({
    matchLabels: fc.oneof(junk, fc.dictionary(fc.constantFrom('app', 'tier'), fc.oneof(fc.string(), junk))),
  }),
  fc.record({
    matchExpressions: fc.oneof(
      junk,
      fc.array(
        fc.record({
          key: fc.oneof(fc.string(), junk),
          operator: fc.oneof(fc.constantFrom('In', 'Exists'), junk),
          values: fc.oneof(fc.array(fc.string()), junk),
        }),
        { maxLength: 2 },
      ),
    ),
  }),
);
const peer = fc.oneof(
  junk,
  fc.record({ podSelector: selector, namespaceSelector: selector }, { requiredKeys: [] }),
  fc.record({
    ipBlock: fc.oneof(
      junk,
      fc.record({
        cidr: fc.oneof(fc.constantFrom('10.0.0.0/8', 'x'), junk),
        except: fc.oneof(junk, fc.array(fc.oneof(fc.string(), junk))),
      }),
    ),
  }),
);
const port = fc.oneof(
  junk,
  fc.record(
    {
      port: fc.oneof(fc.integer(), fc.string(), junk),
      protocol: fc.oneof(fc.constantFrom('TCP', 'UDP'), junk),
      endPort: fc.oneof(fc.integer(), junk),
    },
    { requiredKeys: [] },
  ),
);
const rule = fc.oneof(
  junk,
  fc.record(
    {
      from: fc.oneof(junk, fc.array(peer, { maxLength: 3 })),
      to: fc.oneof(junk, fc.array(peer, { maxLength: 3 })),
      ports: fc.oneof(junk, fc.array(port, { maxLength: 3 })),
    },
    { requiredKeys: [] },
  ),
);
const draft = fc.record(
  {
    metadata: fc.oneof(
      junk,
      fc.record(
        { name: fc.oneof(fc.string(), junk), namespace: fc.oneof(fc.constantFrom('shop', ''), junk) },
        { requiredKeys: [] },
      ),
    ),
    spec: fc.oneof(
      junk,
      fc.record(
        {
          podSelector: selector,
          policyTypes: fc.oneof(junk, fc.array(fc.oneof(fc.constantFrom('Ingress', 'Egress'), junk), { maxLength: 2 })),
          ingress: fc.oneof(junk, fc.array(rule, { maxLength: 3 })),
          egress: fc.oneof(junk, fc.array(rule, { maxLength: 3 })),
        },
        { requiredKeys: [] },
      ),
    ),
  },
  { requiredKeys: [] },
);

describe('the review on malformed drafts', () => {
  it('explains, warns, counts, lays out and simulates any draft without throwing', () => {
    fc.assert(
      fc.property(draft, (d) => {
        const p = d as unknown as NetworkPolicy;
        explainNetworkPolicy(p);
        policyWarnings(p, index);
        const groups = affectedPods(p, index);
        expect(groups[0]?.field).toBe('spec.podSelector');
        const layout = layoutDiagram(p);
        expect(layout.nodes.some((n) => n.id === 'selected')).toBe(true);
        const namespaces = defaultNamespaces(p, index.cluster);
        const probe = defaultProbe(p);
        const r = computeMatrices({ id: 1, cluster: index.cluster, before: [], after: withDraft([], p), probe });
        expect(r.after).toHaveLength(index.cluster.pods.length ** 2);
        if (from && to) cellReasons(index, withDraft([], p), from, to, probe, '');
        expect(namespaces.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });
});
