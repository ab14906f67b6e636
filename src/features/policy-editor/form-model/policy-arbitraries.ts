// fast-check arbitraries for the round-trip tests: valid policies using every v1 field, and the
// same policies with extra fields, shuffled keys and wrong-shaped values at every level.
import fc from 'fast-check';
import type { NetworkPolicy } from '../../../k8s/networking/types';
import { isRecord, setOwn, type JsonRecord } from './kept';

const dnsLabel = fc.stringMatching(/^[a-z]([-a-z0-9]{0,10}[a-z0-9])?$/);
const labelValue = fc.oneof(fc.constant(''), fc.stringMatching(/^[A-Za-z0-9]([-A-Za-z0-9_.]{0,8}[A-Za-z0-9])?$/));
const labelKey = fc.oneof(
  dnsLabel,
  fc.tuple(dnsLabel, dnsLabel).map(([a, b]) => `${a}.io/${b}`),
);
const labels = fc.dictionary(labelKey, labelValue, { maxKeys: 3, noNullPrototype: true });
const cidr = fc
  .tuple(fc.nat(255), fc.nat(255), fc.integer({ min: 8, max: 32 }))
  .map(([a, b, n]) => `${a}.${b}.0.0/${n}`);

/** absent, [] or a short list (the three states the form keeps apart). */
function optList<T>(item: fc.Arbitrary<T>, max = 3): fc.Arbitrary<T[] | undefined> {
  return fc.oneof(fc.constant(undefined), fc.constant<T[]>([]), fc.array(item, { minLength: 1, maxLength: max }));
}

const expression = fc.oneof(
  fc.record({
    key: labelKey,
    operator: fc.constantFrom('In', 'NotIn'),
    values: fc.array(labelValue, { minLength: 1, maxLength: 3 }),
  }),
  fc.record({ key: labelKey, operator: fc.constantFrom('Exists', 'DoesNotExist') }),
);

const selector = fc.record(
  { matchLabels: labels, matchExpressions: fc.array(expression, { maxLength: 2 }) },
  { requiredKeys: [] },
);

const ipBlock = fc.record({ cidr, except: optList(cidr, 2) }, { requiredKeys: ['cidr'] });

const peer = fc.oneof(
  fc.record({ podSelector: selector }),
  fc.record({ namespaceSelector: selector }),
  fc.record({ podSelector: selector, namespaceSelector: selector }),
  fc.record({ ipBlock }),
);

const port = fc.record(
  {
    protocol: fc.constantFrom('TCP', 'UDP', 'SCTP'),
    port: fc.oneof(fc.integer({ min: 1, max: 65535 }), dnsLabel, fc.constant('80')),
    endPort: fc.integer({ min: 1, max: 65535 }),
  },
  { requiredKeys: [] },
);

const finalizer = fc.oneof(
  fc.constantFrom('kubernetes', 'orphan', 'foregroundDeletion'),
  fc.tuple(dnsLabel, dnsLabel).map(([a, b]) => `${a}.io/${b}`),
);

/** controller / blockOwnerDeletion each absent, true or false (the tri-state the form keeps). */
const ownerReference = fc.record(
  {
    apiVersion: fc.constantFrom('v1', 'apps/v1'),
    kind: fc.constantFrom('ConfigMap', 'Deployment'),
    name: dnsLabel,
    uid: fc.uuid(),
    controller: fc.boolean(),
    blockOwnerDeletion: fc.boolean(),
  },
  { requiredKeys: ['apiVersion', 'kind', 'name', 'uid'] },
);

const OWNER_FIELDS = ['apiVersion', 'kind', 'name', 'uid', 'controller', 'blockOwnerDeletion'] as const;

const ingressRule = fc.record({ from: optList(peer), ports: optList(port) }, { requiredKeys: [] });
const egressRule = fc.record({ to: optList(peer), ports: optList(port) }, { requiredKeys: [] });

const policyTypes = fc.oneof(
  fc.constant(undefined),
  fc.constant([]),
  fc.constantFrom(['Ingress'], ['Egress'], ['Ingress', 'Egress'], ['Egress', 'Ingress']),
);

/** A valid policy; every optional field may be absent, empty or set. */
export const validPolicy: fc.Arbitrary<NetworkPolicy> = fc
  .record(
    {
      apiVersion: fc.constant('networking.k8s.io/v1'),
      kind: fc.constant('NetworkPolicy'),
      metadata: fc.record(
        {
          name: dnsLabel,
          generateName: dnsLabel.map((s) => `${s}-`),
          namespace: dnsLabel,
          labels,
          annotations: fc.dictionary(labelKey, fc.string(), { maxKeys: 2, noNullPrototype: true }),
          ownerReferences: optList(ownerReference, 2),
          finalizers: optList(finalizer, 3),
          uid: fc.uuid(),
          resourceVersion: fc.nat().map(String),
        },
        { requiredKeys: [] },
      ),
      spec: fc.record(
        { podSelector: selector, ingress: optList(ingressRule), egress: optList(egressRule), policyTypes },
        { requiredKeys: ['podSelector'] },
      ),
    },
    { requiredKeys: ['apiVersion', 'kind', 'metadata', 'spec'] },
  )
  .map((p) => dropUndefined(p) as NetworkPolicy);

