// Wrong JSON types: what the apiserver's decoder rejects before validation (a 400), reported as
// FieldValueTypeInvalid at the exact path with encoding/json's message, and the 400 text.
import { describe, expect, it } from 'vitest';
import { errorString } from '../field';
import { decodeErrorMessage, decodeErrors } from './decode';
import { validateNetworkPolicy } from './validation';

type J = Record<string, unknown>;
const np = (spec: unknown, metadata: unknown = { name: 'foo', namespace: 'bar' }): J => ({
  apiVersion: 'networking.k8s.io/v1',
  kind: 'NetworkPolicy',
  metadata,
  spec,
});
const goMsgs = (o: unknown): string[] => decodeErrors(o).map((e) => `${e.field} | ${e.goMessage}`);
const PORT = 'Go struct field NetworkPolicyPort.spec.ingress.ports';

describe('decodeErrors', () => {
  it.each([
    [{ port: {} }, `spec.ingress[0].ports[0].port | json: cannot unmarshal object into ${PORT}.port of type int32`],
    [{ port: true }, `spec.ingress[0].ports[0].port | json: cannot unmarshal bool into ${PORT}.port of type int32`],
    [{ port: [80] }, `spec.ingress[0].ports[0].port | json: cannot unmarshal array into ${PORT}.port of type int32`],
    [
      { port: 1.5 },
      `spec.ingress[0].ports[0].port | json: cannot unmarshal number 1.5 into ${PORT}.port of type int32`,
    ],
    [
      { port: 1e10 },
      `spec.ingress[0].ports[0].port | json: cannot unmarshal number 10000000000 into ${PORT}.port of type int32`,
    ],
    [
      { protocol: 5 },
      `spec.ingress[0].ports[0].protocol | json: cannot unmarshal number into ${PORT}.protocol of type v1.Protocol`,
    ],
    [
      { port: 80, endPort: '81' },
      `spec.ingress[0].ports[0].endPort | json: cannot unmarshal string into ${PORT}.endPort of type int32`,
    ],
    [
      { port: 80, endPort: 2147483648 },
      `spec.ingress[0].ports[0].endPort | json: cannot unmarshal number 2147483648 into ${PORT}.endPort of type int32`,
    ],
  ])('port %j', (p, want) => expect(goMsgs(np({ ingress: [{ ports: [p] }] }))).toEqual([want]));

  it('accepts numbers, strings and null for an IntOrString port', () => {
    for (const port of [80, '80', 'http', null, -1, 0])
      expect(decodeErrors(np({ ingress: [{ ports: [{ port }] }] }))).toEqual([]);
  });

  it.each([
    [[], 'spec | json: cannot unmarshal array into Go struct field NetworkPolicy.spec of type v1.NetworkPolicySpec'],
    [
      { ingress: {} },
      'spec.ingress | json: cannot unmarshal object into Go struct field NetworkPolicySpec.spec.ingress of type []v1.NetworkPolicyIngressRule',
    ],
    [
      { ingress: [5] },
      'spec.ingress[0] | json: cannot unmarshal number into Go struct field NetworkPolicySpec.spec.ingress of type v1.NetworkPolicyIngressRule',
    ],
    [
      { podSelector: { matchLabels: { a: 1 } } },
      'spec.podSelector.matchLabels[a] | json: cannot unmarshal number into Go struct field LabelSelector.spec.podSelector.matchLabels of type string',
    ],
    [
      { podSelector: { matchLabels: [] } },
      'spec.podSelector.matchLabels | json: cannot unmarshal array into Go struct field LabelSelector.spec.podSelector.matchLabels of type map[string]string',
    ],
    [
      { egress: [{ to: [{ ipBlock: { cidr: '10.0.0.0/8', except: 'x' } }] }] },
      'spec.egress[0].to[0].ipBlock.except | json: cannot unmarshal string into Go struct field IPBlock.spec.egress.to.ipBlock.except of type []string',
    ],
    [
      { egress: [{ to: [{ ipBlock: 'x' }] }] },
      'spec.egress[0].to[0].ipBlock | json: cannot unmarshal string into Go struct field NetworkPolicyPeer.spec.egress.to.ipBlock of type v1.IPBlock',
    ],
    [
      { policyTypes: 'Ingress' },
      'spec.policyTypes | json: cannot unmarshal string into Go struct field NetworkPolicySpec.spec.policyTypes of type []v1.PolicyType',
    ],
    [
      { policyTypes: [1] },
      'spec.policyTypes[0] | json: cannot unmarshal number into Go struct field NetworkPolicySpec.spec.policyTypes of type v1.PolicyType',
    ],
    [
      { podSelector: { matchExpressions: [{ key: 'k', operator: true, values: 'a' }] } },
      'spec.podSelector.matchExpressions[0].operator | json: cannot unmarshal bool into Go struct field LabelSelectorRequirement.spec.podSelector.matchExpressions.operator of type v1.LabelSelectorOperator',
      'spec.podSelector.matchExpressions[0].values | json: cannot unmarshal string into Go struct field LabelSelectorRequirement.spec.podSelector.matchExpressions.values of type []string',
    ],
  ])('spec %j', (spec, ...want) => expect(goMsgs(np(spec))).toEqual(want));

  it('checks metadata fields', () => {
    expect(
      goMsgs(
        np(
          {},
          {
            name: 5,
            generation: 'x',
            labels: { a: false },
            ownerReferences: [{ controller: 'yes' }],
            creationTimestamp: 7,
          },
        ),
      ),
    ).toEqual([
      'metadata.name | json: cannot unmarshal number into Go struct field ObjectMeta.metadata.name of type string',
      'metadata.generation | json: cannot unmarshal string into Go struct field ObjectMeta.metadata.generation of type int64',
      'metadata.labels[a] | json: cannot unmarshal bool into Go struct field ObjectMeta.metadata.labels of type string',
      'metadata.ownerReferences[0].controller | json: cannot unmarshal string into Go struct field OwnerReference.metadata.ownerReferences.controller of type bool',
      'metadata.creationTimestamp | json: cannot unmarshal number into Go struct field ObjectMeta.metadata.creationTimestamp of type string',
    ]);
    expect(
      decodeErrors(
        np(
          {},
          { creationTimestamp: null, managedFields: [{ fieldsV1: { 'f:spec': {} }, time: '2024-01-02T03:04:05Z' }] },
        ),
      ),
    ).toEqual([]);
    expect(goMsgs(np({}, { creationTimestamp: 'yesterday' }))).toEqual([
      'metadata.creationTimestamp | parsing time "yesterday" as "2006-01-02T15:04:05Z07:00": cannot parse "yesterday" as "2006"',
    ]);
  });

  it('ignores unknown fields (strict decoding reports them) and a non-object body is one error', () => {
    expect(decodeErrors(np({ foo: 5, ingress: [{ bar: [] }] }))).toEqual([]);
    expect(goMsgs([])).toEqual([' | json: cannot unmarshal array into Go value of type v1.NetworkPolicy']);
  });

  it('reports FieldValueTypeInvalid with the value, except objects and arrays', () => {
    const [a, b] = decodeErrors(np({ ingress: [{ ports: [{ port: {}, endPort: '9' }] }] }));
    expect(a?.type).toBe('FieldValueTypeInvalid');
    expect(a?.badValue).toEqual({ kind: 'omitted' });
    expect(b && errorString(b)).toBe(
      `spec.ingress[0].ports[0].endPort: Invalid value: "9": json: cannot unmarshal string into ${PORT}.endPort of type int32`,
    );
  });
});

