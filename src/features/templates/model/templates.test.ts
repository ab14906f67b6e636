// Every template is valid as the apiserver sees it and means what its purpose says, checked
// through the semantics engine on a small cluster (pods in the template's namespace and elsewhere).
import { describe, expect, it } from 'vitest';
import { applyNetworkPolicyDefaults } from '../../../k8s/networking/defaults';
import {
  compilePolicies,
  decideConnection,
  indexCluster,
  resolveEndpoint,
  type Cluster,
} from '../../../k8s/networking/semantics';
import type { NetworkPolicy } from '../../../k8s/networking/types';
import { validateNetworkPolicy } from '../../../k8s/networking/validation';
import { findTemplate, POLICY_TEMPLATES, templateNamespace } from './templates';
import { cluster, NS, pod } from './templates-test-cluster';

const index = indexCluster(cluster);
const nsPods = cluster.pods.filter((p) => p.namespace === NS).map((p) => `${p.namespace}/${p.name}`);
const allPods = cluster.pods.map((p) => `${p.namespace}/${p.name}`);

function build(id: string): NetworkPolicy {
  const t = findTemplate(id);
  if (t === undefined) throw new Error(`no template ${id}`);
  return t.build(NS);
}

/** Whether `from` may connect to `to` on port/protocol with only `policy` in the cluster. */
function allowed(policy: NetworkPolicy, from: string, to: string, port = 80, protocol = 'TCP'): boolean {
  const f = resolveEndpoint(from, index);
  const t = resolveEndpoint(to, index);
  if (f === null || t === null) throw new Error(`unknown endpoint ${from} or ${to}`);
  return decideConnection(f, t, { port, protocol }, compilePolicies([policy]), index).allowed;
}
const isolated = (policy: NetworkPolicy, target: string, dir: 'Ingress' | 'Egress'): boolean => {
  const t = resolveEndpoint(target, index);
  const other = resolveEndpoint('192.0.2.1', index);
  if (t === null || other === null) throw new Error('endpoint');
  const v =
    dir === 'Ingress'
      ? decideConnection(other, t, { port: 80, protocol: 'TCP' }, compilePolicies([policy]), index).ingress
      : decideConnection(t, other, { port: 80, protocol: 'TCP' }, compilePolicies([policy]), index).egress;
  return v?.isolated ?? false;
};

describe('templates', () => {
  it('has the eleven templates of the gallery, each with a title and a one-line purpose', () => {
    expect(POLICY_TEMPLATES).toHaveLength(11);
    expect(new Set(POLICY_TEMPLATES.map((t) => t.id)).size).toBe(11);
    for (const t of POLICY_TEMPLATES) {
      expect(t.title).not.toBe('');
      expect(t.purpose).not.toMatch(/\n/);
    }
  });

  it.each(POLICY_TEMPLATES.map((t) => [t.id, t] as const))(
    '%s is valid after defaulting, in the namespace given',
    (_, t) => {
      const p = t.build(NS);
      expect(p.metadata?.namespace).toBe(NS);
      expect(validateNetworkPolicy(applyNetworkPolicyDefaults(p))).toEqual([]);
      // A fresh object each time: applying a template twice never shares state with the draft.
      expect(t.build(NS)).not.toBe(p);
      expect(t.build(NS)).toEqual(p);
    },
  );

  it('uses the draft namespace, or default', () => {
    expect(templateNamespace({ metadata: { namespace: 'team-a' } })).toBe('team-a');
    expect(templateNamespace({ metadata: {} })).toBe('default');
    expect(templateNamespace(undefined)).toBe('default');
  });
});

