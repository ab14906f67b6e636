// ObjectMeta on create: ports of apimachinery objectmeta_test.go (owner references, namespaces,
// conflicting finalizers), TestValidateManagedFields*, TestValidateFieldManager*, and the rules of
// ValidateObjectMetaAccessor (generateName masking, annotation size limit) with exact messages.
import { describe, expect, it } from 'vitest';
import { errorString, type FieldError } from '../field';
import {
  maskTrailingDash,
  nameIsDNSSubdomain,
  validateFieldManager,
  validateManagedFields,
  validateObjectMeta,
} from './object-meta';
import { DNS1123_SUBDOMAIN_ERROR } from './strings';

const metaErrs = (meta: Record<string, unknown>): FieldError[] => {
  const out: FieldError[] = [];
  validateObjectMeta(out, { name: 'test', namespace: 'test', ...meta }, true, 'metadata');
  return out;
};
const msgs = (errs: FieldError[]): string[] => errs.map(errorString);

describe('name and generateName', () => {
  it('requires a name (generateName does not stand in for it here: the store generates the name first)', () => {
    const out: FieldError[] = [];
    validateObjectMeta(out, { namespace: 'ns' }, true, 'metadata');
    expect(msgs(out)).toEqual(['metadata.name: Required value: name or generateName is required']);
  });
  it('checks name as a DNS-1123 subdomain, both messages at once when long and invalid', () => {
    expect(metaErrs({ name: `${'A'.repeat(254)}` }).map((e) => e.detail)).toEqual([
      'must be no more than 253 characters',
      DNS1123_SUBDOMAIN_ERROR,
    ]);
    expect(metaErrs({ name: 'a'.repeat(253) })).toEqual([]);
  });
  it('masks a trailing dash of generateName by replacing the last two characters with "a"', () => {
    expect(maskTrailingDash('foo-')).toEqual({ text: 'foa', byteLen: 3 });
    expect(nameIsDNSSubdomain('foo-', true)).toEqual([]);
    expect(nameIsDNSSubdomain('foo-', false)).toEqual([DNS1123_SUBDOMAIN_ERROR]);
    // Go drops both ".-": the masked text "fooa" passes (the generated name is checked separately).
    expect(nameIsDNSSubdomain('foo.-', true)).toEqual([]);
    expect(nameIsDNSSubdomain('-foo-', true)).toEqual([DNS1123_SUBDOMAIN_ERROR]);
    expect(nameIsDNSSubdomain('foo--', true)).toEqual([]);
    expect(nameIsDNSSubdomain('fooé-', true)).toEqual([DNS1123_SUBDOMAIN_ERROR]);
    expect(nameIsDNSSubdomain(`${'a'.repeat(253)}-`, true)).toEqual([]);
    expect(nameIsDNSSubdomain(`${'a'.repeat(254)}-`, true)).toEqual(['must be no more than 253 characters']);
  });
  it('checks generateName even when name is set, before the name', () => {
    expect(metaErrs({ generateName: 'Bad-' }).map((e) => e.field)).toEqual(['metadata.generateName']);
  });
});

describe('TestValidateObjectMetaNamespaces', () => {
  it('requires a DNS-1123 label', () => {
    expect(msgs(metaErrs({ namespace: 'foo.bar' }))).toEqual([
      'metadata.namespace: Invalid value: "foo.bar": must not contain dots',
    ]);
    expect(metaErrs({ namespace: 'A'.repeat(64) }).map((e) => e.detail)).toHaveLength(2);
    expect(msgs(metaErrs({ namespace: '' }))).toEqual(['metadata.namespace: Required value']);
  });
});

describe('generation', () => {
  it('must not be negative', () => {
    expect(msgs(metaErrs({ generation: -1 }))).toEqual([
      'metadata.generation: Invalid value: -1: must be greater than or equal to 0',
    ]);
  });
});

describe('annotations', () => {
  it('lower-cases keys before the qualified-name check', () => {
    expect(metaErrs({ annotations: { 'Example.COM/Foo': 'x' } })).toEqual([]);
    expect(msgs(metaErrs({ annotations: { 'a b': 'x' } }))[0]).toMatch(
      /^metadata\.annotations: Invalid value: "a b": name part/,
    );
  });
  it('allows exactly 262144 bytes in total, not 262145', () => {
    const value = (n: number) => ({ annotations: { a: 'x'.repeat(n - 1) } });
    expect(metaErrs(value(262144))).toEqual([]);
    expect(msgs(metaErrs(value(262145)))).toEqual([
      'metadata.annotations: Too long: may not be more than 262144 bytes',
    ]);
    expect(metaErrs({ annotations: { a: 'é'.repeat(131072) } })).toHaveLength(1);
  });
});

