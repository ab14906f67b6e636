import { describe, expect, it } from 'vitest';
import { compilePolicies } from './compile';
import { decideConnection, resolveEndpoint } from './decide';
import { explainConnection } from './explain-connection';
import { indexCluster } from './match';
import { xyzCluster } from './testing/xyz-model';
import { genPolicyMatchLabels, inNs, setEgress, setIngress } from './testing/xyz-model';

const index = indexCluster(xyzCluster());
const policies = compilePolicies([
  inNs(
    'x',
    genPolicyMatchLabels(
      'allow-to-ns-y-pod-a',
      { pod: 'a' },
      setEgress({
        to: [
          {
            namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'y' } },
            podSelector: { matchLabels: { pod: 'a' } },
          },
        ],
      }),
    ),
  ),
  inNs(
    'y',
    genPolicyMatchLabels(
      'allow-from-xa',
      { pod: 'b' },
      setIngress({ from: [{ podSelector: {}, namespaceSelector: {} }], ports: [{ port: 80 }] }),
    ),
  ),
]);
const why = (from: string, to: string, port = 80) => {
  const f = resolveEndpoint(from, index);
  const t = resolveEndpoint(to, index);
  if (f === null || t === null) throw new Error('endpoint');
  return explainConnection(decideConnection(f, t, { port, protocol: 'TCP' }, policies, index));
};

describe('explainConnection', () => {
  it('explains an egress denial even when the server allows it', () => {
    const e = why('x/a', 'y/b');
    expect(e.allowed).toBe(false);
    expect(e.headline).toBe(
      "x/a -> y/b on 80/TCP: denied (a connection needs the source's egress and the destination's ingress to allow it)",
    );
    expect(e.egress).toBe(
      'x/a is isolated for egress by x/allow-to-ns-y-pod-a; no egress rule of it matches to y/b on 80/TCP, so egress is denied.',
    );
    expect(e.ingress).toBe(
      'y/b is isolated for ingress by y/allow-from-xa; from x/a on 80/TCP is allowed by y/allow-from-xa ingress rule 1 (spec.ingress[0]: from[0], ports[0]).',
    );
  });

  it('explains an allowed connection and a non-isolated end', () => {
    const e = why('x/a', 'y/a');
    expect(e.headline).toBe('x/a -> y/a on 80/TCP: allowed');
    expect(e.egress).toContain(
      'allowed by x/allow-to-ns-y-pod-a egress rule 1 (spec.egress[0]: to[0], no ports (every port))',
    );
    expect(e.ingress).toBe(
      'y/a is not isolated for ingress (no NetworkPolicy in namespace "y" selects it with policyTypes Ingress), so ingress is allowed.',
    );
  });

  it('explains traffic from outside the cluster', () => {
    const e = why('203.0.113.9', 'y/b', 81);
    expect(e.allowed).toBe(false);
    expect(e.egress).toBe('203.0.113.9 is not a pod of the cluster, so no NetworkPolicy applies on its side.');
    expect(e.ingress).toContain('no ingress rule of it matches from 203.0.113.9 on 81/TCP');
  });
});
