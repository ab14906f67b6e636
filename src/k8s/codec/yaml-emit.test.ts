// The fast YAML emitter: scalar quoting and escapes, block scalars, layout, fallbacks, and byte-for-byte
// agreement with the yaml-library path (toYAMLWithLibrary) on ordinary policies.
import { describe, expect, it } from 'vitest';
import { parseDocuments } from './parse';
import { toYAML, toYAMLWithLibrary } from './serialize';
import { emitYAML } from './yaml-emit';

const readBack = (text: string): unknown => {
  const r = parseDocuments(text);
  expect(r.errors).toEqual([]);
  return r.documents[0]?.value;
};

/** The example of the Kubernetes docs ("Creating a NetworkPolicy"), the editor's seed. */
const seedPolicy = {
  apiVersion: 'networking.k8s.io/v1',
  kind: 'NetworkPolicy',
  metadata: { name: 'test-network-policy', namespace: 'default' },
  spec: {
    podSelector: { matchLabels: { role: 'db' } },
    policyTypes: ['Ingress', 'Egress'],
    ingress: [
      {
        from: [
          { ipBlock: { cidr: '172.17.0.0/16', except: ['172.17.1.0/24'] } },
          { namespaceSelector: { matchLabels: { project: 'myproject' } } },
          { podSelector: { matchLabels: { role: 'frontend' } } },
        ],
        ports: [{ protocol: 'TCP', port: 6379 }],
      },
    ],
    egress: [{ to: [{ ipBlock: { cidr: '10.0.0.0/24' } }], ports: [{ protocol: 'TCP', port: 5978 }] }],
  },
};

/** Every NetworkPolicy and ObjectMeta field (timestamps aside, see below), unknown fields, empties. */
const everyField = {
  apiVersion: 'networking.k8s.io/v1',
  kind: 'NetworkPolicy',
  metadata: {
    name: 'every-field',
    generateName: 'every-',
    namespace: 'prod',
    uid: '6b1e0f4c-3d5e-4c1b-9a57-0f7d2f1d9e11',
    resourceVersion: '12345',
    generation: 3,
    labels: { 'app.kubernetes.io/name': 'shop', team: 'platform', 'empty-value': '', version: '1.0', enabled: 'true' },
    annotations: {
      'kubectl.kubernetes.io/last-applied-configuration':
        '{"apiVersion":"networking.k8s.io/v1","kind":"NetworkPolicy"}\n',
      note: 'line one\nline two',
      'example.com/port': '8080',
    },
    finalizers: ['example.com/keep'],
    ownerReferences: [{ apiVersion: 'v1', kind: 'ConfigMap', name: 'owner', uid: 'u-1', controller: true }],
    managedFields: [
      {
        manager: 'kubectl-client-side-apply',
        operation: 'Update',
        apiVersion: 'networking.k8s.io/v1',
        fieldsType: 'FieldsV1',
        fieldsV1: { 'f:spec': { 'f:podSelector': {}, 'f:policyTypes': {}, '.': {} } },
      },
    ],
  },
  spec: {
    podSelector: {},
    ingress: [
      {
        ports: [{ protocol: 'TCP', port: 80, endPort: 90 }, { protocol: 'UDP', port: 'dns' }, { protocol: 'SCTP' }],
        from: [
          {
            podSelector: {
              matchLabels: { app: 'web' },
              matchExpressions: [
                { key: 'tier', operator: 'In', values: ['frontend', 'yes', 'null', '010'] },
                { key: 'debug', operator: 'DoesNotExist' },
              ],
            },
            namespaceSelector: { matchExpressions: [{ key: 'env', operator: 'NotIn', values: ['dev'] }] },
          },
          { ipBlock: { cidr: '0.0.0.0/0', except: ['169.254.169.254/32', '10.0.0.0/8'] } },
        ],
      },
      {},
    ],
    egress: [{ ports: [], to: [] }, { to: [{ namespaceSelector: {} }] }],
    policyTypes: ['Ingress', 'Egress'],
    extra: { nested: [[], [1, 2.5, -3, 1e21], [[true, false, null]]], weird: [{}, [], ''] },
  },
  status: null,
};

function peersPolicy(peers: number): Record<string, unknown> {
  return {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'NetworkPolicy',
    metadata: { name: 'bench', namespace: 'default' },
    spec: {
      podSelector: { matchLabels: { app: 'db' } },
      ingress: [
        {
          from: Array.from({ length: peers }, (_, i) => ({ podSelector: { matchLabels: { app: `client-${i}` } } })),
          ports: [{ protocol: 'TCP', port: 5432 }],
        },
      ],
    },
  };
}

