// Unit tests: finalizers and ownerReferences in the form model (absent vs [], tri-state booleans,
// wrong shapes kept, edits written in ObjectMeta's order).
import { describe, expect, it } from 'vitest';
import type { NetworkPolicy } from '../../../k8s/networking/types';
import { keptKeys } from './kept';
import { fromOwnerRef, newOwnerRef, toOwnerRef } from './owner-model';
import { fromFormModel, toFormModel } from './policy-model';

const ref = { apiVersion: 'apps/v1', kind: 'Deployment', name: 'web', uid: 'u-1' };

describe('finalizers', () => {
  it('tells absent from [] and from a list', () => {
    expect(toFormModel({ metadata: {} }).metadata.finalizers).toEqual({ items: [], empty: false });
    expect(toFormModel({ metadata: { finalizers: [] } }).metadata.finalizers).toEqual({ items: [], empty: true });
    expect(toFormModel({ metadata: { finalizers: ['a/b', ''] } }).metadata.finalizers.items).toEqual([
      { value: 'a/b' },
      { value: '' },
    ]);
  });

  it('adds, edits and removes rows; removing the last returns to the original state', () => {
    const m = toFormModel({ metadata: { name: 'p' } });
    m.metadata.finalizers.items.push({ value: 'example.com/cleanup' }, { value: 'orphan' });
    expect(fromFormModel(m).metadata).toEqual({ name: 'p', finalizers: ['example.com/cleanup', 'orphan'] });
    m.metadata.finalizers.items = [];
    expect(fromFormModel(m).metadata).toEqual({ name: 'p' });
    const e = toFormModel({ metadata: { finalizers: [] } });
    e.metadata.finalizers.items.push({ value: 'x/y' });
    e.metadata.finalizers.items.pop();
    expect(fromFormModel(e).metadata).toEqual({ finalizers: [] });
  });

  it('keeps a list that is not all strings as is, until the form sets the field', () => {
    const policy = { metadata: { finalizers: ['a', 1] } } as unknown as NetworkPolicy;
    const m = toFormModel(policy);
    expect(keptKeys(m.metadata.kept)).toEqual(['finalizers']);
    expect(fromFormModel(m)).toEqual(policy);
    m.metadata.finalizers.items.push({ value: 'b/c' });
    expect(fromFormModel(m).metadata).toEqual({ finalizers: ['b/c'] });
  });
});

describe('ownerReferences', () => {
  it('tri-state booleans: absent stays absent, false stays false, set writes the value', () => {
    const absent = toOwnerRef(ref);
    expect([absent.controller, absent.controllerSet]).toEqual([false, false]);
    expect(fromOwnerRef(absent)).toEqual(ref);
    expect(Object.keys(fromOwnerRef(absent) as object)).not.toContain('controller');
    const no = toOwnerRef({ ...ref, controller: false, blockOwnerDeletion: true });
    expect([no.controller, no.controllerSet, no.blockOwnerDeletion, no.blockOwnerDeletionSet]).toEqual([
      false,
      true,
      true,
      true,
    ]);
    expect(fromOwnerRef(no)).toEqual({ ...ref, controller: false, blockOwnerDeletion: true });
    expect(fromOwnerRef({ ...absent, controller: true, controllerSet: true })).toEqual({ ...ref, controller: true });
    expect(fromOwnerRef({ ...absent, controller: false, controllerSet: true })).toEqual({ ...ref, controller: false });
    expect(fromOwnerRef({ ...no, blockOwnerDeletionSet: false })).toEqual({ ...ref, controller: false });
  });

  it('keeps wrong-typed fields and non-object items; a form value replaces them once set', () => {
    const odd = toOwnerRef({ ...ref, controller: 'yes', name: 5 });
    expect(keptKeys(odd.kept)).toEqual(['name', 'controller']);
    expect(fromOwnerRef(odd)).toEqual({ ...ref, controller: 'yes', name: 5 });
    expect(fromOwnerRef({ ...odd, controller: true, controllerSet: true, name: 'n' })).toEqual({
      ...ref,
      name: 'n',
      controller: true,
    });
    const opaque = toOwnerRef(null);
    expect(opaque.opaque).toBe('null');
    expect(fromOwnerRef(opaque)).toBeNull();
  });

  it('a new owner reference writes only what is typed, in the OwnerReference field order', () => {
    const m = toFormModel({ metadata: { name: 'p', finalizers: ['f/g'] } });
    m.metadata.ownerReferences.items.push({ ...newOwnerRef(), uid: 'u', name: 'cm', kind: 'ConfigMap' });
    const meta = fromFormModel(m).metadata;
    expect(meta).toEqual({
      name: 'p',
      finalizers: ['f/g'],
      ownerReferences: [{ kind: 'ConfigMap', name: 'cm', uid: 'u' }],
    });
    expect(Object.keys(meta ?? {})).toEqual(['name', 'ownerReferences', 'finalizers']);
    expect(Object.keys(meta?.ownerReferences?.[0] ?? {})).toEqual(['kind', 'name', 'uid']);
    // An original out of ObjectMeta's order keeps its order; a new field comes after it.
    const shuffled = toFormModel({ metadata: { finalizers: ['f/g'], name: 'p' } });
    shuffled.metadata.ownerReferences.items.push({ ...newOwnerRef(), apiVersion: 'v1' });
    expect(Object.keys(fromFormModel(shuffled).metadata ?? {})).toEqual(['finalizers', 'name', 'ownerReferences']);
  });

  it('tells absent from [] and keeps a non-list value as is', () => {
    expect(toFormModel({ metadata: { ownerReferences: [] } }).metadata.ownerReferences.empty).toBe(true);
    const policy = { metadata: { ownerReferences: 'x' } } as unknown as NetworkPolicy;
    const m = toFormModel(policy);
    expect(m.metadata.ownerReferences).toEqual({ items: [], empty: false });
    expect(fromFormModel(m)).toEqual(policy);
  });
});
