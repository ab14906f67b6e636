// Huawei CCE's three network models: what each data plane enforces of a NetworkPolicy, from the
// vendor's per-model comparison table (SOURCES.cce and the editions noted on each rule).
import { SOURCES, type PlatformId } from './platforms';
import { each, endPortUnsupported, ipv6Unsupported, sctpUnsupported, type Rule } from './rule-builders';

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

/**
 * Tunnel model: egress rules need cluster v1.23+ (SOURCES.cce). The current table lists EulerOS,
 * CentOS and Huawei Cloud EulerOS 2.0 nodes for this model; the older edition (SOURCES.cceTunnelEgress)
 * limits egress to EulerOS 2.9, EulerOS 2.5 and CentOS 7.7 kernels and asks to reset nodes of a
 * cluster upgraded in place to v1.23.
 */
const cceTunnelEgress: Rule = (parts) =>
  parts.types.includes('Egress')
    ? [
        {
          code: 'cce-tunnel-egress-version',
          level: 'note',
          path: 'spec.policyTypes',
          message: `${CCE_TUNNEL} enforces egress only on clusters v1.23 or later, on the node OSes the vendor lists for it (EulerOS, CentOS, Huawei Cloud EulerOS 2.0); nodes of a cluster upgraded in place to v1.23 must be reset first (older edition of the page).`,
          source: `${SOURCES.cce}; ${SOURCES.cceTunnelEgress}`,
        },
      ]
    : [];

/** VPC and Turbo: policies only work with DataPlane V2, chosen when the cluster is created (SOURCES.cceDataPlaneV2). */
const cceDataPlaneV2 =
  (what: string, versions: string, extraSources: readonly string[] = []): Rule =>
  () => [
    {
      code: 'cce-dataplane-v2-required',
      level: 'note',
      path: '',
      message: `${what}: network policies are enforced only when DataPlane V2 was enabled at cluster creation (${versions}).`,
      source: [SOURCES.cce, SOURCES.cceDataPlaneV2, ...extraSources].join('; '),
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

export const CCE_RULES: Record<Extract<PlatformId, `cce-${string}`>, readonly Rule[]> = {
  'cce-tunnel': [
    cceTunnelIngressIpBlock,
    cceTunnelEgress,
    ipv6Unsupported('cce-ipv6', CCE_TUNNEL, SOURCES.cce),
    sctpUnsupported('cce-sctp', CCE_TUNNEL, SOURCES.cce),
    endPortUnsupported('cce-endport', CCE_TUNNEL, SOURCES.cce),
  ],
  'cce-vpc': [
    cceDataPlaneV2(CCE_VPC, 'clusters v1.27.16-r30, v1.28.15-r20, v1.29.13-r0, v1.30.10-r0, v1.31.6-r0 or later'),
    cceIpBlockScope('cce-ipblock-scope', CCE_VPC),
    ipv6Unsupported('cce-ipv6', CCE_VPC, SOURCES.cce),
  ],
  'cce-turbo': [
    // The editions disagree on Turbo's versions (2025-11-05: v1.27.16-r10 …; 2026-06-16: v1.34.3-r10);
    // both are shown. DataPlane V2 on Turbo is opened on request (SOURCES.cceBasics).
    cceDataPlaneV2(
      CCE_TURBO,
      'clusters v1.27.16-r10, v1.28.15-r0, v1.29.10-r0, v1.30.6-r0 or later in the 2025-11-05 edition; v1.34.3-r10 or later in the 2026-06-16 edition; on Turbo, DataPlane V2 is granted through a service ticket',
      [SOURCES.cceLater, SOURCES.cceBasics],
    ),
    cceIpBlockScope('cce-ipblock-scope', CCE_TURBO),
    cceTurboInternalRange,
    sctpUnsupported('cce-sctp', CCE_TURBO, SOURCES.cce),
    endPortUnsupported('cce-endport', CCE_TURBO, SOURCES.cce),
  ],
};
