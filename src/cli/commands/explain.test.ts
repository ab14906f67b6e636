import path from 'node:path';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ResolvedIO } from '../io';
import { explain } from './explain';

const here = path.dirname(fileURLToPath(import.meta.url));
const CLUSTER = path.join(here, 'testdata/xyz-cluster.yaml');

function fakeIO(files: Record<string, string> = {}, stdin = ''): ResolvedIO & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    stdout: (s: string) => void (io.out += s),
    stderr: (s: string) => void (io.err += s),
    readFile: async (p: string) => (Object.hasOwn(files, p) ? (files[p] as string) : readFile(p, 'utf8')),
    readStdin: async () => stdin,
  };
  return io;
}

const seed = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: test-network-policy
  namespace: default
spec:
  podSelector:
    matchLabels:
      app: nginx
  ingress:
  - from:
    - podSelector:
        matchLabels:
          app: naginx1
    ports:
    - protocol: TCP
      port: 6379
`;

const egressOnly = `kind: NetworkPolicy
metadata: {name: lock, namespace: x}
spec:
  podSelector: {}
  policyTypes: [Egress]
  egress:
  - ports: [{port: serve-80-tcp}, {port: nope}]
    to: [{podSelector: {}}]
  - to: [{ipBlock: {cidr: 10.244.0.0/16, except: [10.245.0.0/16]}}]
    ports: [{port: 443}]
`;

describe('netpol explain', () => {
  it('prints the explanation, the kubectl describe text and warnings', async () => {
    const io = fakeIO({ 'p.yaml': seed });
    expect(await explain.run(['p.yaml'], io)).toBe(0);
    expect(io.err).toBe('');
    expect(io.out).toContain(
      'NetworkPolicy default/test-network-policy\nSelects pods in namespace "default" labelled app=nginx.\n',
    );
    expect(io.out).toContain(
      'Rule 1 allows incoming connections from pods labelled app=naginx1 in namespace "default" (the policy\'s own namespace), and only on port 6379/TCP.',
    );
    expect(io.out).toContain('Egress: Does not affect egress traffic (policyTypes does not include Egress).');
    expect(io.out).toContain('As kubectl describe shows it:\n  Name:         test-network-policy\n');
    expect(io.out).toContain(
      '    Allowing ingress traffic:\n      To Port: 6379/TCP\n      From:\n        PodSelector: app=naginx1\n',
    );
    expect(io.out).toContain('Warnings: none (pass --cluster for pod-aware checks)');
  });

  it('adds pod-aware warnings with --cluster', async () => {
    const io = fakeIO({ 'p.yaml': egressOnly });
    expect(await explain.run(['--cluster', CLUSTER, 'p.yaml'], io)).toBe(0);
    expect(io.out).toContain('Egress: Selected pods are isolated for egress.');
    expect(io.out).toContain(
      '  warning [NamedPortNotFound] spec.egress[0].ports[1].port: no destination pod (3 checked)',
    );
    expect(io.out).toContain(
      '  warning [IPBlockOverlapsPods] spec.egress[1].to[0].ipBlock.cidr: ipBlock 10.244.0.0/16 contains the IPs of 9 pod(s)',
    );
    expect(io.out).toContain('  warning [ExceptOutsideCIDR] spec.egress[1].to[0].ipBlock.except[0]');
    expect(io.out).toContain('  warning [EgressWithoutDNS] spec.egress:');
    expect(io.out).toContain(
      '  info [EmptyPodSelector] spec.podSelector: the empty podSelector selects every pod in namespace "x" (3 pod(s) now)',
    );
  });

  it('prints JSON with --output json and reads stdin', async () => {
    const io = fakeIO({}, `${seed}---\n${egressOnly}`);
    expect(await explain.run(['-o', 'json', '-'], io)).toBe(0);
    const out = JSON.parse(io.out) as { policy: string; warnings: { code: string }[] }[];
    expect(out.map((e) => e.policy)).toEqual(['default/test-network-policy', 'x/lock']);
    expect(out[1]?.warnings.map((w) => w.code)).toContain('EgressWithoutDNS');
  });

  it.each([
    [[], 'exactly one FILE is required'],
    [['a', 'b'], 'exactly one FILE is required'],
    [['--output', 'xml', 'p.yaml'], '--output must be text or json'],
    [['missing.yaml'], 'cannot read missing.yaml: no such file'],
    [['bad.yaml'], 'bad.yaml:1:'],
    [['pods.yaml'], 'pods.yaml: no NetworkPolicy found'],
    [['--cluster', 'missing.yaml', 'p.yaml'], 'cannot read missing.yaml'],
    [['--cluster', '-', '-'], 'standard input (-) can be read only once'],
  ])('exits 2 with a clear message for %j', async (args, msg) => {
    const io = fakeIO({ 'p.yaml': seed, 'bad.yaml': '{"kind": ', 'pods.yaml': 'kind: Pod\nmetadata: {name: a}\n' });
    expect(await explain.run(args, io)).toBe(2);
    expect(io.err).toContain(msg);
    expect(io.out).toBe('');
  });
});
