import { describe, expect, it } from 'vitest';
import { describeNetworkPolicy } from './describe';

describe('describeNetworkPolicy (kubectl describe, Spec part)', () => {
  it('prints what kubectl prints for an ingress policy', () => {
    const text = describeNetworkPolicy({
      metadata: {
        name: 'test-network-policy',
        namespace: 'default',
        labels: { app: 'nginx' },
        creationTimestamp: '2018-11-15T08:23:34Z',
      },
      spec: {
        podSelector: { matchLabels: { app: 'nginx' } },
        ingress: [
          {
            from: [
              { podSelector: { matchLabels: { app: 'naginx1' } } },
              { ipBlock: { cidr: '172.17.0.0/16', except: ['172.17.1.0/24'] } },
            ],
            ports: [{ protocol: 'TCP', port: 6379 }],
          },
          {},
        ],
      },
    });
    expect(text).toBe(
      [
        'Name:         test-network-policy',
        'Namespace:    default',
        'Created on:   2018-11-15 08:23:34 +0000 UTC',
        'Labels:       app=nginx',
        'Annotations:  <none>',
        'Spec:',
        '  PodSelector:     app=nginx',
        '  Allowing ingress traffic:',
        '    To Port: 6379/TCP',
        '    From:',
        '      PodSelector: app=naginx1',
        '    From:',
        '      IPBlock:',
        '        CIDR: 172.17.0.0/16',
        '        Except: 172.17.1.0/24',
        '    ----------',
        '    To Port: <any> (traffic allowed to all ports)',
        '    From: <any> (traffic not restricted by source)',
        '  Not affecting egress traffic',
        '  Policy Types: Ingress',
        '',
      ].join('\n'),
    );
  });

  it('words egress with To and destination', () => {
    const text = describeNetworkPolicy({
      metadata: { name: 'e', namespace: 'x' },
      spec: {
        podSelector: {},
        policyTypes: ['Ingress', 'Egress'],
        egress: [
          {
            ports: [
              { port: 53, protocol: 'UDP' },
              { port: 8000, endPort: 8080 },
            ],
          },
          { to: [{ namespaceSelector: { matchLabels: { a: 'b' } }, podSelector: {} }] },
        ],
      },
    });
    expect(text).toContain('  PodSelector:     <none> (Allowing the specific traffic to all pods in this namespace)\n');
    expect(text).toContain(
      '  Allowing ingress traffic:\n    <none> (Selected pods are isolated for ingress connectivity)\n',
    );
    expect(text).toContain(
      '    To Port: 53/UDP\n    To Port Range: 8000-8080/TCP\n    To: <any> (traffic not restricted by destination)\n',
    );
    expect(text).toContain('    To:\n      NamespaceSelector: a=b\n      PodSelector: <none>\n');
    expect(text).toContain('  Policy Types: Ingress, Egress\n');
    expect(text).not.toContain('From');
  });

  it('prints annotations as kubectl does: "key: value", last-applied skipped, long values below the key', () => {
    const long = 'v'.repeat(150);
    const text = describeNetworkPolicy({
      metadata: {
        name: 'a',
        namespace: 'x',
        annotations: {
          'kubectl.kubernetes.io/last-applied-configuration': '{"big":"json"}\n',
          owner: 'team-a',
          long,
          multi: 'line one\nline two\n',
        },
      },
      spec: { podSelector: {} },
    });
    expect(text).toContain(
      [
        'Annotations:  long:',
        `                ${'v'.repeat(138)}...`,
        '              multi:',
        '                line one',
        '                line two',
        '              owner: team-a',
        'Spec:',
      ].join('\n'),
    );
    expect(text).not.toContain('last-applied');
  });

  it('prints <none> when the only annotation is last-applied-configuration', () => {
    const text = describeNetworkPolicy({
      metadata: { name: 'a', annotations: { 'kubectl.kubernetes.io/last-applied-configuration': '{}' } },
      spec: { podSelector: {} },
    });
    expect(text).toContain('Annotations:  <none>\n');
  });

  it('marks an endPort without port as invalid instead of printing a range', () => {
    const text = describeNetworkPolicy({
      metadata: { name: 'a' },
      spec: { podSelector: {}, ingress: [{ ports: [{ endPort: 90 }, { port: 80, endPort: 90, protocol: 'UDP' }] }] },
    });
    expect(text).toContain('    To Port Range: <nil>-90/TCP (invalid: endPort without port)\n');
    expect(text).toContain('    To Port Range: 80-90/UDP\n');
  });
});
