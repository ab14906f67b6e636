// Property tests: object -> form model -> object is the identity (values, key order, absent vs
// empty) for valid policies, for policies with extra and wrong-shaped fields, and for any object.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { NetworkPolicy } from '../../../k8s/networking/types';
import { isRecord } from './kept';
import { anyObject, mutatedPolicy, oddMetadataPolicy, validPolicy } from './policy-arbitraries';
import { fromFormModel, toFormModel } from './policy-model';

/**
 * An exact description of a JSON value: types, -0, own keys in order, prototypes. (toStrictEqual
 * ignores key order and trips over an own `constructor` key, which is legal JSON.)
 */
function exact(v: unknown): unknown {
  if (Array.isArray(v)) return ['array', v.map(exact)];
  if (isRecord(v)) {
    const proto = Object.getPrototypeOf(v) === Object.prototype ? 'object' : 'other-prototype';
    return [proto, Object.keys(v).map((k) => [k, exact(v[k])])];
  }
  if (typeof v === 'number') return ['number', Object.is(v, -0) ? '-0' : v];
  return [typeof v, v];
}

function expectIdentity(policy: NetworkPolicy): void {
  const back = fromFormModel(toFormModel(policy));
  expect(exact(back)).toStrictEqual(exact(policy));
  // react-hook-form clones its values; the model must survive a deep clone unchanged.
  expect(exact(fromFormModel(structuredClone(toFormModel(policy))))).toStrictEqual(exact(policy));
}

describe('object -> form -> object', () => {
  it('is the identity for any valid policy (every field, absent vs empty)', () => {
    fc.assert(fc.property(validPolicy, expectIdentity), { numRuns: 400 });
  });

  it('is the identity with unknown fields, shuffled keys and wrong shapes at every level', () => {
    fc.assert(fc.property(mutatedPolicy, expectIdentity), { numRuns: 400 });
  });

  it('is the identity with wrong-shaped finalizers and ownerReferences (lists, items, fields)', () => {
    fc.assert(fc.property(oddMetadataPolicy, expectIdentity), { numRuns: 300 });
  });

  it('is the identity for any JSON object', () => {
    fc.assert(fc.property(anyObject, expectIdentity), { numRuns: 300 });
  });

  it('keeps -0, __proto__ and NUL-prefixed strings in kept fields', () => {
    const policy = JSON.parse(
      '{"spec":{"x":-0,"__proto__":{"a":"\\u0000b"},"ingress":[{"ports":[{"port":-0,"endPort":-0,"y":"\\u0000-0"}]}]}}',
    ) as NetworkPolicy;
    expectIdentity(policy);
    const back = fromFormModel(toFormModel(policy)) as { spec: Record<string, unknown> };
    expect(Object.is(back.spec.x, -0)).toBe(true);
    expect(Object.getPrototypeOf(back.spec)).toBe(Object.prototype);
  });

  it('keeps system fields the form does not edit (uid, resourceVersion, managedFields) beside edited ones', () => {
    const policy: NetworkPolicy = {
      metadata: {
        name: 'a',
        uid: 'u',
        resourceVersion: '7',
        finalizers: ['f'],
        ownerReferences: [{ apiVersion: 'v1', kind: 'ConfigMap', name: 'c', uid: 'x', controller: false }],
        managedFields: [{ manager: 'kubectl', fieldsV1: { 'f:spec': {} } }],
      },
      status: { whatever: true },
    };
    expectIdentity(policy);
  });
});
