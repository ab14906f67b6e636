import { describe, expect, it } from 'vitest';
import { affectedPods } from './affected';
import { compilePolicy } from './compile';
import { podIP, xyzCluster } from './testing/xyz-model';

describe('affectedPods', () => {
  const policy = {
    metadata: { name: 'p', namespace: 'x' },
    spec: {
      podSelector: { matchExpressions: [{ key: 'pod', operator: 'In', values: ['a', 'b'] }] },
      ingress: [
        {
          from: [
            { podSelector: {} },
            { namespaceSelector: { matchLabels: { ns: 'y' } }, podSelector: { matchLabels: { pod: 'c' } } },
          ],
        },
      ],
      egress: [
        { to: [{ ipBlock: { cidr: `${podIP('z', 'a')}/31` } }, { namespaceSelector: {} }] },
        { ports: [{ port: 53 }] },
      ],
    },
  };

  it('counts the selected pods and the pods of every peer', () => {
    const a = affectedPods(policy, xyzCluster());
    expect(a.selected).toEqual({ path: 'spec.podSelector', pods: ['x/a', 'x/b'], total: 9 });
    expect(a.peers).toEqual([
      { path: 'spec.ingress[0].from[0]', pods: ['x/a', 'x/b', 'x/c'], total: 9 },
      { path: 'spec.ingress[0].from[1]', pods: ['y/c'], total: 9 },
      // 10.244.3.11/31 covers .10 and .11: only z/a.
      { path: 'spec.egress[0].to[0]', pods: ['z/a'], total: 9 },
      { path: 'spec.egress[0].to[1]', pods: ['x/a', 'x/b', 'x/c', 'y/a', 'y/b', 'y/c', 'z/a', 'z/b', 'z/c'], total: 9 },
    ]);
  });

  it('accepts a compiled policy', () => {
    expect(affectedPods(compilePolicy(policy), xyzCluster()).selected.pods).toEqual(['x/a', 'x/b']);
  });
});

describe('matrixDiff', () => {
  it('lists the pairs a draft flips', async () => {
    const { matrixDiff, reachabilityMatrix } = await import('./matrix');
    const cluster = xyzCluster();
    const probe = { port: 80, protocol: 'TCP' };
    const before = reachabilityMatrix(cluster, [], probe);
    const after = reachabilityMatrix(
      cluster,
      [{ metadata: { name: 'd', namespace: 'y' }, spec: { podSelector: { matchLabels: { pod: 'b' } } } }],
      probe,
    );
    const diff = matrixDiff(before, after);
    expect(diff).toHaveLength(8);
    expect(diff[0]).toEqual({ from: 'x/a', to: 'y/b', before: true, after: false });
    expect(diff.every((d) => d.to === 'y/b' && d.before && !d.after)).toBe(true);
  });
});