describe('decodeErrorMessage (the 400 text)', () => {
  it('reports the first type error', () => {
    const errs = decodeErrors(np({ ingress: [{ ports: [{ protocol: 5, endPort: 'x' }] }] }));
    expect(decodeErrorMessage(errs)).toBe(
      `NetworkPolicy in version "v1" cannot be handled as a NetworkPolicy: json: cannot unmarshal number into ${PORT}.protocol of type v1.Protocol`,
    );
  });
  it('lets an error from a custom unmarshaler (IntOrString) win, since decoding stops there', () => {
    const errs = decodeErrors(np({ ingress: [{ ports: [{ protocol: 5 }, { port: {} }] }] }));
    expect(decodeErrorMessage(errs)).toBe(
      `NetworkPolicy in version "v1" cannot be handled as a NetworkPolicy: json: cannot unmarshal object into ${PORT}.port of type int32`,
    );
    expect(decodeErrorMessage([])).toBeUndefined();
  });
});

describe('validateNetworkPolicy with wrong types', () => {
  it('includes the type errors first and skips the rules that read those fields', () => {
    const errs = validateNetworkPolicy(
      np({ ingress: [{ ports: [{ port: {}, endPort: 5 }], from: 'x' }], policyTypes: [5, 'Bad'] }),
    );
    expect(errs.map((e) => `${e.type} ${e.field}`)).toEqual([
      'FieldValueTypeInvalid spec.ingress[0].ports[0].port',
      'FieldValueTypeInvalid spec.ingress[0].from',
      'FieldValueTypeInvalid spec.policyTypes[0]',
      'FieldValueNotSupported spec.policyTypes[1]',
    ]);
  });
  it('counts a wrongly typed peer member as present', () => {
    expect(validateNetworkPolicy(np({ ingress: [{ from: [{ podSelector: 'x' }] }] })).map((e) => e.type)).toEqual([
      'FieldValueTypeInvalid',
    ]);
  });
  it('skips metadata rules when metadata is not an object, and spec rules when spec is not', () => {
    expect(validateNetworkPolicy({ metadata: 'x', spec: 5 }).map((e) => e.field)).toEqual(['metadata', 'spec']);
  });
  it('never throws on odd inputs', () => {
    for (const v of [
      null,
      undefined,
      0,
      'x',
      [],
      [{}],
      { spec: null },
      { spec: { ingress: [null, { ports: [null] }] } },
      { metadata: null },
    ]) {
      expect(() => validateNetworkPolicy(v)).not.toThrow();
    }
    let deep: unknown = {};
    for (let i = 0; i < 100_000; i++) deep = { spec: deep, port: [deep] };
    expect(() => validateNetworkPolicy({ spec: { ingress: [{ ports: [{ port: deep }] }], x: deep } })).not.toThrow();
  });
});