function dropUndefined(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(dropUndefined);
  if (!isRecord(v)) return v;
  const out: JsonRecord = {};
  for (const k of Object.keys(v)) if (v[k] !== undefined) setOwn(out, k, dropUndefined(v[k]));
  return out;
}

/** JSON values with ordinary prototypes (fast-check may build null-prototype objects). */
function json(maxDepth: number): fc.Arbitrary<unknown> {
  const plain = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(plain);
    if (typeof v !== 'object' || v === null) return v;
    const out: JsonRecord = {};
    for (const k of Object.keys(v)) setOwn(out, k, plain((v as JsonRecord)[k]));
    return out;
  };
  return fc.jsonValue({ maxDepth }).map(plain);
}

/** A small deterministic PRNG so one generated seed decides every mutation. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const extraKey = fc.oneof(
  fc.string({ maxLength: 8 }),
  fc.constantFrom(
    '__proto__',
    'hasOwnProperty',
    'constructor',
    'x-kept',
    'status',
    'metadata',
    'spec',
    'kind',
    'ports',
  ),
);

/** Wrong-shaped finalizers and ownerReferences (whole lists and single items or fields). */
const oddFinalizers = fc.constantFrom<unknown>(null, 'f', {}, [1], ['a', null], [['x']], [true, 'b']);
const oddOwnerField = fc.constantFrom<unknown>(null, 'yes', 0, [], {}, 'true');
const oddOwnerRef = fc.oneof(
  fc.constantFrom<unknown>(null, 1, 'o', []),
  fc.tuple(ownerReference, fc.constantFrom(...OWNER_FIELDS), oddOwnerField).map(([r, k, v]) => {
    const out: JsonRecord = { ...r };
    setOwn(out, k, v);
    return out;
  }),
);
const oddOwnerRefs = fc.oneof(
  fc.constantFrom<unknown>(null, 'x', {}, 7),
  fc.array(fc.oneof(ownerReference, oddOwnerRef), { minLength: 1, maxLength: 3 }),
);

/** A valid policy whose finalizers and/or ownerReferences have the wrong shape. */
export const oddMetadataPolicy: fc.Arbitrary<NetworkPolicy> = fc
  .tuple(validPolicy, fc.option(oddFinalizers, { nil: undefined }), oddOwnerRefs, fc.boolean())
  .map(([p, fin, owners, both]) => {
    const metadata: JsonRecord = { ...(p.metadata as JsonRecord) };
    if (fin !== undefined) metadata.finalizers = fin;
    if (both || fin === undefined) metadata.ownerReferences = owners;
    return dropUndefined({ ...p, metadata }) as NetworkPolicy;
  });

/**
 * Mutates a policy: adds extra fields at every object (at random places), shuffles key order,
 * and sometimes replaces a value by arbitrary JSON (wrong shapes: null, numbers, strings...).
 */
export const mutatedPolicy: fc.Arbitrary<NetworkPolicy> = fc
  .tuple(
    fc.oneof(validPolicy, oddMetadataPolicy),
    fc.integer(),
    fc.array(fc.tuple(extraKey, json(2)), { minLength: 1, maxLength: 30 }),
  )
  .map(([policy, seed, pool]) => {
    const rnd = prng(seed);
    let next = 0;
    const take = (): [string, unknown] => pool[next++ % pool.length] ?? ['x', null];
    const walk = (v: unknown, depth: number): unknown => {
      if (depth > 0 && rnd() < 0.04) return take()[1];
      if (Array.isArray(v)) return v.map((x) => walk(x, depth + 1));
      if (!isRecord(v)) return v;
      const entries: [string, unknown][] = Object.keys(v).map((k) => [k, walk(v[k], depth + 1)]);
      if (rnd() < 0.3) entries.sort(() => rnd() - 0.5);
      while (rnd() < 0.35) entries.splice(Math.floor(rnd() * (entries.length + 1)), 0, take());
      const out: JsonRecord = {};
      for (const [k, x] of entries) setOwn(out, k, x);
      return out;
    };
    return walk(policy, 0) as NetworkPolicy;
  });

/** Any JSON object at all. */
export const anyObject: fc.Arbitrary<NetworkPolicy> = fc
  .dictionary(extraKey, json(4), { maxKeys: 6, noNullPrototype: true })
  .map((o) => o as NetworkPolicy);
