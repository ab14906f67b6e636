// Serialisation: kubectl key order, unknown fields kept, Go map-key order, YAML style and quoting,
// and lossless round trips (property tests) through our own parser for JSON and YAML.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compareGoYamlKeys } from './go-yaml-sort';
import { compareGoStrings, orderForKubectl } from './order';
import { parseDocuments } from './parse';
import { toJSON, toYAML, toYAMLStream } from './serialize';

const policy = {
  zUnknown: { b: 1, a: 2 },
  spec: {
    policyTypes: ['Ingress'],
    extra: true,
    ingress: [
      {
        from: [
          {
            ipBlock: { except: ['10.1.0.0/16'], cidr: '10.0.0.0/8' },
            namespaceSelector: {
              matchExpressions: [{ values: ['a'], operator: 'In', key: 'k' }],
              matchLabels: { b: '1', a: '2' },
            },
            podSelector: {},
          },
        ],
        ports: [{ endPort: 90, port: 80, protocol: 'TCP' }],
      },
    ],
    egress: [{ to: [], ports: [] }],
    podSelector: { matchLabels: { z: 'z', B: 'b', a: 'a' } },
  },
  metadata: {
    annotations: { y: '1', x: '2' },
    labels: { b: 'b', a: 'a' },
    uid: 'u',
    namespace: 'ns',
    generateName: 'g-',
    name: 'n',
    managedFields: [{ time: 't', manager: 'm' }],
    resourceVersion: '1',
    creationTimestamp: null,
  },
  kind: 'NetworkPolicy',
  apiVersion: 'networking.k8s.io/v1',
};

const keys = (v: unknown): string[] => Object.keys(v as object);

/** -0 exists in neither JSON text nor Go's decoded values: JSON.stringify(-0) is "0". */
const hasNegativeZero = (v: unknown): boolean =>
  Object.is(v, -0) || (typeof v === 'object' && v !== null && Object.values(v).some(hasNegativeZero));

describe('orderForKubectl', () => {
  const o = orderForKubectl(policy) as typeof policy;

  it('orders the top level, metadata and spec as Go structs, unknown fields last', () => {
    expect(keys(o)).toEqual(['apiVersion', 'kind', 'metadata', 'spec', 'zUnknown']);
    expect(keys(o.metadata)).toEqual([
      'name',
      'generateName',
      'namespace',
      'uid',
      'resourceVersion',
      'creationTimestamp',
      'labels',
      'annotations',
      'managedFields',
    ]);
    expect(keys(o.metadata.managedFields[0])).toEqual(['manager', 'time']);
    expect(keys(o.spec)).toEqual(['podSelector', 'ingress', 'egress', 'policyTypes', 'extra']);
    expect(keys(o.zUnknown)).toEqual(['b', 'a']);
  });

  it('orders rules, peers, ports, selectors and requirements', () => {
    const rule = o.spec.ingress[0];
    expect(keys(rule)).toEqual(['ports', 'from']);
    expect(keys(rule?.ports[0])).toEqual(['protocol', 'port', 'endPort']);
    expect(keys(rule?.from[0])).toEqual(['podSelector', 'namespaceSelector', 'ipBlock']);
    expect(keys(rule?.from[0]?.ipBlock)).toEqual(['cidr', 'except']);
    expect(keys(rule?.from[0]?.namespaceSelector)).toEqual(['matchLabels', 'matchExpressions']);
    expect(keys(rule?.from[0]?.namespaceSelector.matchExpressions[0])).toEqual(['key', 'operator', 'values']);
    expect(keys(o.spec.egress[0])).toEqual(['ports', 'to']);
  });

  it('sorts map keys as Go does (bytes, so upper case first)', () => {
    expect(keys(o.spec.podSelector.matchLabels)).toEqual(['B', 'a', 'z']);
    expect(keys(o.metadata.labels)).toEqual(['a', 'b']);
    expect(keys(o.metadata.annotations)).toEqual(['x', 'y']);
    expect(['\u{1F600}', '\uFF01'].sort(compareGoStrings)).toEqual(['\uFF01', '\u{1F600}']);
  });

  it('orders the items of a List and leaves other values alone', () => {
    const list = orderForKubectl({
      items: [{ kind: 'NetworkPolicy', apiVersion: 'v' }],
      kind: 'List',
      apiVersion: 'v1',
    });
    expect(keys(list)).toEqual(['apiVersion', 'kind', 'items']);
    expect(keys((list as { items: object[] }).items[0])).toEqual(['apiVersion', 'kind']);
    expect(orderForKubectl([3, 1])).toEqual([3, 1]);
    expect(orderForKubectl({ spec: 5, metadata: 'x' })).toEqual({ spec: 5, metadata: 'x' });
  });

  it('drops nothing', () => {
    expect(o).toEqual(policy);
  });
});

describe('go-yaml key order (kubectl get -o yaml)', () => {
  it('sorts naturally: digit runs as numbers, non-letters before letters', () => {
    expect(['b', 'a10', 'a2', 'A', '_x', 'a'].sort(compareGoYamlKeys)).toEqual(['_x', 'A', 'a', 'a2', 'a10', 'b']);
    expect(['port', 'endPort', 'protocol'].sort(compareGoYamlKeys)).toEqual(['endPort', 'port', 'protocol']);
  });

  it('prints every map sorted with keyOrder kubectl-yaml', () => {
    const text = toYAML(
      { kind: 'NetworkPolicy', apiVersion: 'v', metadata: { name: 'x', annotations: { b: '1', a: '2' } } },
      { keyOrder: 'kubectl-yaml' },
    );
    expect(text).toBe(
      'apiVersion: v\nkind: NetworkPolicy\nmetadata:\n  annotations:\n    a: "2"\n    b: "1"\n  name: x\n',
    );
  });
});

