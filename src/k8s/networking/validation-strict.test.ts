// Strict decoding (fieldValidation=Strict|Warn): unknown and duplicate fields with sigs.k8s.io/json
// paths, in document order, deduplicated and capped at 100, and the Strict-mode 400 text.
import { describe, expect, it } from 'vitest';
import { duplicateFields, strictDecodingErrorMessage, strictDecodingMessages, unknownFields } from './decode';

const body = (spec: string, meta = '"name":"a"'): string =>
  `{"apiVersion":"networking.k8s.io/v1","kind":"NetworkPolicy","metadata":{${meta}},"spec":${spec}}`;

describe('unknownFields', () => {
  it('finds fields the v1 schema lacks, with [i] for list items', () => {
    expect(
      unknownFields({
        apiVersion: 'x',
        kind: 'y',
        status: {},
        metadata: { name: 'a', clusterName: 'c', initializers: { pending: [] }, foo: 1 },
        spec: { foo: 1, ingress: [{ ports: [{ prot: 'TCP' }] }] },
      }),
    ).toEqual([
      'status',
      'metadata.clusterName',
      'metadata.initializers',
      'metadata.foo',
      'spec.foo',
      'spec.ingress[0].ports[0].prot',
    ]);
  });
  it('knows every ObjectMeta field, owner reference and managedFields entry field', () => {
    const metadata = {
      name: 'a',
      generateName: 'b',
      namespace: 'c',
      selfLink: '',
      uid: 'u',
      resourceVersion: '1',
      generation: 1,
      creationTimestamp: null,
      deletionTimestamp: null,
      deletionGracePeriodSeconds: 1,
      labels: {},
      annotations: {},
      ownerReferences: [
        { apiVersion: 'v1', kind: 'K', name: 'n', uid: 'u', controller: true, blockOwnerDeletion: true, extra: 1 },
      ],
      finalizers: [],
      managedFields: [
        {
          manager: 'm',
          operation: 'Update',
          apiVersion: 'v1',
          time: null,
          fieldsType: 'FieldsV1',
          fieldsV1: { 'f:x': {} },
          subresource: '',
          other: 1,
        },
      ],
    };
    expect(unknownFields({ metadata })).toEqual([
      'metadata.ownerReferences[0].extra',
      'metadata.managedFields[0].other',
    ]);
  });
  it('matches case-sensitively and does not look inside maps, unknown fields or wrongly typed values', () => {
    expect(
      unknownFields({
        Spec: {},
        metadata: { labels: { anything: 'x' } },
        spec: { podSelector: [{ x: 1 }], ingress: { y: 1 } },
      }),
    ).toEqual(['Spec']);
  });
});

describe('duplicateFields and strictDecodingMessages', () => {
  it('finds duplicate keys in structs and maps, in document order with unknown fields', () => {
    const text = body(
      '{"foo":1,"podSelector":{},"podSelector":{},"ingress":[{"ports":[{"prot":"TCP","port":1,"port":2}]}]}',
      '"name":"a","foo":1,"name":"b","labels":{"a":"b","a":"c"}',
    );
    expect(duplicateFields(text)).toEqual([
      'metadata.name',
      'metadata.labels.a',
      'spec.podSelector',
      'spec.ingress[0].ports[0].port',
    ]);
    expect(strictDecodingMessages(text)).toEqual([
      'unknown field "metadata.foo"',
      'duplicate field "metadata.name"',
      'duplicate field "metadata.labels.a"',
      'unknown field "spec.foo"',
      'duplicate field "spec.podSelector"',
      'unknown field "spec.ingress[0].ports[0].prot"',
      'duplicate field "spec.ingress[0].ports[0].port"',
    ]);
  });
  it('reports a repeated unknown field once (no duplicate error) and skips inside unknown values', () => {
    expect(strictDecodingMessages(body('{"foo":{"a":1,"a":2},"foo":3}'))).toEqual(['unknown field "spec.foo"']);
  });
  it('decodes escaped keys, tolerates whitespace, and returns nothing for text that is not JSON', () => {
    expect(strictDecodingMessages(' { "spe\\u0063" : { "x" : [ 1 , {"a":"}"} ] } } ')).toEqual([
      'unknown field "spec.x"',
    ]);
    expect(strictDecodingMessages('{"spec": ')).toEqual([]);
  });
  it('deduplicates identical texts and keeps at most 100', () => {
    const many = Array.from({ length: 150 }, (_, i) => `"f${i}":1`).join(',');
    expect(strictDecodingMessages(body(`{${many}}`))).toHaveLength(100);
    const obj = { spec: { ingress: [{ x: 1 }, { x: 1 }] } };
    expect(strictDecodingMessages(obj)).toEqual([
      'unknown field "spec.ingress[0].x"',
      'unknown field "spec.ingress[1].x"',
    ]);
  });
  it('builds the Strict-mode 400 message', () => {
    expect(
      strictDecodingErrorMessage(strictDecodingMessages(body('{"foo":1,"podSelector":{},"podSelector":{}}'))),
    ).toBe(
      'NetworkPolicy in version "v1" cannot be handled as a NetworkPolicy: strict decoding error: unknown field "spec.foo", duplicate field "spec.podSelector"',
    );
  });
  it('handles hostile nesting inside an unknown field without recursion', () => {
    const deep = `${'['.repeat(200_000)}${']'.repeat(200_000)}`;
    expect(strictDecodingMessages(body(`{"x":${deep},"x":1}`))).toEqual(['unknown field "spec.x"']);
    expect(strictDecodingMessages(body(`{"podSelector":{"matchLabels":${deep}}}`))).toEqual([]);
  });
});
