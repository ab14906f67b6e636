import { describe, expect, it } from 'vitest';
import type { NetworkPolicy } from '../types';
import { compilePolicy } from './compile';
import { decideConnection } from './decide';
import { indexCluster } from './match';
import { sanitizePolicy } from './sanitize';
import { xyzCluster } from './testing/xyz-model';

describe('sanitizePolicy', () => {
  it('keeps malformed list entries in place, matching nothing, instead of widening the rule', () => {
    const p = sanitizePolicy({
      metadata: { name: 'p', namespace: 'x', labels: { a: 1 } },
      spec: {
        podSelector: 'junk',
        ingress: ['junk', { from: ['junk'], ports: [7] }],
        egress: {},
        policyTypes: ['Ingress', 3],
      },
    });
    expect(p).toEqual({
      metadata: { name: 'p', namespace: 'x', labels: {} },
      spec: {
        podSelector: {},
        ingress: [{ from: [{}] }, { from: [{}], ports: [{ protocol: '' }] }],
        policyTypes: ['Ingress'],
      },
    });
  });

  it('a junk peer or rule denies rather than allows', () => {
    const index = indexCluster(xyzCluster());
    const pods = index.cluster.pods;
    const [xa, xb] = [pods[0], pods[1]];
    if (!xa || !xb) throw new Error('model');
    for (const ingress of [['junk'], [{ from: ['junk'] }], [{ ports: ['junk'] }]]) {
      const c = compilePolicy({
        metadata: { name: 'p', namespace: 'x' },
        spec: { podSelector: {}, ingress },
      } as unknown as NetworkPolicy);
      const v = decideConnection(
        { kind: 'pod', pod: xb },
        { kind: 'pod', pod: xa },
        { port: 80, protocol: 'TCP' },
        [c],
        index,
      );
      expect(v.allowed, JSON.stringify(ingress)).toBe(false);
    }
  });
});
