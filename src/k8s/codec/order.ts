// Key order as kubectl prints objects: Go struct field order for known fields (k8s.io/api
// networking/v1 and apimachinery ObjectMeta), map keys sorted as Go's encoding/json sorts them,
// unknown fields kept after the known ones in their original order. Nothing is ever dropped.
import { OBJECT_META_FIELD_ORDER } from '../meta';
import { isRecord } from '../json';

type Shape =
  | { kind: 'object'; order: readonly string[]; fields?: Readonly<Record<string, Shape>> }
  | { kind: 'list'; item: Shape }
  | { kind: 'map' };

const obj = (order: readonly string[], fields?: Record<string, Shape>): Shape => ({ kind: 'object', order, fields });
const list = (item: Shape): Shape => ({ kind: 'list', item });
const map: Shape = { kind: 'map' };

const selector = obj(['matchLabels', 'matchExpressions'], {
  matchLabels: map,
  matchExpressions: list(obj(['key', 'operator', 'values'])),
});
const port = obj(['protocol', 'port', 'endPort']);
const peer = obj(['podSelector', 'namespaceSelector', 'ipBlock'], {
  podSelector: selector,
  namespaceSelector: selector,
  ipBlock: obj(['cidr', 'except']),
});

const objectMeta = obj(OBJECT_META_FIELD_ORDER, {
  labels: map,
  annotations: map,
  ownerReferences: list(obj(['apiVersion', 'kind', 'name', 'uid', 'controller', 'blockOwnerDeletion'])),
  managedFields: list(obj(['manager', 'operation', 'apiVersion', 'time', 'fieldsType', 'fieldsV1', 'subresource'])),
});

const TOP = ['apiVersion', 'kind', 'metadata', 'spec', 'status'];

const networkPolicy = obj(TOP, {
  metadata: objectMeta,
  spec: obj(['podSelector', 'ingress', 'egress', 'policyTypes'], {
    podSelector: selector,
    ingress: list(obj(['ports', 'from'], { ports: list(port), from: list(peer) })),
    egress: list(obj(['ports', 'to'], { ports: list(port), to: list(peer) })),
  }),
});

const otherKind = obj(TOP, { metadata: objectMeta });

/** Go's sort.Strings order: by UTF-8 bytes, which is code point order (not UTF-16 unit order). */
export function compareGoStrings(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.codePointAt(i) ?? 0;
    const y = b.codePointAt(i) ?? 0;
    if (x !== y) return x - y;
    if (x > 0xffff) i++;
  }
  return a.length - b.length;
}

function set(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') {
    Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
  } else target[key] = value;
}

function apply(value: unknown, shape: Shape | undefined): unknown {
  if (shape === undefined) return value;
  if (shape.kind === 'list') return Array.isArray(value) ? value.map((v) => apply(v, shape.item)) : value;
  if (!isRecord(value)) return value;
  const out: Record<string, unknown> = {};
  if (shape.kind === 'map') {
    for (const k of Object.keys(value).sort(compareGoStrings)) set(out, k, value[k]);
    return out;
  }
  for (const k of shape.order) if (Object.hasOwn(value, k)) set(out, k, apply(value[k], shape.fields?.[k]));
  for (const k of Object.keys(value)) if (!shape.order.includes(k)) set(out, k, value[k]);
  return out;
}

function shapeFor(value: Record<string, unknown>): Shape {
  return value.kind === undefined || value.kind === 'NetworkPolicy' ? networkPolicy : otherKind;
}

/** A copy of an object with its keys in kubectl's order; lists (`kind: ...List`) order each item. */
export function orderForKubectl(value: unknown): unknown {
  if (!isRecord(value)) return value;
  if (typeof value.kind === 'string' && value.kind.endsWith('List') && Array.isArray(value.items)) {
    const out: Record<string, unknown> = {};
    const order = ['apiVersion', 'kind', 'metadata', 'items'];
    for (const k of order) {
      if (!Object.hasOwn(value, k)) continue;
      set(out, k, k === 'items' && Array.isArray(value.items) ? value.items.map(orderForKubectl) : value[k]);
    }
    for (const k of Object.keys(value)) if (!order.includes(k)) set(out, k, value[k]);
    return out;
  }
  return apply(value, shapeFor(value));
}
