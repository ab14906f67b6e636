// platformWarnings(policy, platform): where the API accepts what a data plane ignores or rejects.
// Every rule names its source (see SOURCES in ./platforms); a rule that rests on a user report and
// not on the vendor's documentation says so in its message.
import type { NetworkPolicy } from '../../../k8s/networking/types';
import { SOURCES, type PlatformId } from './platforms';
import { policyParts } from './policy-parts';
import {
  each,
  endPortUnsupported,
  ipv6Unsupported,
  sctpUnsupported,
  type PlatformWarning,
  type Rule,
} from './rule-builders';

export type { PlatformWarning } from './rule-builders';

// --- Huawei CCE (source: SOURCES.cce, table dated 2025-11-05, unless noted) -------------------

const CCE_TUNNEL = 'The CCE container tunnel network (OVS data plane)';
const CCE_VPC = 'The CCE VPC network (DataPlane V2)';
const CCE_TURBO = 'CCE Turbo Cloud Native Network 2.0 (DataPlane V2)';

/** Tunnel model: ingress peers may only be namespaceSelector / podSelector (no ipBlock). */
const cceTunnelIngressIpBlock: Rule = (parts) =>
  each(parts.ipBlocks, (b) =>
    b.direction !== 'Ingress'
      ? undefined
      : {
          code: 'cce-tunnel-ingress-ipblock',
          level: 'warning',
          path: b.path,
          message: `${CCE_TUNNEL} supports only namespaceSelector and podSelector as ingress sources, not ipBlock.`,
          source: SOURCES.cce,
        },
  );

/** Tunnel model: egress rules need cluster v1.23+ and a supported node OS (SOURCES.cceTunnelEgress). */
const cceTunnelEgress: Rule = (parts) =>
  parts.types.includes('Egress')
    ? [
        {
          code: 'cce-tunnel-egress-version',
          level: 'note',
          path: 'spec.policyTypes',
          message: `${CCE_TUNNEL} enforces egress only on clusters v1.23 or later with supported node OSes (EulerOS, CentOS); nodes upgraded in place must be reset first.`,
          source: `${SOURCES.cce}; ${SOURCES.cceTunnelEgress}`,
        },
      ]
    : [];

/** VPC and Turbo: policies only work with DataPlane V2, chosen when the cluster is created (SOURCES.cceDataPlaneV2). */
const cceDataPlaneV2 =
  (what: string, versions: string): Rule =>
  () => [
    {
      code: 'cce-dataplane-v2-required',
      level: 'note',
      path: '',
      message: `${what}: network policies are enforced only when DataPlane V2 was enabled at cluster creation (${versions} or later).`,
      source: `${SOURCES.cce}; ${SOURCES.cceDataPlaneV2}`,
    },
  ];

/** VPC and Turbo: ipBlock may not name the container CIDR, the service CIDR or node IPs. */
const cceIpBlockScope =
  (code: string, what: string): Rule =>
  (parts) =>
    each(parts.ipBlocks, (b) => ({
      code,
      level: 'note',
      path: b.path,
      message: `${what}: ipBlock must not cover the cluster's container CIDR, service CIDR or node IPs; check that ${b.cidr || 'this CIDR'} does not.`,
      source: SOURCES.cce,
    }));

/** Turbo: traffic with the 100.125.0.0/16 internal cloud-service range cannot be restricted. */
const cceTurboInternalRange: Rule = (parts) =>
  parts.types.length === 0
    ? []
    : [
        {
          code: 'cce-turbo-100-125',
          level: 'note',
          path: '',
          message: `${CCE_TURBO} cannot restrict traffic with 100.125.0.0/16 (Huawei Cloud internal services): this policy does not limit it.`,
          source: SOURCES.cce,
        },
      ];

// --- Cilium -------------------------------------------------------------------------------------

/** Before port-range support (1.16), Cilium accepted endPort and enforced only `port` (SOURCES.ciliumEndPort). */
const ciliumOldEndPort: Rule = (parts) =>
  each(parts.ports, (p) =>
    p.endPort === undefined || p.endPort === null
      ? undefined
      : {
          code: 'cilium-endport-ignored',
          level: 'warning',
          path: `${p.path}.endPort`,
          message: `Cilium before 1.16 ignores endPort: only port ${String(p.port)} is allowed, not ${String(p.port)}–${String(p.endPort)}.`,
          source: SOURCES.ciliumEndPort,
        },
  );