describe('toJSON and toYAML', () => {
  it('prints JSON with 2-space indent in kubectl order', () => {
    const text = toJSON({ kind: 'NetworkPolicy', apiVersion: 'networking.k8s.io/v1' });
    expect(text).toBe('{\n  "apiVersion": "networking.k8s.io/v1",\n  "kind": "NetworkPolicy"\n}\n');
    expect(toJSON({ a: 1 }, { indent: 4 })).toBe('{\n    "a": 1\n}\n');
  });

  it("prints block YAML with sequences at their key's indentation", () => {
    const text = toYAML({
      apiVersion: 'networking.k8s.io/v1',
      kind: 'NetworkPolicy',
      metadata: { name: 'x' },
      spec: { podSelector: {}, ingress: [{ ports: [{ port: 80, protocol: 'TCP' }] }], policyTypes: ['Ingress'] },
    });
    expect(text).toBe(
      [
        'apiVersion: networking.k8s.io/v1',
        'kind: NetworkPolicy',
        'metadata:',
        '  name: x',
        'spec:',
        '  podSelector: {}',
        '  ingress:',
        '  - ports:',
        '    - protocol: TCP',
        '      port: 80',
        '  policyTypes:',
        '  - Ingress',
        '',
      ].join('\n'),
    );
  });

  it('quotes strings Kubernetes would read as something else', () => {
    const text = toYAML(
      { a: 'yes', b: '010', c: '80', d: 'null', e: 'y', f: '1_000', g: '', h: 'web', i: 8 },
      { keyOrder: 'preserve' },
    );
    expect(text).toBe('a: "yes"\nb: "010"\nc: "80"\nd: "null"\ne: "y"\nf: "1_000"\ng: ""\nh: web\ni: 8\n');
    expect(toYAML({ t: '1:20', m: '<<' })).toBe('t: "1:20"\nm: "<<"\n');
    expect(parseDocuments('t: 1:20\n').documents[0]?.value).toEqual({ t: '1:20' });
  });

  it('writes multi-line strings as literal blocks', () => {
    expect(toYAML({ a: 'one\ntwo\n' })).toBe('a: |\n  one\n  two\n');
  });

  it('writes a multi-document stream', () => {
    const text = toYAMLStream([{ a: 1 }, { b: 2 }]);
    expect(parseDocuments(text).documents.map((d) => d.value)).toEqual([{ a: 1 }, { b: 2 }]);
  });
});

const tricky = fc.constantFrom(
  'yes',
  'No',
  'on',
  'y',
  'n',
  '~',
  'null',
  '',
  ' ',
  '010',
  '0x1F',
  '0o7',
  '1_000',
  '1e3',
  '.5',
  '.inf',
  '-.Inf',
  '.nan',
  '80',
  '-1',
  '+1',
  '2001-12-14',
  '---',
  '...',
  '- a',
  'a: b',
  '#c',
  '&a',
  '*a',
  '!t',
  '%x',
  '@x',
  '`x',
  '"q"',
  "'q'",
  'line1\nline2',
  'trailing\n',
  '\nleading',
  '  indented\nx',
  'tab\there',
  'x\r\ny',
  '<<',
  'é ☃ 😀',
  '\u0000\u0007',
  '\u2028',
  '\uFEFFbom',
);
const str = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), tricky);
const jsonLike = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    str,
    fc.boolean(),
    fc.constant(null),
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true }).filter((d) => !Object.is(d, -0)),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(str, tie('value'), { maxKeys: 4 }),
  ),
})).value;

describe('round trips: parse(serialise(x)) equals x', () => {
  it.each([
    ['JSON', toJSON],
    ['YAML', toYAML],
  ])('for any JSON value through %s', (_name, serialise) => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), jsonLike), (x) => {
        fc.pre(!hasNegativeZero(x));
        const r = parseDocuments(serialise(x));
        expect(r.errors).toEqual([]);
        expect(r.documents).toHaveLength(1);
        expect(r.documents[0]?.value).toEqual(x);
      }),
      { numRuns: 400 },
    );
  });

  it('for the tricky strings as values and keys, one by one', () => {
    fc.assert(
      fc.property(tricky, tricky, (k, v) => {
        const x = { [k]: v, list: [v], nested: { [v]: [k] } };
        expect(parseDocuments(toYAML(x)).documents[0]?.value).toEqual(x);
        expect(parseDocuments(toJSON(x)).documents[0]?.value).toEqual(x);
      }),
      { numRuns: 300 },
    );
  });

  it('for policies with empty maps and lists', () => {
    const x = { ...policy, spec: { ...policy.spec, podSelector: {}, ingress: [{}], egress: [] } };
    expect(parseDocuments(toYAML(x)).documents[0]?.value).toEqual(x);
    expect(parseDocuments(toJSON(x)).documents[0]?.value).toEqual(x);
  });
});
