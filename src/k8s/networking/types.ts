// networking.k8s.io/v1 NetworkPolicy in its wire shape (k8s.io/api networking/v1 types.go).
import type { LabelSelector, ObjectMeta } from '../meta';

export const NETWORKING_GROUP = 'networking.k8s.io';
export const NETWORKING_VERSION = 'v1';
export const NETWORKING_API_VERSION = 'networking.k8s.io/v1';
export const NETWORK_POLICY_KIND = 'NetworkPolicy';
export const NETWORK_POLICY_RESOURCE = 'networkpolicies';

export type Protocol = 'TCP' | 'UDP' | 'SCTP';
export const PROTOCOLS: readonly Protocol[] = ['TCP', 'UDP', 'SCTP'];

export type PolicyType = 'Ingress' | 'Egress';
export const POLICY_TYPES: readonly PolicyType[] = ['Ingress', 'Egress'];

/** IntOrString: a JSON number is a port number, a JSON string (even "80") is a named port. */
export type IntOrString = number | string;

export interface NetworkPolicyPort {
  /** Typed as string so that invalid protocols can be represented and reported. */
  protocol?: Protocol | (string & {});
  port?: IntOrString;
  endPort?: number;
}

export interface IPBlock {
  cidr: string;
  except?: string[];
}

export interface NetworkPolicyPeer {
  podSelector?: LabelSelector;
  namespaceSelector?: LabelSelector;
  ipBlock?: IPBlock;
}

export interface NetworkPolicyIngressRule {
  ports?: NetworkPolicyPort[];
  from?: NetworkPolicyPeer[];
}

export interface NetworkPolicyEgressRule {
  ports?: NetworkPolicyPort[];
  to?: NetworkPolicyPeer[];
}

export interface NetworkPolicySpec {
  podSelector?: LabelSelector;
  ingress?: NetworkPolicyIngressRule[];
  egress?: NetworkPolicyEgressRule[];
  policyTypes?: (PolicyType | (string & {}))[];
}

export interface NetworkPolicy {
  apiVersion?: string;
  kind?: string;
  metadata?: ObjectMeta;
  spec?: NetworkPolicySpec;
  /** Unknown fields are kept (the editor never loses what it does not show). */
  [unknown: string]: unknown;
}

export interface NetworkPolicyList {
  apiVersion: string;
  kind: 'NetworkPolicyList';
  metadata: { resourceVersion?: string; continue?: string };
  items: NetworkPolicy[];
}
