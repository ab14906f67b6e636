// The shipped demo data (a web shop with DNS and monitoring, labelled pods with named ports and pod
// IPs) and --seed parsing: documents and Lists, implied namespaces, and errors that name the problem.
import { describe, expect, it } from 'vitest';
import { loadSeedFile, parseSeed } from './seed';
import type { Obj } from './store';

type Rec = Record<string, unknown>;
const demo = loadSeedFile();
const pods = demo.filter((o) => o.kind === 'Pod');
const nameOf = (o: Obj) => String(o.metadata.name);

/** IPv4 text to a number (the demo uses plain dotted quads). */
const ipv4 = (ip: string): number => ip.split('.').reduce((n, p) => n * 256 + Number(p), 0);

describe('the shipped web-shop demo', () => {
  it('has the shop tiers, payments, a database and a cache, monitoring, and kube-system with DNS', () => {
    const namespaces = demo.filter((o) => o.kind === 'Namespace').map(nameOf);
    expect(namespaces).toEqual(
      expect.arrayContaining(['default', 'kube-system', 'shop', 'payments', 'data', 'monitoring']),
    );
    const apps = pods.map(
      (p) =>
        `${String(p.metadata.namespace)}/${String((p.metadata.labels as Rec).app ?? (p.metadata.labels as Rec)['k8s-app'])}`,
    );
    expect(apps).toEqual(
      expect.arrayContaining([
        'kube-system/kube-dns',
        'shop/frontend',
        'shop/cart',
        'shop/checkout',
        'payments/payments-api',
        'data/postgres',
        'data/redis',
        'monitoring/prometheus',
      ]),
    );
  });

  it('every pod has labels, named container ports and a unique running pod IP in 10.244.0.0/16', () => {
    const ips = new Set<string>();
    for (const p of pods) {
      expect(Object.keys((p.metadata.labels as Rec | undefined) ?? {}).length, nameOf(p)).toBeGreaterThan(0);
      const status = p.status as Rec;
      expect(status.phase, nameOf(p)).toBe('Running');
      const ip = String(status.podIP);
      expect(ipv4(ip) >>> 16, `${nameOf(p)} ${ip}`).toBe(ipv4('10.244.0.0') >>> 16);
      ips.add(ip);
      const containers = (p.spec as { containers: { ports?: Rec[] }[] }).containers;
      const ports = containers.flatMap((c) => c.ports ?? []);
      if (nameOf(p) === 'debug-shell') continue; // a client pod: it serves nothing
      expect(ports.length, nameOf(p)).toBeGreaterThan(0);
      for (const port of ports) expect(typeof port.name === 'string' && port.name !== '', nameOf(p)).toBe(true);
    }
    expect(ips.size).toBe(pods.length);
  });

  it('its NetworkPolicies are stored valid and defaulted, and every namespace carries its name label', () => {
    for (const np of demo.filter((o) => o.kind === 'NetworkPolicy')) {
      expect(np.metadata.generation).toBe(1);
      expect(Array.isArray((np.spec as Rec).policyTypes)).toBe(true);
    }
    for (const ns of demo.filter((o) => o.kind === 'Namespace')) {
      expect((ns.metadata.labels as Rec)['kubernetes.io/metadata.name']).toBe(nameOf(ns));
    }
  });
});

describe('parseSeed', () => {
  it('reads YAML documents and Lists, defaults the namespace and adds namespaces that pods imply', () => {
    const text = `apiVersion: v1
kind: List
items:
  - apiVersion: v1
    kind: Pod
    metadata: {name: a, namespace: lab}
    spec: {containers: [{name: c, image: x}]}
---
apiVersion: v1
kind: Pod
metadata: {name: b}
spec: {containers: [{name: c, image: x}]}
`;
    const objs = parseSeed(text, 'seed.yaml');
    expect(objs.map((o) => `${String(o.kind)} ${String(o.metadata.namespace ?? '')}/${nameOf(o)}`)).toEqual([
      'Namespace /default',
      'Namespace /lab',
      'Pod lab/a',
      'Pod default/b',
    ]);
  });

  it('names the problem: syntax with line and column, an unsupported kind, a missing name, an invalid policy', () => {
    expect(() => parseSeed('a: [\n', 'bad.yaml')).toThrow(/^bad\.yaml:\d+:\d+: /);
    expect(() => parseSeed('apiVersion: v1\nkind: Service\nmetadata: {name: s}\n', 's.yaml')).toThrow(
      's.yaml: unsupported kind "Service" (Namespace, Pod and NetworkPolicy are)',
    );
    expect(() => parseSeed('kind: Pod\nmetadata: {}\n', 'n.yaml')).toThrow(
      'n.yaml: every object needs kind and metadata.name',
    );
    expect(() =>
      parseSeed(
        'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: np}\nspec: {podSelector: {}, ingress: [{ports: [{port: 70000}]}]}\n',
        'np.yaml',
      ),
    ).toThrow(
      'np.yaml: NetworkPolicy np is invalid: spec.ingress[0].ports[0].port: Invalid value: 70000: must be between 1 and 65535, inclusive',
    );
  });
});