describe('same bytes as the yaml-library path', () => {
  it.each([
    ['the seed policy', seedPolicy],
    ['a policy with every field', everyField],
    ['a policy with 1,000 peers', peersPolicy(1000)],
    ['a List of policies', { apiVersion: 'v1', kind: 'List', items: [seedPolicy, everyField] }],
    ['an empty map', {}],
    ['an empty list', []],
    ['a top-level list', [seedPolicy, 'x', 1, null, [[]], [{ a: [] }]]],
  ])('for %s, in every key order', (_name, x) => {
    for (const keyOrder of ['kubectl', 'kubectl-yaml', 'preserve'] as const) {
      const text = toYAML(x, { keyOrder });
      expect(text).toBe(toYAMLWithLibrary(x, { keyOrder }));
      expect(readBack(text)).toEqual(x);
    }
  });

  it('prints the seed policy as kubectl does', () => {
    expect(toYAML(seedPolicy)).toBe(
      [
        'apiVersion: networking.k8s.io/v1',
        'kind: NetworkPolicy',
        'metadata:',
        '  name: test-network-policy',
        '  namespace: default',
        'spec:',
        '  podSelector:',
        '    matchLabels:',
        '      role: db',
        '  ingress:',
        '  - ports:',
        '    - protocol: TCP',
        '      port: 6379',
        '    from:',
        '    - ipBlock:',
        '        cidr: 172.17.0.0/16',
        '        except:',
        '        - 172.17.1.0/24',
        '    - namespaceSelector:',
        '        matchLabels:',
        '          project: myproject',
        '    - podSelector:',
        '        matchLabels:',
        '          role: frontend',
        '  egress:',
        '  - ports:',
        '    - protocol: TCP',
        '      port: 5978',
        '    to:',
        '    - ipBlock:',
        '        cidr: 10.0.0.0/24',
        '  policyTypes:',
        '  - Ingress',
        '  - Egress',
        '',
      ].join('\n'),
    );
  });

  it('lays out nested lists, empty collections and block scalars in lists', () => {
    const x = { a: [[1, [2, 3]], [], {}, { b: [] }, 'x\ny\n'] };
    expect(toYAML(x)).toBe('a:\n- - 1\n  - - 2\n    - 3\n- []\n- {}\n- b: []\n- |\n  x\n  y\n');
    expect(toYAML(x)).toBe(toYAMLWithLibrary(x));
  });
});

describe('differences from the library path, on purpose', () => {
  it('quotes timestamps as go-yaml (kubectl get -o yaml) does; they read back as the same strings', () => {
    const x = {
      metadata: { creationTimestamp: '2024-05-01T10:00:00Z' },
      d: '2001-12-14',
      t: '2001-12-14 21:59:43.10 -5',
    };
    const text = toYAML(x);
    expect(text).toBe(
      'metadata:\n  creationTimestamp: "2024-05-01T10:00:00Z"\nd: "2001-12-14"\nt: "2001-12-14 21:59:43.10 -5"\n',
    );
    expect(toYAMLWithLibrary(x)).toContain('creationTimestamp: 2024-05-01T10:00:00Z\n');
    expect(readBack(text)).toEqual(x);
  });

  it('escapes what go-yaml reads as line breaks or rejects raw: NEL, U+2028/9, C1 controls, BOM', () => {
    const x = {
      a: 'a\u0085b',
      b: 'x\u2028y\u2029',
      c: '\u0080\u009f\u007f',
      d: '\uFEFFbom',
      e: 'mid\uFEFF',
      f: '\uFFFE',
    };
    const text = toYAML(x, { keyOrder: 'preserve' });
    expect(text).toBe(
      'a: "a\\Nb"\nb: "x\\Ly\\P"\nc: "\\x80\\x9f\\x7f"\nd: "\\ufeffbom"\ne: "mid\\ufeff"\nf: "\\ufffe"\n',
    );
    expect(readBack(text)).toEqual(x);
  });
});

describe('fallback to the library path', () => {
  it('leaves scalar documents and values outside JSON to the library', () => {
    for (const x of ['yes', 'a\nb', 5, null, true, { d: new Date(0) }, { u: undefined }, { n: NaN }, [Infinity]]) {
      expect(emitYAML(x)).toBeUndefined();
      expect(toYAML(x)).toBe(toYAMLWithLibrary(x));
    }
    class Box {
      v = 1;
    }
    expect(emitYAML({ b: new Box() })).toBeUndefined();
    expect(emitYAML({ m: new Map() })).toBeUndefined();
    // eslint-disable-next-line no-sparse-arrays -- a hole is not a JSON value
    expect(emitYAML([1, , 3])).toBeUndefined();
  });

  it('leaves keys over 1,000 characters (explicit `? ` keys) to the library', () => {
    const x = { ['k'.repeat(1500)]: 1 };
    expect(emitYAML(x)).toBeUndefined();
    expect(readBack(toYAML(x))).toEqual(x);
    const escaped = { ['\u0001'.repeat(300)]: 1 }; // 300 characters, 1,202 once escaped
    expect(emitYAML(escaped)).toBeUndefined();
    expect(readBack(toYAML(escaped))).toEqual(escaped);
    expect(emitYAML({ ['k'.repeat(1000)]: 1 })).toBe(`${'k'.repeat(1000)}: 1\n`);
  });

  it('gives up on cycles instead of overflowing the stack', () => {
    const a: Record<string, unknown> = { name: 'a' };
    a.self = a;
    expect(emitYAML(a)).toBeUndefined();
  });

  it('handles objects without a prototype and deep nesting', () => {
    const bare = Object.assign(Object.create(null) as Record<string, unknown>, { a: 1 });
    expect(emitYAML(bare)).toBe('a: 1\n');
    let deep: unknown = 'end';
    for (let i = 0; i < 200; i++) deep = i % 2 === 0 ? { k: deep } : [deep];
    expect(readBack(toYAML(deep))).toEqual(deep);
  });
});
