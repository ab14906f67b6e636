// NetworkPolicy <-> PolicyFormModel: the two pure conversions the form is built on.
// fromFormModel(toFormModel(x)) returns x for any JSON object (see round-trip.test.ts).
import type { NetworkPolicy } from '../../../k8s/networking/types';
import { fromList, toList } from './collections';
import { assemble, decode, encode, isRecord, isStringArray, keep, textOut, type JsonRecord } from './kept';
import { fromMetadata, toMetadata } from './metadata-model';
import { fromRule, toRule } from './rule-model';
import { emptySelector, fromSelector, toSelector } from './selector-model';
import type { PolicyFormModel, PolicyTypesModel, SpecModel } from './types';

export const TOP_KEYS = ['apiVersion', 'kind', 'metadata', 'spec'] as const;
export const SPEC_KEYS = ['podSelector', 'ingress', 'egress', 'policyTypes'] as const;

function str(v: unknown): string | null {
  return typeof v === 'string' ? v : null;
}

function toPolicyTypes(v: string[] | undefined): PolicyTypesModel {
  if (v === undefined || v.length === 0) {
    return { useDefault: true, ingress: false, egress: false, orig: v === undefined ? '' : '[]' };
  }
  return { useDefault: false, ingress: v.includes('Ingress'), egress: v.includes('Egress'), orig: encode(v) };
}

/** The original list while it says the same; otherwise Ingress, Egress, then any other values kept. */
export function fromPolicyTypes(m: PolicyTypesModel): string[] | undefined {
  if (m.useDefault) return m.orig === '[]' ? [] : undefined;
  const orig = m.orig === '' ? [] : (decode(m.orig) as string[]);
  if (orig.length > 0 && orig.includes('Ingress') === m.ingress && orig.includes('Egress') === m.egress) return orig;
  const out: string[] = [];
  if (m.ingress) out.push('Ingress');
  if (m.egress) out.push('Egress');
  return [...out, ...orig.filter((t) => t !== 'Ingress' && t !== 'Egress')];
}

function toSpec(v: JsonRecord | undefined): SpecModel {
  const s = v ?? {};
  const pod = isRecord(s.podSelector) ? s.podSelector : undefined;
  const ingress = Array.isArray(s.ingress) ? s.ingress : undefined;
  const egress = Array.isArray(s.egress) ? s.egress : undefined;
  const types = isStringArray(s.policyTypes) ? s.policyTypes : undefined;
  const edited: Record<string, boolean> = {
    podSelector: !!pod,
    ingress: !!ingress,
    egress: !!egress,
    policyTypes: !!types,
  };
  return {
    kept: keep(s, SPEC_KEYS, (k) => edited[k] === true),
    present: v !== undefined,
    podSelector: pod ? toSelector(pod) : emptySelector(),
    ingress: toList(ingress, (r) => toRule(r, 'ingress')),
    egress: toList(egress, (r) => toRule(r, 'egress')),
    policyTypes: toPolicyTypes(types),
  };
}

function fromSpec(m: SpecModel): JsonRecord {
  const pod = fromSelector(m.podSelector);
  return assemble(m.kept, SPEC_KEYS, {
    podSelector: m.podSelector.present || Object.keys(pod).length > 0 ? pod : undefined,
    ingress: fromList(m.ingress, (r) => fromRule(r, 'ingress')),
    egress: fromList(m.egress, (r) => fromRule(r, 'egress')),
    policyTypes: fromPolicyTypes(m.policyTypes),
  });
}

export function toFormModel(policy: NetworkPolicy): PolicyFormModel {
  const p: JsonRecord = isRecord(policy) ? policy : {};
  const meta = isRecord(p.metadata) ? p.metadata : undefined;
  const spec = isRecord(p.spec) ? p.spec : undefined;
  const apiVersion = str(p.apiVersion);
  const kind = str(p.kind);
  const edited: Record<string, boolean> = {
    apiVersion: apiVersion !== null,
    kind: kind !== null,
    metadata: !!meta,
    spec: !!spec,
  };
  return {
    kept: keep(p, TOP_KEYS, (k) => edited[k] === true),
    apiVersion: apiVersion ?? '',
    apiVersionOrig: apiVersion,
    kind: kind ?? '',
    kindOrig: kind,
    metadata: toMetadata(meta),
    spec: toSpec(spec),
  };
}

/** Metadata and spec are written when they were present or when the form put something in them. */
export function fromFormModel(model: PolicyFormModel): NetworkPolicy {
  const meta = fromMetadata(model.metadata);
  const spec = fromSpec(model.spec);
  return assemble(model.kept, TOP_KEYS, {
    apiVersion: textOut(model.apiVersion, model.apiVersionOrig),
    kind: textOut(model.kind, model.kindOrig),
    metadata: model.metadata.present || Object.keys(meta).length > 0 ? meta : undefined,
    spec: model.spec.present || Object.keys(spec).length > 0 ? spec : undefined,
  }) as NetworkPolicy;
}
