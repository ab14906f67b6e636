// The Go type tree of networking.k8s.io/v1 NetworkPolicy (k8s.io/api v0.36) as the apiserver's JSON
// decoder sees it: which keys each struct knows, and each field's Go type name for decoder messages.
// One tree drives type checking (decode.ts) and strict unknown/duplicate field detection.

export type SchemaNode =
  | {
      readonly kind: 'struct';
      readonly goName: string;
      readonly goType: string;
      readonly fields: Readonly<Record<string, SchemaNode>>;
    }
  | { readonly kind: 'list'; readonly goType: string; readonly elem: SchemaNode }
  | { readonly kind: 'map'; readonly goType: string; readonly elem: SchemaNode }
  | { readonly kind: 'string' | 'bool' | 'int32' | 'int64'; readonly goType: string }
  /** intstr.IntOrString: a custom UnmarshalJSON; strings and numbers only. */
  | { readonly kind: 'intOrString'; readonly goType: string }
  /** metav1.Time: a custom UnmarshalJSON that wants an RFC 3339 string. */
  | { readonly kind: 'time'; readonly goType: string }
  /** metav1.FieldsV1: a custom UnmarshalJSON that keeps any raw JSON. */
  | { readonly kind: 'raw'; readonly goType: string };

const str = (goType = 'string'): SchemaNode => ({ kind: 'string', goType });
const bool: SchemaNode = { kind: 'bool', goType: 'bool' };
const list = (elem: SchemaNode): SchemaNode => ({ kind: 'list', goType: `[]${elem.goType}`, elem });
const struct = (goName: string, pkg: string, fields: Record<string, SchemaNode>): SchemaNode => ({
  kind: 'struct',
  goName,
  goType: `${pkg}.${goName}`,
  fields,
});
const stringMap: SchemaNode = { kind: 'map', goType: 'map[string]string', elem: str() };
const time: SchemaNode = { kind: 'time', goType: 'v1.Time' };

const labelSelector = struct('LabelSelector', 'v1', {
  matchLabels: stringMap,
  matchExpressions: list(
    struct('LabelSelectorRequirement', 'v1', {
      key: str(),
      operator: str('v1.LabelSelectorOperator'),
      values: list(str()),
    }),
  ),
});

const ownerReference = struct('OwnerReference', 'v1', {
  apiVersion: str(),
  kind: str(),
  name: str(),
  uid: str('types.UID'),
  controller: bool,
  blockOwnerDeletion: bool,
});

const managedFieldsEntry = struct('ManagedFieldsEntry', 'v1', {
  manager: str(),
  operation: str('v1.ManagedFieldsOperationType'),
  apiVersion: str(),
  time,
  fieldsType: str(),
  fieldsV1: { kind: 'raw', goType: 'v1.FieldsV1' },
  subresource: str(),
});

export const OBJECT_META_SCHEMA = struct('ObjectMeta', 'v1', {
  name: str(),
  generateName: str(),
  namespace: str(),
  selfLink: str(),
  uid: str('types.UID'),
  resourceVersion: str(),
  generation: { kind: 'int64', goType: 'int64' },
  creationTimestamp: time,
  deletionTimestamp: time,
  deletionGracePeriodSeconds: { kind: 'int64', goType: 'int64' },
  labels: stringMap,
  annotations: stringMap,
  ownerReferences: list(ownerReference),
  finalizers: list(str()),
  managedFields: list(managedFieldsEntry),
});

const port = struct('NetworkPolicyPort', 'v1', {
  protocol: str('v1.Protocol'),
  port: { kind: 'intOrString', goType: 'intstr.IntOrString' },
  endPort: { kind: 'int32', goType: 'int32' },
});

const peer = struct('NetworkPolicyPeer', 'v1', {
  podSelector: labelSelector,
  namespaceSelector: labelSelector,
  ipBlock: struct('IPBlock', 'v1', { cidr: str(), except: list(str()) }),
});

export const NETWORK_POLICY_SCHEMA = struct('NetworkPolicy', 'v1', {
  apiVersion: str(),
  kind: str(),
  metadata: OBJECT_META_SCHEMA,
  spec: struct('NetworkPolicySpec', 'v1', {
    podSelector: labelSelector,
    ingress: list(struct('NetworkPolicyIngressRule', 'v1', { ports: list(port), from: list(peer) })),
    egress: list(struct('NetworkPolicyEgressRule', 'v1', { ports: list(port), to: list(peer) })),
    policyTypes: list(str('v1.PolicyType')),
  }),
});

/** Own-property lookup (a key such as "constructor" or "__proto__" is not a field). */
export function fieldOf(node: SchemaNode, key: string): SchemaNode | undefined {
  if (node.kind !== 'struct') return undefined;
  return Object.prototype.hasOwnProperty.call(node.fields, key) ? node.fields[key] : undefined;
}
