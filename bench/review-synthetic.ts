// A deterministic synthetic cluster for the review benchmark: 20 namespaces x 50 pods and 200
// policies mixing the shapes real clusters use (deny-all, pod/namespace peers, named ports, ranges,
// ipBlocks, DNS egress). Pure: runs in the browser harness and in Node.
import type { Cluster } from '../src/k8s/networking/semantics';
import type { NetworkPolicy, NetworkPolicyPeer } from '../src/k8s/networking/types';

const APPS = ['web', 'api', 'cart', 'db', 'cache', 'queue', 'auth', 'search', 'mail', 'admin'];
const TEAMS = ['red', 'blue', 'green', 'gold'];

/** A small deterministic PRNG (mulberry32), so every run evaluates the same cluster. */
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

export function syntheticCluster(pods = 1000, namespaces = 20): Cluster {
  const r = rng(1);
  const nss = Array.from({ length: namespaces }, (_, i) => ({
    name: `ns-${i}`,
    labels: {
      team: TEAMS[i % TEAMS.length] ?? 'red',
      env: i % 3 === 0 ? 'prod' : 'dev',
      'kubernetes.io/metadata.name': `ns-${i}`,
    },
  }));
  const list = Array.from({ length: pods }, (_, i) => {
    const app = APPS[Math.floor(r() * APPS.length)] ?? 'web';
    return {
      namespace: `ns-${i % namespaces}`,
      name: `${app}-${i}`,
      labels: { app, tier: i % 2 === 0 ? 'front' : 'back', version: `v${i % 3}` },
      ips: [`10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`],
      ports: [
        { name: 'http', containerPort: 8080, protocol: 'TCP' },
        { name: 'metrics', containerPort: 9090, protocol: 'TCP' },
      ],
    };
  });
  return { namespaces: nss, pods: list };
}

function peer(r: () => number): NetworkPolicyPeer {
  const app = APPS[Math.floor(r() * APPS.length)] ?? 'web';
  switch (Math.floor(r() * 5)) {
    case 0:
      return { podSelector: { matchLabels: { app } } };
    case 1:
      return { namespaceSelector: { matchLabels: { team: TEAMS[Math.floor(r() * TEAMS.length)] ?? 'red' } } };
    case 2:
      return {
        namespaceSelector: { matchExpressions: [{ key: 'env', operator: 'In', values: ['prod'] }] },
        podSelector: { matchExpressions: [{ key: 'app', operator: 'NotIn', values: [app] }] },
      };
    case 3:
      return { ipBlock: { cidr: '10.0.0.0/16', except: [`10.0.${Math.floor(r() * 4)}.0/24`] } };
    default:
      return { podSelector: { matchExpressions: [{ key: 'tier', operator: 'Exists' }] } };
  }
}

export function syntheticPolicies(count = 200, namespaces = 20): NetworkPolicy[] {
  const r = rng(2);
  return Array.from({ length: count }, (_, i) => {
    const namespace = `ns-${i % namespaces}`;
    const meta = { name: `policy-${i}`, namespace };
    const base = { apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: meta };
    const app = APPS[i % APPS.length] ?? 'web';
    if (i % 10 === 0) return { ...base, spec: { podSelector: {}, policyTypes: ['Ingress', 'Egress'] } };
    const ports = [
      [{ port: 8080 }],
      [{ port: 'http' }],
      [{ port: 8000, endPort: 8100 }],
      [{ port: 9090 }, { port: 'metrics' }],
      [],
    ][i % 5];
    const ingress = [
      { from: [peer(r), peer(r)], ports },
      { from: [peer(r)], ports: [{ port: 'http' }] },
    ];
    if (i % 4 !== 1) return { ...base, spec: { podSelector: { matchLabels: { app } }, ingress } };
    const dns = {
      to: [{ namespaceSelector: {}, podSelector: { matchLabels: { app: 'dns' } } }],
      ports: [{ port: 53, protocol: 'UDP' }],
    };
    return {
      ...base,
      spec: { podSelector: { matchLabels: { app } }, ingress, egress: [dns, { to: [peer(r)], ports }] },
    };
  });
}
