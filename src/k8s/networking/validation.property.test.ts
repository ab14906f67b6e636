// Property tests: the validator never throws (arbitrary JSON, and valid policies with one part
// replaced by junk), and generated valid policies get no errors, no type errors, no strict findings.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { errorString } from '../field';
import { decodeErrors, strictDecodingMessages } from './decode';
import { applyNetworkPolicyDefaults } from './defaults';
import { validateNetworkPolicy } from './validation';

const lower = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789'.split(''));
const dnsLabel = fc
  .tuple(lower, fc.array(fc.constantFrom(...'abcdefghij0123456789-'.split('')), { maxLength: 10 }), lower)
  .map(([a, mid, b]) => a + mid.join('') + b);
const subdomain = fc.array(dnsLabel, { minLength: 1, maxLength: 3 }).map((p) => p.join('.'));
const keyName = fc.stringMatching(/^[A-Za-z0-9]([-A-Za-z0-9_.]{0,20}[A-Za-z0-9])?$/);
const labelKey = fc
  .tuple(fc.option(subdomain, { nil: undefined }), keyName)
  .map(([p, n]) => (p === undefined ? n : `${p}/${n}`));
const labelValue = fc.oneof(fc.constant(''), keyName);
const labels = fc.dictionary(labelKey, labelValue, { maxKeys: 4 });
const selector = fc.record(
  {
    matchLabels: labels,
    matchExpressions: fc.array(
      fc.oneof(
        fc.record({
          key: labelKey,
          operator: fc.constantFrom('In', 'NotIn'),
          values: fc.array(labelValue, { minLength: 1, maxLength: 3 }),
        }),
        fc.record({ key: labelKey, operator: fc.constantFrom('Exists', 'DoesNotExist') }),
      ),
      { maxLength: 3 },
    ),
  },
  { requiredKeys: [] },
);

const bits = (n: number): number => (n === 0 ? 0 : (0xffffffff << (32 - n)) >>> 0);
const v4 = (a: number): string => [a >>> 24, (a >>> 16) & 255, (a >>> 8) & 255, a & 255].join('.');
const ipBlock4 = fc
  .tuple(
    fc.nat({ max: 0xffffffff }),
    fc.integer({ min: 0, max: 31 }),
    fc.array(fc.tuple(fc.integer({ min: 1, max: 32 }), fc.nat({ max: 0xffffffff })), { maxLength: 3 }),
  )
  .map(([addr, p, ex]) => {
    const net = (addr & bits(p)) >>> 0;
    const except = ex.map(([extra, r]) => {
      const q = Math.min(32, p + extra);
      const sub = ((net | (r & ~bits(p))) & bits(q)) >>> 0;
      return `${v4(sub)}/${q}`;
    });
    return { cidr: `${v4(net)}/${p}`, except };
  });
const ipBlock6 = fc
  .tuple(fc.array(fc.integer({ min: 1, max: 0xffff }), { minLength: 1, maxLength: 3 }), fc.integer({ min: 1, max: 4 }))
  .map(([groups, sub]) => {
    const p = groups.length * 16;
    const extra = [...groups, sub];
    return {
      cidr: `${groups.map((g) => g.toString(16)).join(':')}::/${p}`,
      except: [`${extra.map((g) => g.toString(16)).join(':')}::/${p + 16}`],
    };
  });
const peer = fc.oneof(
  fc.record({ podSelector: selector }),
  fc.record({ namespaceSelector: selector }),
  fc.record({ podSelector: selector, namespaceSelector: selector }),
  fc.record({ ipBlock: fc.oneof(ipBlock4, ipBlock6) }),
);
const portName = fc.stringMatching(/^[a-z][a-z0-9]{0,6}(-[a-z0-9]{1,6})?$/);
const port = fc.oneof(
  fc.record({ protocol: fc.constantFrom('TCP', 'UDP', 'SCTP') }, { requiredKeys: [] }),
  fc.record({ protocol: fc.constantFrom('TCP', 'UDP', 'SCTP'), port: portName }, { requiredKeys: ['port'] }),
  fc
    .tuple(fc.integer({ min: 1, max: 65535 }), fc.nat({ max: 1000 }), fc.boolean())
    .map(([p, d, withEnd]) => (withEnd ? { port: p, endPort: Math.min(65535, p + d) } : { port: p })),
);
const rule = (peersKey: 'from' | 'to') =>
  fc.record(
    { ports: fc.array(port, { maxLength: 3 }), [peersKey]: fc.array(peer, { maxLength: 3 }) },
    { requiredKeys: [] },
  );
