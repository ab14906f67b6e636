// A deterministic synthetic workload for benchmarks (Node and browser): N pods over namespaces with
// app/tier labels and named ports, and P policies of the kinds real clusters carry.
import type { NetworkPolicy, NetworkPolicyPeer } from '../../types';
import type { Cluster, ClusterPod } from '../model';

/** mulberry32: a tiny seeded PRNG so every run measures the same workload. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const APPS = ['web', 'api', 'db', 'cache', 'queue', 'worker', 'auth', 'search', 'billing', 'metrics'];
const TIERS = ['frontend', 'backend', 'data'];

export interface SyntheticWorkload {
  cluster: Cluster;
  policies: NetworkPolicy[];
}

export function syntheticWorkload(pods = 1000, policies = 200, namespaces = 20, seed = 42): SyntheticWorkload {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const nsNames = Array.from({ length: namespaces }, (_, i) => `team-${i}`);
  const cluster: Cluster = {
    namespaces: nsNames.map((name, i) => ({
      name,
      labels: { 'kubernetes.io/metadata.name': name, env: i % 3 === 0 ? 'prod' : 'dev', team: `t${i % 5}` },
    })),
    pods: [],
  };
  for (let i = 0; i < pods; i++) {
    const app = pick(APPS);
    const pod: ClusterPod = {
      namespace: nsNames[i % namespaces] as string,
      name: `${app}-${i}`,
      labels: { app, tier: pick(TIERS), ...(r() < 0.3 ? { canary: 'true' } : {}) },
      ips: [`10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`],
      ports: [
        { name: 'http', containerPort: 8080, protocol: 'TCP' },
        { name: 'metrics', containerPort: 9090, protocol: 'TCP' },
      ],
    };
    cluster.pods.push(pod);
  }
  const out: NetworkPolicy[] = [];
  for (let i = 0; i < policies; i++) {
    const ns = nsNames[i % namespaces] as string;
    const kind = Math.floor(i / namespaces) % 10;
    const app = pick(APPS);
    const meta = { name: `p-${i}`, namespace: ns };
    const sameApp: NetworkPolicyPeer = { podSelector: { matchLabels: { app: pick(APPS) } } };
    const fromTeam: NetworkPolicyPeer = { namespaceSelector: { matchLabels: { team: `t${i % 5}` } } };
    const both: NetworkPolicyPeer = {
      namespaceSelector: { matchExpressions: [{ key: 'env', operator: 'In', values: ['prod', 'dev'] }] },
      podSelector: { matchExpressions: [{ key: 'tier', operator: 'NotIn', values: ['data'] }] },
    };
    const dns = {
      to: [{ namespaceSelector: {}, podSelector: { matchLabels: { 'k8s-app': 'kube-dns' } } }],
      ports: [{ protocol: 'UDP', port: 53 }],
    };
    const specs: NetworkPolicy['spec'][] = [
      { podSelector: {}, policyTypes: ['Ingress'] },
      { podSelector: { matchLabels: { app } }, ingress: [{ from: [sameApp, fromTeam], ports: [{ port: 'http' }] }] },
      {
        podSelector: { matchLabels: { app } },
        ingress: [{ from: [both], ports: [{ port: 8080 }, { port: 9000, endPort: 9100 }] }],
      },
      {
        podSelector: { matchExpressions: [{ key: 'tier', operator: 'In', values: ['backend', 'data'] }] },
        ingress: [{ from: [{ podSelector: {} }] }],
      },
      {
        podSelector: { matchLabels: { app } },
        policyTypes: ['Egress'],
        egress: [dns, { to: [sameApp, both], ports: [{ port: 'http' }] }],
      },
      {
        podSelector: { matchLabels: { tier: 'frontend' } },
        ingress: [{ from: [{ ipBlock: { cidr: '0.0.0.0/0', except: ['10.0.0.0/8'] } }] }],
      },
      {
        podSelector: { matchLabels: { canary: 'true' } },
        ingress: [{ ports: [{ port: 'metrics' }] }],
        egress: [{ to: [{ ipBlock: { cidr: '10.0.0.0/22' } }] }],
      },
      {
        podSelector: { matchLabels: { app } },
        policyTypes: ['Ingress', 'Egress'],
        ingress: [{ from: [fromTeam] }],
        egress: [dns, { to: [{ namespaceSelector: { matchLabels: { env: 'prod' } } }] }],
      },
      {
        podSelector: { matchExpressions: [{ key: 'canary', operator: 'DoesNotExist' }] },
        ingress: [{ from: [sameApp], ports: [{ protocol: 'TCP' }] }],
      },
      { podSelector: { matchLabels: { app } }, ingress: [{}] },
    ];
    out.push({ apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: meta, spec: specs[kind] });
  }
  return { cluster, policies: out };
}
