// The form model: what react-hook-form holds. Every part carries `kept` (see kept.ts) so that
// fromFormModel(toFormModel(x)) is x for any JSON object, whatever the form can or cannot edit.

/** A list that distinguishes absent (empty: false) from `[]` (empty: true) when it has no items. */
export interface ListModel<T> {
  items: T[];
  empty: boolean;
}

export interface KeyValueRow {
  key: string;
  value: string;
}

/** A string map as rows; `empty` says whether no rows means `{}` (true) or absent (false). */
export interface MapModel {
  rows: KeyValueRow[];
  empty: boolean;
}

export interface MetadataModel {
  kept: string;
  /** Whether `metadata` is written even when nothing in it is set. */
  present: boolean;
  name: string;
  nameOrig: string | null;
  generateName: string;
  generateNameOrig: string | null;
  /** View state only: which of name / generateName the toggle shows. */
  useGenerateName: boolean;
  namespace: string;
  namespaceOrig: string | null;
  labels: MapModel;
  annotations: MapModel;
  /** Edited only when the original is absent or a list of strings (otherwise kept as is). */
  finalizers: ListModel<FinalizerRow>;
  ownerReferences: ListModel<OwnerRefModel>;
}

export interface FinalizerRow {
  value: string;
}

/**
 * One metadata.ownerReferences item. The two booleans are tri-state in the object (absent, true,
 * false): `…Set` says whether the field is written, so an absent one stays absent until touched.
 */
export interface OwnerRefModel {
  kept: string;
  /** The encoded item when it is not an object (then nothing else applies). */
  opaque: string;
  apiVersion: string;
  apiVersionOrig: string | null;
  kind: string;
  kindOrig: string | null;
  name: string;
  nameOrig: string | null;
  uid: string;
  uidOrig: string | null;
  controller: boolean;
  controllerSet: boolean;
  blockOwnerDeletion: boolean;
  blockOwnerDeletionSet: boolean;
}

export interface ExpressionModel {
  kept: string;
  /** The encoded item when it is not an object (then nothing else applies). */
  opaque: string;
  key: string;
  keyOrig: string | null;
  /** Encoded JSON of the operator ('' when absent), so unusual values survive a <select>. */
  operator: string;
  /** Values as comma-separated text; `valuesOrig` is the encoded original ('' when absent). */
  values: string;
  valuesOrig: string;
}

export interface SelectorModel {
  kept: string;
  /** Whether the selector is written: in a peer, exactly this; for spec.podSelector, or when it has content. */
  present: boolean;
  matchLabels: MapModel;
  matchExpressions: ListModel<ExpressionModel>;
}

export interface ExceptRow {
  value: string;
}

export interface IpBlockModel {
  kept: string;
  present: boolean;
  cidr: string;
  cidrOrig: string | null;
  except: ListModel<ExceptRow>;
}

export interface PeerModel {
  kept: string;
  opaque: string;
  podSelector: SelectorModel;
  namespaceSelector: SelectorModel;
  ipBlock: IpBlockModel;
}

export type PortType = 'number' | 'name';

export interface PortModel {
  kept: string;
  opaque: string;
  /** Encoded JSON of the protocol ('' when absent: the server defaults it to TCP). */
  protocol: string;
  portType: PortType;
  port: string;
  /** Encoded original port ('' when absent). */
  portOrig: string;
  endPort: string;
  endPortOrig: string;
}

export interface RuleModel {
  kept: string;
  opaque: string;
  /** `from` for ingress rules, `to` for egress rules. */
  peers: ListModel<PeerModel>;
  ports: ListModel<PortModel>;
}

export interface PolicyTypesModel {
  /** Leave policyTypes to the server's default (absent, or `[]` when `orig` is '[]'). */
  useDefault: boolean;
  ingress: boolean;
  egress: boolean;
  /** Encoded original array ('' when absent), reused while it still says the same. */
  orig: string;
}

export interface SpecModel {
  kept: string;
  present: boolean;
  podSelector: SelectorModel;
  ingress: ListModel<RuleModel>;
  egress: ListModel<RuleModel>;
  policyTypes: PolicyTypesModel;
}

export interface PolicyFormModel {
  kept: string;
  apiVersion: string;
  apiVersionOrig: string | null;
  kind: string;
  kindOrig: string | null;
  metadata: MetadataModel;
  spec: SpecModel;
}

export type Direction = 'ingress' | 'egress';