const validPolicy = fc.record({
  apiVersion: fc.constant('networking.k8s.io/v1'),
  kind: fc.constant('NetworkPolicy'),
  metadata: fc.record(
    {
      name: subdomain,
      namespace: dnsLabel,
      labels,
      annotations: fc.dictionary(labelKey, fc.string({ maxLength: 20 }), { maxKeys: 3 }),
      finalizers: fc.array(
        fc.oneof(
          fc.constantFrom('kubernetes', 'orphan'),
          fc.tuple(subdomain, keyName).map(([a, b]) => `${a}/${b}`),
        ),
        { maxLength: 2 },
      ),
    },
    { requiredKeys: ['name', 'namespace'] },
  ),
  spec: fc.record(
    {
      podSelector: selector,
      ingress: fc.array(rule('from'), { maxLength: 3 }),
      egress: fc.array(rule('to'), { maxLength: 3 }),
      policyTypes: fc.subarray(['Ingress', 'Egress']),
    },
    { requiredKeys: ['podSelector'] },
  ),
});

/** Replaces the value at a random path of a JSON value (or adds a key) with `junk`. */
function mutate(root: unknown, choices: number[], junk: unknown): unknown {
  const copy: unknown = structuredClone(root);
  let cur: unknown = copy;
  for (const c of choices) {
    if (Array.isArray(cur) && cur.length > 0) {
      const i = c % cur.length;
      if (c % 3 === 0 || typeof cur[i] !== 'object' || cur[i] === null) {
        cur[i] = junk;
        return copy;
      }
      cur = cur[i];
    } else if (typeof cur === 'object' && cur !== null && !Array.isArray(cur)) {
      const o = cur as Record<string, unknown>;
      const keys = Object.keys(o);
      if (keys.length === 0 || c % 5 === 0) {
        o[`k${c}`] = junk;
        return copy;
      }
      const k = keys[c % keys.length] as string;
      if (c % 3 === 0 || typeof o[k] !== 'object' || o[k] === null) {
        o[k] = junk;
        return copy;
      }
      cur = o[k];
    } else return copy;
  }
  return copy;
}

const renderAll = (v: unknown): string[] => validateNetworkPolicy(v).map(errorString);

describe('validateNetworkPolicy properties', () => {
  it('never throws for arbitrary JSON, and every error renders', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => Array.isArray(renderAll(v))),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (spec, metadata) => Array.isArray(renderAll({ metadata, spec }))),
      { numRuns: 300 },
    );
  });

  it('never throws for valid policies with one part replaced by junk', () => {
    const junk = fc.oneof(
      fc.jsonValue({ maxDepth: 3 }),
      fc.constantFrom(null, 0, -1, 1.5, 1e10, '', '80', 'x'.repeat(300), [], {}, true),
    );
    fc.assert(
      fc.property(
        validPolicy,
        fc.array(fc.nat({ max: 1000 }), { minLength: 1, maxLength: 8 }),
        junk,
        (np, choices, j) => {
          const mutated = mutate(np, choices, j);
          expect(() => renderAll(mutated)).not.toThrow();
          expect(() => renderAll(applyNetworkPolicyDefaults(mutated))).not.toThrow();
        },
      ),
      { numRuns: 500 },
    );
  });

  it('finds no errors in generated valid policies, before and after defaulting', () => {
    fc.assert(
      fc.property(validPolicy, (np) => {
        expect(validateNetworkPolicy(np)).toEqual([]);
        expect(validateNetworkPolicy(applyNetworkPolicyDefaults(np))).toEqual([]);
        expect(decodeErrors(np)).toEqual([]);
        expect(strictDecodingMessages(JSON.stringify(np))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