describe('TestValidateObjectMetaOwnerReferences', () => {
  const ref = (o: Record<string, unknown>) => ({
    apiVersion: 'customresourceVersion',
    kind: 'customresourceKind',
    name: 'name',
    uid: '1',
    ...o,
  });
  it.each([
    ['simple success - third party extension', [ref({})], ''],
    [
      "simple failures - event shouldn't be set as an owner",
      [ref({ apiVersion: 'v1', kind: 'Event' })],
      'is disallowed from being an owner',
    ],
    [
      'invalid apiVersion with too many slashes',
      [ref({ apiVersion: 'a/b/c', kind: 'Pod' })],
      'version must not be empty',
    ],
    ['invalid apiVersion with empty version', [ref({ apiVersion: 'foo/', kind: 'Pod' })], 'version must not be empty'],
    ['apiVersion with no slashes (legacy core group)', [ref({ apiVersion: 'v1', kind: 'Pod' })], ''],
    [
      'one reference with Controller set',
      [
        ref({ controller: false }),
        ref({ uid: '2', controller: true }),
        ref({ uid: '3', controller: false }),
        ref({ uid: '4' }),
      ],
      '',
    ],
    [
      'two references with Controller set',
      [
        ref({ kind: 'customresourceKind1', controller: false }),
        ref({ kind: 'customresourceKind2', uid: '2', controller: true }),
        ref({ kind: 'customresourceKind3', uid: '3', controller: true }),
        ref({ kind: 'customresourceKind4', uid: '4' }),
      ],
      'Only one reference can have Controller set to true. Found "true" in references for customresourceKind2/name and customresourceKind3/name',
    ],
  ])('%s', (_name, ownerReferences, want) => {
    const errs = metaErrs({ ownerReferences });
    if (want === '') expect(errs).toEqual([]);
    else expect(errs[0]?.detail).toContain(want);
  });
  it('uses paths without an index and the JSON of the reference as the value', () => {
    expect(msgs(metaErrs({ ownerReferences: [{ apiVersion: 'v1', kind: 'Event', name: 'e', uid: 'u' }] }))).toEqual([
      'metadata.ownerReferences: Invalid value: {"apiVersion":"v1","kind":"Event","name":"e","uid":"u"}: /v1, Kind=Event is disallowed from being an owner',
    ]);
    expect(msgs(metaErrs({ ownerReferences: [{}] }))).toEqual([
      'metadata.ownerReferences.apiVersion: Invalid value: "": version must not be empty',
      'metadata.ownerReferences.kind: Invalid value: "": must not be empty',
      'metadata.ownerReferences.name: Invalid value: "": must not be empty',
      'metadata.ownerReferences.uid: Invalid value: "": must not be empty',
    ]);
  });
});

describe('finalizers', () => {
  it('TestValidateFinalizersPreventConflictingFinalizers', () => {
    expect(msgs(metaErrs({ finalizers: ['orphan', 'foregroundDeletion'] }))).toEqual([
      'metadata.finalizers: Invalid value: ["orphan","foregroundDeletion"]: finalizer orphan and foregroundDeletion cannot be both set',
    ]);
  });
  it('needs qualified names (no index) and, without a slash, a standard name (with the index)', () => {
    expect(metaErrs({ finalizers: ['kubernetes', 'orphan', 'example.com/x'] })).toEqual([]);
    expect(msgs(metaErrs({ finalizers: ['a/b', 'custom', 'Bad Name'] }))).toEqual([
      expect.stringMatching(/^metadata\.finalizers: Invalid value: "Bad Name": name part must consist/),
      'metadata.finalizers[1]: Invalid value: "custom": name is neither a standard finalizer name nor is it fully qualified',
      'metadata.finalizers[2]: Invalid value: "Bad Name": name is neither a standard finalizer name nor is it fully qualified',
    ]);
  });
});

describe('managedFields', () => {
  const mf = (entry: Record<string, unknown>): string[] => {
    const out: FieldError[] = [];
    validateManagedFields(out, [entry], 'managedFields');
    return msgs(out);
  };
  it('TestValidateManagedFieldsInvalid', () => {
    expect(mf({ operation: 'Update', fieldsType: 'RandomVersion', apiVersion: 'v1' })).toEqual([
      'managedFields[0].fieldsType: Invalid value: "RandomVersion": must be `FieldsV1`',
    ]);
    expect(mf({ operation: 'RandomOperation', fieldsType: 'FieldsV1' })).toEqual([
      'managedFields[0].operation: Invalid value: "RandomOperation": must be `Apply` or `Update`',
    ]);
    expect(mf({ fieldsType: 'FieldsV1' })).toHaveLength(1);
    expect(mf({ operation: 'Update', manager: 'field\nmanager' })).toEqual([
      'managedFields[0].manager: Invalid value: "field\\nmanager": invalid character U+000A (at position 5)',
    ]);
    expect(mf({ operation: 'Apply', subresource: 'TooLong'.repeat(37) })).toEqual([
      'managedFields[0].subresource: Too long: may not be more than 256 bytes',
    ]);
  });
  it('TestValidateMangedFieldsValid', () => {
    expect(mf({ operation: 'Update', apiVersion: 'v1' })).toEqual([]);
    expect(mf({ operation: 'Update', fieldsType: 'FieldsV1', apiVersion: 'v1' })).toEqual([]);
    expect(mf({ operation: 'Apply', fieldsType: 'FieldsV1', apiVersion: 'v1', subresource: 'scale' })).toEqual([]);
    expect(mf({ operation: 'Apply', fieldsType: 'FieldsV1', apiVersion: 'v1', manager: '🍔' })).toEqual([]);
  });
  it('TestValidateFieldManagerValid / Invalid', () => {
    for (const ok of ['filedManager', '你好', '🍔']) {
      const out: FieldError[] = [];
      validateFieldManager(out, ok, 'fieldManager');
      expect(out).toEqual([]);
    }
    const out: FieldError[] = [];
    validateFieldManager(out, 'f'.repeat(129), 'fieldManager');
    expect(msgs(out)).toEqual(['fieldManager: Too long: may not be more than 128 bytes']);
  });
});