describe('templates mean what they say', () => {
  it('default deny ingress: every pod of the namespace is isolated for ingress and nothing reaches it', () => {
    const p = build('default-deny-ingress');
    for (const to of nsPods) {
      expect(isolated(p, to, 'Ingress')).toBe(true);
      expect(isolated(p, to, 'Egress')).toBe(false);
      for (const from of allPods) if (from !== to) expect(allowed(p, from, to)).toBe(false);
      expect(allowed(p, '192.0.2.7', to, 443)).toBe(false);
    }
    // Other namespaces are untouched, and egress from the namespace still works.
    expect(allowed(p, `${NS}/api`, 'other/web')).toBe(true);
  });

  it('default deny egress: every pod of the namespace is isolated for egress, DNS included', () => {
    const p = build('default-deny-egress');
    for (const from of nsPods) {
      expect(isolated(p, from, 'Egress')).toBe(true);
      expect(allowed(p, from, 'kube-system/coredns', 53, 'UDP')).toBe(false);
      expect(allowed(p, from, '192.0.2.7', 443)).toBe(false);
    }
    expect(allowed(p, 'other/web', `${NS}/api`)).toBe(true);
  });

  it('deny all: nothing in, nothing out', () => {
    const p = build('deny-all');
    for (const x of nsPods) {
      expect(isolated(p, x, 'Ingress')).toBe(true);
      expect(isolated(p, x, 'Egress')).toBe(true);
      expect(allowed(p, 'other/web', x)).toBe(false);
      expect(allowed(p, x, 'other/web')).toBe(false);
    }
  });

  it('allow all ingress: every pod is isolated yet reachable from anywhere, on any port', () => {
    const p = build('allow-all-ingress');
    for (const to of nsPods) {
      expect(isolated(p, to, 'Ingress')).toBe(true);
      expect(allowed(p, 'other/web', to, 8080)).toBe(true);
      expect(allowed(p, '192.0.2.7', to, 9, 'UDP')).toBe(true);
    }
    // Added to a default deny it re-opens ingress (policies are additive).
    const both = compilePolicies([build('default-deny-ingress'), p]);
    const f = resolveEndpoint('other/web', index);
    const t = resolveEndpoint(`${NS}/db`, index);
    if (f === null || t === null) throw new Error('endpoint');
    expect(decideConnection(f, t, { port: 5432, protocol: 'TCP' }, both, index).allowed).toBe(true);
  });

  it('allow only from the same namespace', () => {
    const p = build('allow-same-namespace');
    expect(allowed(p, `${NS}/web`, `${NS}/api`)).toBe(true);
    expect(allowed(p, `${NS}/client`, `${NS}/db`, 5432)).toBe(true);
    expect(allowed(p, 'front/web', `${NS}/api`)).toBe(false);
    expect(allowed(p, 'other/web', `${NS}/api`)).toBe(false);
    expect(allowed(p, '192.0.2.7', `${NS}/api`)).toBe(false);
  });

  it('allow from a labelled namespace: any pod of a team=frontend namespace, to app=api only', () => {
    const p = build('allow-from-labelled-namespace');
    expect(allowed(p, 'front/web', `${NS}/api`)).toBe(true);
    expect(allowed(p, 'front/worker', `${NS}/api`)).toBe(true);
    expect(allowed(p, 'other/web', `${NS}/api`)).toBe(false);
    expect(allowed(p, `${NS}/web`, `${NS}/api`)).toBe(false);
    // Pods without app=api are not selected: still open.
    expect(isolated(p, `${NS}/db`, 'Ingress')).toBe(false);
  });

  it('AND: only app=web pods in team=frontend namespaces reach app=api, not same-labelled pods elsewhere', () => {
    const p = build('allow-from-pods-in-labelled-namespace');
    expect(allowed(p, 'front/web', `${NS}/api`)).toBe(true);
    expect(allowed(p, 'front/worker', `${NS}/api`)).toBe(false);
    expect(allowed(p, 'other/web', `${NS}/api`)).toBe(false);
    expect(allowed(p, `${NS}/web`, `${NS}/api`)).toBe(false);
  });

  it('DNS egress: a selected pod reaches kube-dns on UDP 53 and TCP 53 and nothing else', () => {
    const p = build('allow-dns-egress');
    for (const from of nsPods) {
      expect(allowed(p, from, 'kube-system/coredns', 53, 'UDP')).toBe(true);
      expect(allowed(p, from, 'kube-system/coredns', 53, 'TCP')).toBe(true);
      expect(allowed(p, from, 'kube-system/coredns', 54, 'UDP')).toBe(false);
      expect(allowed(p, from, 'kube-system/coredns', 53, 'SCTP')).toBe(false);
      expect(allowed(p, from, 'kube-system/metrics', 53, 'UDP')).toBe(false);
      expect(allowed(p, from, 'other/web', 53, 'UDP')).toBe(false);
      expect(allowed(p, from, '8.8.8.8', 53, 'UDP')).toBe(false);
      for (const to of nsPods) if (to !== from) expect(allowed(p, from, to, 80)).toBe(false);
    }
    // A namespace called kube-system's kube-dns only: a kube-dns-labelled pod elsewhere is not DNS.
    const moved: Cluster = {
      ...cluster,
      pods: [...cluster.pods, pod('other', 'fake-dns', { 'k8s-app': 'kube-dns' }, '10.0.2.53')],
    };
    const idx = indexCluster(moved);
    const f = resolveEndpoint(`${NS}/api`, idx);
    const t = resolveEndpoint('other/fake-dns', idx);
    if (f === null || t === null) throw new Error('endpoint');
    expect(decideConnection(f, t, { port: 53, protocol: 'UDP' }, compilePolicies([p]), idx).allowed).toBe(false);
  });

  it('egress to an external CIDR except a range', () => {
    const p = build('allow-egress-cidr-except');
    const from = `${NS}/api`;
    expect(allowed(p, from, '203.0.113.1', 443)).toBe(true);
    expect(allowed(p, from, '203.0.113.127', 5000, 'UDP')).toBe(true);
    expect(allowed(p, from, '203.0.113.128', 443)).toBe(false);
    expect(allowed(p, from, '203.0.113.255', 443)).toBe(false);
    expect(allowed(p, from, '198.51.100.1', 443)).toBe(false);
    expect(allowed(p, from, 'other/web', 80)).toBe(false);
    // Only app=api is selected.
    expect(allowed(p, `${NS}/web`, '198.51.100.1', 443)).toBe(true);
  });

  it('port range: ports 32000..32768 inclusive on TCP, nothing outside', () => {
    const p = build('allow-port-range');
    const to = `${NS}/api`;
    for (const port of [32000, 32001, 32500, 32768]) expect(allowed(p, 'other/web', to, port)).toBe(true);
    for (const port of [31999, 32769, 80]) expect(allowed(p, 'other/web', to, port)).toBe(false);
    expect(allowed(p, 'other/web', to, 32000, 'UDP')).toBe(false);
  });

  it('database: only role=db-client pods of the namespace, only on TCP 5432', () => {
    const p = build('limit-database-to-clients');
    const db = `${NS}/db`;
    expect(allowed(p, `${NS}/client`, db, 5432)).toBe(true);
    expect(allowed(p, `${NS}/client`, db, 5433)).toBe(false);
    expect(allowed(p, `${NS}/client`, db, 5432, 'UDP')).toBe(false);
    expect(allowed(p, `${NS}/api`, db, 5432)).toBe(false);
    expect(allowed(p, 'other/client', db, 5432)).toBe(false);
    expect(isolated(p, `${NS}/api`, 'Ingress')).toBe(false);
  });
});
