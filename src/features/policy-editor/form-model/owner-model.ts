// metadata.finalizers and metadata.ownerReferences <-> their form models. The owner reference's
// controller / blockOwnerDeletion keep absent apart from false until the user touches them.
import { fromList, toList } from './collections';
import { assemble, decode, encode, isRecord, isStringArray, keep, textOut, type JsonRecord } from './kept';
import type { FinalizerRow, ListModel, OwnerRefModel } from './types';

export const OWNER_REF_KEYS = ['apiVersion', 'kind', 'name', 'uid', 'controller', 'blockOwnerDeletion'] as const;

/** A list of strings is edited; anything else (null, a string, [1]) is kept as is by the caller. */
export function editableFinalizers(v: unknown): v is string[] {
  return isStringArray(v);
}

export function toFinalizers(v: string[] | undefined): ListModel<FinalizerRow> {
  return toList(v, (x) => ({ value: x as string }));
}

export function fromFinalizers(l: ListModel<FinalizerRow>): string[] | undefined {
  return fromList(l, (r) => r.value) as string[] | undefined;
}

export function newOwnerRef(): OwnerRefModel {
  return {
    kept: '',
    opaque: '',
    apiVersion: '',
    apiVersionOrig: null,
    kind: '',
    kindOrig: null,
    name: '',
    nameOrig: null,
    uid: '',
    uidOrig: null,
    controller: false,
    controllerSet: false,
    blockOwnerDeletion: false,
    blockOwnerDeletionSet: false,
  };
}

function str(v: unknown): string | null {
  return typeof v === 'string' ? v : null;
}

export function toOwnerRef(v: unknown): OwnerRefModel {
  if (!isRecord(v)) return { ...newOwnerRef(), opaque: encode(v) };
  const text = { apiVersion: str(v.apiVersion), kind: str(v.kind), name: str(v.name), uid: str(v.uid) };
  const controller = typeof v.controller === 'boolean' ? v.controller : null;
  const block = typeof v.blockOwnerDeletion === 'boolean' ? v.blockOwnerDeletion : null;
  const edited: Record<string, boolean> = {
    apiVersion: text.apiVersion !== null,
    kind: text.kind !== null,
    name: text.name !== null,
    uid: text.uid !== null,
    controller: controller !== null,
    blockOwnerDeletion: block !== null,
  };
  return {
    kept: keep(v, OWNER_REF_KEYS, (k) => edited[k] === true),
    opaque: '',
    apiVersion: text.apiVersion ?? '',
    apiVersionOrig: text.apiVersion,
    kind: text.kind ?? '',
    kindOrig: text.kind,
    name: text.name ?? '',
    nameOrig: text.name,
    uid: text.uid ?? '',
    uidOrig: text.uid,
    controller: controller === true,
    controllerSet: controller !== null,
    blockOwnerDeletion: block === true,
    blockOwnerDeletionSet: block !== null,
  };
}

export function fromOwnerRef(m: OwnerRefModel): unknown {
  if (m.opaque !== '') return decode(m.opaque);
  const fields: JsonRecord = {
    apiVersion: textOut(m.apiVersion, m.apiVersionOrig),
    kind: textOut(m.kind, m.kindOrig),
    name: textOut(m.name, m.nameOrig),
    uid: textOut(m.uid, m.uidOrig),
    controller: m.controllerSet ? m.controller : undefined,
    blockOwnerDeletion: m.blockOwnerDeletionSet ? m.blockOwnerDeletion : undefined,
  };
  return assemble(m.kept, OWNER_REF_KEYS, fields);
}

export function toOwnerRefs(v: unknown[] | undefined): ListModel<OwnerRefModel> {
  return toList(v, toOwnerRef);
}

export function fromOwnerRefs(l: ListModel<OwnerRefModel>): unknown[] | undefined {
  return fromList(l, fromOwnerRef);
}
