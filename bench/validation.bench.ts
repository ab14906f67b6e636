// Validation of a large NetworkPolicy (~1 MiB of JSON, 1,000+ rules) against JSON.parse of the same
// text in the same run (target: validation within 3x of parsing), plus the codec on that document.
import { parseDocuments, toJSON, toYAML } from '../src/k8s/codec';
import { applyNetworkPolicyDefaults } from '../src/k8s/networking/defaults';
import { validateNetworkPolicy } from '../src/k8s/networking/validation';
import { getWarningsForNetworkPolicy } from '../src/k8s/networking/warnings';
import { fmtMs, percentile, type BenchRow } from './types';

/** A small deterministic PRNG (mulberry32) so every run measures the same document. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TIERS = ['web', 'api', 'db', 'cache', 'queue', 'batch', 'metrics', 'auth'];
const NAMED_PORTS = ['http', 'https', 'grpc', 'metrics', 'dns-tcp', 'redis'];

export function buildLargePolicy(targetBytes = 1024 * 1024, minRules = 1000): { text: string; rules: number } {
  const r = rng(42);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const selector = (): Record<string, unknown> => ({
    matchLabels: { 'app.kubernetes.io/name': pick(TIERS), 'app.kubernetes.io/part-of': `shop-${Math.floor(r() * 50)}` },
    matchExpressions: [
      { key: 'environment', operator: 'In', values: ['production', 'staging', `canary-${Math.floor(r() * 9)}`] },
      { key: 'tier', operator: 'NotIn', values: [pick(TIERS), pick(TIERS) + '-legacy'] },
      { key: 'example.com/owner', operator: 'Exists' },
    ],
  });
  const ipBlock = (): Record<string, unknown> => {
    const a = 10 + Math.floor(r() * 100);
    return {
      cidr: `${a}.0.0.0/8`,
      except: [`${a}.${Math.floor(r() * 255)}.0.0/16`, `${a}.${Math.floor(r() * 255)}.128.0/17`],
    };
  };
  const peer = (i: number): Record<string, unknown> => {
    switch (i % 4) {
      case 0:
        return { podSelector: selector() };
      case 1:
        return { namespaceSelector: selector() };
      case 2:
        return {
          podSelector: selector(),
          namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': `team-${i % 40}` } },
        };
      default:
        return { ipBlock: ipBlock() };
    }
  };
  const port = (i: number): Record<string, unknown> => {
    switch (i % 3) {
      case 0:
        return { protocol: pick(['TCP', 'UDP', 'SCTP']), port: 1 + Math.floor(r() * 60000) };
      case 1:
        return { protocol: 'TCP', port: pick(NAMED_PORTS) };
      default: {
        const p = 1000 + Math.floor(r() * 30000);
        return { protocol: 'TCP', port: p, endPort: p + Math.floor(r() * 1000) };
      }
    }
  };
  const ingress: unknown[] = [];
  const egress: unknown[] = [];
  const policy = {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'NetworkPolicy',
    metadata: {
      name: 'large-policy',
      namespace: 'shop',
      labels: { 'app.kubernetes.io/name': 'shop', team: 'platform' },
      annotations: { 'example.com/generated-by': 'bench' },
    },
    spec: { podSelector: selector(), ingress, egress, policyTypes: ['Ingress', 'Egress'] },
  };
  let bytes = 0;
  let n = 0;
  while (bytes < targetBytes || n < minRules) {
    const ports = Array.from({ length: 1 + (n % 3) }, (_, i) => port(n + i));
    const peers = Array.from({ length: 1 + (n % 3) }, (_, i) => peer(n + i));
    const rule = n % 2 === 0 ? { ports, from: peers } : { ports, to: peers };
    (n % 2 === 0 ? ingress : egress).push(rule);
    bytes += JSON.stringify(rule).length;
    n++;
  }
  return { text: JSON.stringify(policy), rules: n };
}

interface Stats {
  median: number;
  p95: number;
  runs: number;
}

/** Warms up, then times `fn` until both a minimum number of runs and a time budget are reached. */
function measure(fn: () => unknown, minRuns = 30, budgetMs = 3000): Stats {
  for (let i = 0; i < 5; i++) fn();
  const samples: number[] = [];
  const started = performance.now();
  while (samples.length < minRuns || (performance.now() - started < budgetMs && samples.length < 500)) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
    if (samples.length >= minRuns && performance.now() - started > budgetMs * 3) break;
  }
  return { median: percentile(samples, 50), p95: percentile(samples, 95), runs: samples.length };
}

