// Kubernetes field paths -> the react-hook-form name of the control that edits them (or of the
// nearest enclosing group), and the DOM id that control carries, so errors land beside it.
import { parseFieldPath } from '../../../k8s/field';
import { peersKey } from './rule-model';
import type { Direction } from './types';

type Segs = readonly (string | number)[];

function isIndex(s: string | number | undefined): s is number {
  return typeof s === 'number';
}

function selectorName(base: string, rest: Segs): string {
  const [head, i, field] = rest;
  if (head === 'matchLabels') return `${base}.matchLabels`;
  if (head !== 'matchExpressions') return base;
  if (!isIndex(i)) return `${base}.matchExpressions`;
  const item = `${base}.matchExpressions.items.${i}`;
  return field === 'key' || field === 'operator' || field === 'values' ? `${item}.${field}` : item;
}

function peerName(base: string, rest: Segs): string {
  const [head, field, k] = rest;
  if (head === 'podSelector' || head === 'namespaceSelector') return selectorName(`${base}.${head}`, rest.slice(1));
  if (head !== 'ipBlock') return base;
  if (field === 'cidr') return `${base}.ipBlock.cidr`;
  if (field !== 'except') return `${base}.ipBlock`;
  return isIndex(k) ? `${base}.ipBlock.except.items.${k}.value` : `${base}.ipBlock.except`;
}

function ruleName(base: string, dir: Direction, rest: Segs): string {
  const [head, j, field] = rest;
  if (head === peersKey(dir)) return isIndex(j) ? peerName(`${base}.peers.items.${j}`, rest.slice(2)) : `${base}.peers`;
  if (head !== 'ports') return base;
  if (!isIndex(j)) return `${base}.ports`;
  const port = `${base}.ports.items.${j}`;
  return field === 'protocol' || field === 'port' || field === 'endPort' ? `${port}.${field}` : port;
}

const OWNER_REF_FIELDS = new Set(['apiVersion', 'kind', 'name', 'uid', 'controller', 'blockOwnerDeletion']);

/**
 * metadata.finalizers[i] is its row's input. Upstream reports ownerReferences errors without an
 * index (`metadata.ownerReferences.uid`): those land on the whole list; an indexed path on its item.
 */
function metadataName(rest: Segs): string {
  const [head, i, field] = rest;
  if (head === 'name' || head === 'generateName' || head === 'namespace') return `metadata.${head}`;
  if (head === 'labels' || head === 'annotations') return `metadata.${head}`;
  if (head === 'finalizers') return isIndex(i) ? `metadata.finalizers.items.${i}.value` : 'metadata.finalizers';
  if (head !== 'ownerReferences') return 'metadata';
  if (!isIndex(i)) return 'metadata.ownerReferences';
  const item = `metadata.ownerReferences.items.${i}`;
  return typeof field === 'string' && OWNER_REF_FIELDS.has(field) ? `${item}.${field}` : item;
}

/** The form field (or group) name for a Kubernetes path such as ['spec','ingress',0,'ports',1,'port']. */
export function formFieldName(path: Segs): string | undefined {
  const [top, head, i] = path;
  if (top === 'apiVersion' || top === 'kind') return top;
  if (top === 'metadata') return metadataName(path.slice(1));
  if (top !== 'spec') return undefined;
  if (head === 'podSelector') return selectorName('spec.podSelector', path.slice(2));
  if (head === 'policyTypes') return 'spec.policyTypes';
  if (head === 'ingress' || head === 'egress') {
    return isIndex(i) ? ruleName(`spec.${head}.items.${i}`, head, path.slice(3)) : `spec.${head}`;
  }
  return 'spec';
}

/** Element id for a form field name ("spec.ingress.items.0" -> "pf-spec-ingress-items-0"). */
export function domIdForName(name: string): string {
  return `pf-${name.replace(/\./g, '-')}`;
}

/** The id of the element that shows errors for a Kubernetes path string; "pf-root" is the form. */
export function fieldDomId(path: string): string {
  return domIdForName(formFieldName(parseFieldPath(path)) ?? 'root');
}