describe('decodeErrors with the raw JSON text', () => {
  const text = (port: string, endPort = '90'): string =>
    `{"spec":{"ingress":[{"ports":[{"port":${port},"endPort":${endPort}}]}]},"metadata":{"generation":1.0}}`;
  it('refuses integer fields written as 80.0 or 8e1, quoting the literal as Go does', () => {
    const t = text('80.0', '9e1');
    expect(decodeErrors(JSON.parse(t), t).map((e) => e.goMessage)).toEqual([
      `json: cannot unmarshal number 80.0 into ${PORT}.port of type int32`,
      `json: cannot unmarshal number 9e1 into ${PORT}.endPort of type int32`,
      'json: cannot unmarshal number 1.0 into Go struct field ObjectMeta.metadata.generation of type int64',
    ]);
    expect(decodeErrors(JSON.parse(t))).toEqual([]);
  });
  it('keeps the literal of an out-of-range number and accepts plain integers', () => {
    const t = text('1e10');
    expect(decodeErrors(JSON.parse(t), t)[0]?.goMessage).toBe(
      `json: cannot unmarshal number 1e10 into ${PORT}.port of type int32`,
    );
    const ok = text('80', '-0');
    expect(decodeErrors(JSON.parse(ok), ok).filter((e) => e.field.startsWith('spec'))).toEqual([]);
  });
});

describe('validateNetworkPolicy with jsonText', () => {
  it('passes the text to the decoder check', () => {
    const t = '{"metadata":{"name":"a","namespace":"b"},"spec":{"ingress":[{"ports":[{"port":80.0}]}]}}';
    expect(validateNetworkPolicy(JSON.parse(t), { jsonText: t }).map((e) => e.field)).toEqual([
      'spec.ingress[0].ports[0].port',
    ]);
    expect(validateNetworkPolicy(JSON.parse(t))).toEqual([]);
  });
});