const fmt = (s: Stats): string => `${fmtMs(s.median)} (p95 ${fmtMs(s.p95)}, n=${s.runs})`;

export async function run(): Promise<BenchRow[]> {
  const { text, rules } = buildLargePolicy();
  const size = `${(text.length / 1024 / 1024).toFixed(2)} MiB, ${rules} rules`;
  const obj: unknown = JSON.parse(text);
  const errors = validateNetworkPolicy(obj);
  if (errors.length > 0) throw new Error(`the bench policy should be valid: ${errors[0]?.field} ${errors[0]?.detail}`);
  const yamlText = toYAML(obj);

  // Interleave the baseline with each measurement so that machine noise hits both alike.
  const parse = measure(() => JSON.parse(text));
  const validate = measure(() => validateNetworkPolicy(obj));
  const parseValidate = measure(() => {
    const np = applyNetworkPolicyDefaults(JSON.parse(text));
    return [validateNetworkPolicy(np), getWarningsForNetworkPolicy(np)];
  });
  const parse2 = measure(() => JSON.parse(text));
  const codecJson = measure(() => toJSON(parseDocuments(text).documents[0]?.value), 10);
  const codecJsonLocate = measure(() => {
    const r = parseDocuments(text);
    for (let i = 0; i < 50; i++) r.locate(['spec', i % 2 === 0 ? 'ingress' : 'egress', i * 10, 'ports', 0, 'port']);
  }, 10);
  const codecYaml = measure(() => toYAML(parseDocuments(yamlText).documents[0]?.value), 5, 4000);
  const locate50 = measure(
    () => {
      const r = parseDocuments(yamlText);
      for (let i = 0; i < 50; i++) r.locate(['spec', i % 2 === 0 ? 'ingress' : 'egress', i * 10, 'ports', 0, 'port']);
    },
    5,
    4000,
  );
  const baseline = Math.min(parse.median, parse2.median);
  const ratio = (x: number): string => `${(x / baseline).toFixed(2)}x`;
  const base = `JSON.parse ${fmtMs(baseline)}`;
  return [
    {
      name: `validateNetworkPolicy (${size})`,
      result: fmt(validate),
      baseline: base,
      ratio: ratio(validate.median),
      target: '<= 3x',
      met: validate.median <= 3 * baseline ? 'yes' : 'no',
    },
    {
      name: 'JSON.parse + defaults + validate + getWarningsForNetworkPolicy (the create path)',
      result: fmt(parseValidate),
      baseline: base,
      ratio: ratio(parseValidate.median),
      target: 'n/a',
      met: 'n/a',
    },
    {
      name: 'codec: parse JSON text + toJSON',
      result: fmt(codecJson),
      baseline: base,
      ratio: ratio(codecJson.median),
      target: 'n/a',
      met: 'n/a',
    },
    {
      name: 'codec: parse JSON text + locate 50 error paths',
      result: fmt(codecJsonLocate),
      baseline: base,
      ratio: ratio(codecJsonLocate.median),
      target: 'n/a',
      met: 'n/a',
    },
    {
      name: `codec: parse YAML text (${(yamlText.length / 1024 / 1024).toFixed(2)} MiB) + toYAML`,
      result: fmt(codecYaml),
      baseline: base,
      ratio: ratio(codecYaml.median),
      target: 'n/a',
      met: 'n/a',
    },
    {
      name: 'codec: parse YAML text + locate 50 error paths',
      result: fmt(locate50),
      baseline: base,
      ratio: ratio(locate50.median),
      target: 'n/a',
      met: 'n/a',
    },
  ];
}
