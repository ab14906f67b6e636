// Malformed objects (what a user types mid-edit) must never crash the explanation, the warnings,
// the describe text or the matrix: they are shown while the policy is being written.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { NetworkPolicy } from '../types';
import { affectedPods } from './affected';
import { explainNetworkPolicy } from './explain';
import { reachabilityMatrix } from './matrix';
import { xyzCluster } from './testing/xyz-model';
import { policyWarnings } from './warnings';

const junk = fc.oneof(fc.constant(null), fc.string(), fc.integer(), fc.boolean(), fc.constant({}), fc.constant([]));
const selector = fc.oneof(
  junk,
  fc.record(
    {
      matchLabels: fc.oneof(junk, fc.dictionary(fc.string(), fc.oneof(fc.string(), junk))),
      matchExpressions: fc.oneof(
        junk,
        fc.array(
          fc.oneof(
            junk,
            fc.record({
              key: fc.oneof(fc.string(), junk),
              operator: fc.oneof(fc.constantFrom('In', 'NotIn', 'Exists', 'DoesNotExist'), junk),
              values: fc.oneof(junk, fc.array(fc.oneof(fc.string(), junk))),
            }),
          ),
        ),
      ),
    },
    { requiredKeys: [] },
  ),
);
const peer = fc.oneof(
  junk,
  fc.record(
    {
      podSelector: selector,
      namespaceSelector: selector,
      ipBlock: fc.oneof(
        junk,
        fc.record(
          {
            cidr: fc.oneof(fc.string(), junk, fc.constant('10.0.0.0/8')),
            except: fc.oneof(junk, fc.array(fc.oneof(fc.string(), junk))),
          },
          { requiredKeys: [] },
        ),
      ),
    },
    { requiredKeys: [] },
  ),
);
const port = fc.oneof(
  junk,
  fc.record(
    {
      protocol: fc.oneof(fc.constantFrom('TCP', 'UDP'), junk),
      port: fc.oneof(fc.integer(), fc.string(), junk),
      endPort: fc.oneof(fc.integer(), junk),
    },
    { requiredKeys: [] },
  ),
);
const rule = fc.oneof(
  junk,
  fc.record(
    {
      ports: fc.oneof(junk, fc.array(port, { maxLength: 3 })),
      from: fc.oneof(junk, fc.array(peer, { maxLength: 3 })),
      to: fc.oneof(junk, fc.array(peer, { maxLength: 3 })),
    },
    { requiredKeys: [] },
  ),
);
const policy = fc.record(
  {
    metadata: fc.oneof(
      junk,
      fc.record(
        {
          name: fc.oneof(fc.string(), junk),
          namespace: fc.oneof(fc.constantFrom('x', 'y'), junk),
          labels: fc.oneof(junk, fc.dictionary(fc.string(), fc.string())),
        },
        { requiredKeys: [] },
      ),
    ),
    spec: fc.oneof(
      junk,
      fc.record(
        {
          podSelector: selector,
          ingress: fc.oneof(junk, fc.array(rule, { maxLength: 3 })),
          egress: fc.oneof(junk, fc.array(rule, { maxLength: 3 })),
          policyTypes: fc.oneof(junk, fc.array(fc.oneof(fc.constantFrom('Ingress', 'Egress'), junk))),
        },
        { requiredKeys: [] },
      ),
    ),
  },
  { requiredKeys: [] },
) as fc.Arbitrary<NetworkPolicy>;

describe('malformed policies never crash the engine', () => {
  it('explain, describe, warnings, affected pods and the matrix', () => {
    const cluster = xyzCluster();
    fc.assert(
      fc.property(policy, (p) => {
        const e = explainNetworkPolicy(p);
        expect(typeof e.text).toBe('string');
        expect(typeof e.describe).toBe('string');
        expect(Array.isArray(policyWarnings(p, cluster))).toBe(true);
        expect(affectedPods(p, cluster).selected.total).toBe(9);
        expect(reachabilityMatrix(cluster, [p], { port: 80, protocol: 'TCP' }).allowed).toHaveLength(81);
      }),
      { numRuns: 500 },
    );
  });
});
