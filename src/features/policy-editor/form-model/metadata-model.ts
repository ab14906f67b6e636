// ObjectMeta <-> MetadataModel: name / generateName / namespace, labels, annotations, finalizers
// and ownerReferences; system-populated fields (uid, resourceVersion, managedFields...) are kept.
import { fromMap, toMap } from './collections';
import { assemble, isStringMap, keep, textOut, type JsonRecord } from './kept';
import { editableFinalizers, fromFinalizers, fromOwnerRefs, toFinalizers, toOwnerRefs } from './owner-model';
import type { MetadataModel } from './types';

// ObjectMeta's field order (the Go struct), so new fields land where the apiserver would put them.
export const METADATA_KEYS = [
  'name',
  'generateName',
  'namespace',
  'labels',
  'annotations',
  'ownerReferences',
  'finalizers',
] as const;

function str(v: unknown): string | null {
  return typeof v === 'string' ? v : null;
}

export function toMetadata(v: JsonRecord | undefined): MetadataModel {
  const m = v ?? {};
  const name = str(m.name);
  const generateName = str(m.generateName);
  const namespace = str(m.namespace);
  const labels = isStringMap(m.labels) ? m.labels : undefined;
  const annotations = isStringMap(m.annotations) ? m.annotations : undefined;
  const finalizers = editableFinalizers(m.finalizers) ? m.finalizers : undefined;
  const owners = Array.isArray(m.ownerReferences) ? (m.ownerReferences as unknown[]) : undefined;
  const edited: Record<string, boolean> = {
    name: name !== null,
    generateName: generateName !== null,
    namespace: namespace !== null,
    labels: labels !== undefined,
    annotations: annotations !== undefined,
    ownerReferences: owners !== undefined,
    finalizers: finalizers !== undefined,
  };
  return {
    kept: keep(m, METADATA_KEYS, (k) => edited[k] === true),
    present: v !== undefined,
    name: name ?? '',
    nameOrig: name,
    generateName: generateName ?? '',
    generateNameOrig: generateName,
    useGenerateName: generateName !== null && name === null,
    namespace: namespace ?? '',
    namespaceOrig: namespace,
    labels: toMap(labels),
    annotations: toMap(annotations),
    finalizers: toFinalizers(finalizers),
    ownerReferences: toOwnerRefs(owners),
  };
}

export function fromMetadata(m: MetadataModel): JsonRecord {
  return assemble(m.kept, METADATA_KEYS, {
    name: textOut(m.name, m.nameOrig),
    generateName: textOut(m.generateName, m.generateNameOrig),
    namespace: textOut(m.namespace, m.namespaceOrig),
    labels: fromMap(m.labels),
    annotations: fromMap(m.annotations),
    ownerReferences: fromOwnerRefs(m.ownerReferences),
    finalizers: fromFinalizers(m.finalizers),
  });
}