/** SCTP is beta in Cilium and off unless enabled (SOURCES.ciliumSctp). */
const ciliumSctp: Rule = (parts) =>
  each(parts.ports, (p) =>
    p.protocol !== 'SCTP'
      ? undefined
      : {
          code: 'cilium-sctp-beta',
          level: 'note',
          path: `${p.path}.protocol`,
          message: 'Cilium supports SCTP only as a beta feature that must be turned on (Helm sctp.enabled=true).',
          source: SOURCES.ciliumSctp,
        },
  );

/** A user report, not documentation: kept as "reported; not confirmed" (SOURCES.ciliumNamedPort). */
const ciliumNamedPort: Rule = (parts) =>
  each(parts.ports, (p) =>
    typeof p.port !== 'string'
      ? undefined
      : {
          code: 'cilium-named-port-reported',
          level: 'note',
          path: `${p.path}.port`,
          message: `Reported by Cilium users (issue #30003): named port "${p.port}" may not work when pods give that name to different port numbers; not confirmed.`,
          source: SOURCES.ciliumNamedPort,
        },
  );

// --- OVN-Kubernetes -----------------------------------------------------------------------------

/** A user report, closed as stale without a recorded fix (SOURCES.ovnNamedPort). */
const ovnNamedPort: Rule = (parts) =>
  each(parts.ports, (p) =>
    typeof p.port !== 'string'
      ? undefined
      : {
          code: 'ovn-named-port-reported',
          level: 'warning',
          path: `${p.path}.port`,
          message: `Reported for OVN-Kubernetes (issue #2117): a rule with named port "${p.port}" also allowed other ports of the same protocol; closed as stale, not confirmed fixed. Prefer a port number.`,
          source: SOURCES.ovnNamedPort,
        },
  );

// --- OpenShift SDN (SOURCES.openshiftSdn: OCP 4.5–4.9) -----------------------------------------

const sdnEgress: Rule = (parts) =>
  parts.types.includes('Egress') || parts.egressRules > 0
    ? [
        {
          code: 'openshift-sdn-egress',
          level: 'warning',
          path: parts.egressRules > 0 ? 'spec.egress' : 'spec.policyTypes',
          message:
            'OpenShift SDN does not support network policy egress: outgoing traffic of the selected pods is not restricted by this policy (use an EgressNetworkPolicy instead).',
          source: SOURCES.openshiftSdn,
        },
      ]
    : [];

const sdnExcept: Rule = (parts) =>
  each(parts.ipBlocks, (b) =>
    b.except.length === 0
      ? undefined
      : {
          code: 'openshift-sdn-except',
          level: 'warning',
          path: `${b.path}.except`,
          message: `OpenShift SDN does not support except: it ignores this whole ipBlock (${b.cidr}), so the peer allows nothing.`,
          source: SOURCES.openshiftSdn,
        },
  );

// --- the table ----------------------------------------------------------------------------------

const RULES: Record<PlatformId, readonly Rule[]> = {
  none: [],
  'cce-tunnel': [
    cceTunnelIngressIpBlock,
    cceTunnelEgress,
    ipv6Unsupported('cce-ipv6', CCE_TUNNEL, SOURCES.cce),
    sctpUnsupported('cce-sctp', CCE_TUNNEL, SOURCES.cce),
    endPortUnsupported('cce-endport', CCE_TUNNEL, SOURCES.cce),
  ],
  'cce-vpc': [
    cceDataPlaneV2(CCE_VPC, 'v1.27.16-r30, v1.28.15-r20, v1.29.13-r0, v1.30.10-r0, v1.31.6-r0'),
    cceIpBlockScope('cce-ipblock-scope', CCE_VPC),
    ipv6Unsupported('cce-ipv6', CCE_VPC, SOURCES.cce),
  ],
  'cce-turbo': [
    cceDataPlaneV2(CCE_TURBO, 'v1.27.16-r10, v1.28.15-r0, v1.29.10-r0, v1.30.6-r0'),
    cceIpBlockScope('cce-ipblock-scope', CCE_TURBO),
    cceTurboInternalRange,
    sctpUnsupported('cce-sctp', CCE_TURBO, SOURCES.cce),
    endPortUnsupported('cce-endport', CCE_TURBO, SOURCES.cce),
  ],
  'cilium-before-1.16': [ciliumOldEndPort, ciliumSctp, ciliumNamedPort],
  'cilium-current': [ciliumSctp, ciliumNamedPort],
  'ovn-kubernetes': [ovnNamedPort],
  'openshift-sdn': [sdnEgress, sdnExcept],
};

export function platformWarnings(policy: NetworkPolicy, platform: PlatformId): PlatformWarning[] {
  const rules = RULES[platform];
  if (rules.length === 0) return [];
  const parts = policyParts(policy);
  return rules.flatMap((r) => r(parts));
}
