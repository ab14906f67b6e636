// The target platforms the checks know, and the documents each rule is taken from (with the date or
// version the document applies to), so that every warning can say where it comes from.
export type PlatformId =
  | 'none'
  | 'cce-tunnel'
  | 'cce-vpc'
  | 'cce-turbo'
  | 'cilium-before-1.16'
  | 'cilium-current'
  | 'ovn-kubernetes'
  | 'openshift-sdn';

export interface Platform {
  readonly id: PlatformId;
  readonly label: string;
}

export const PLATFORMS: readonly Platform[] = [
  { id: 'none', label: 'None (upstream Kubernetes only)' },
  { id: 'cce-tunnel', label: 'Huawei CCE: container tunnel network' },
  { id: 'cce-vpc', label: 'Huawei CCE: VPC network (DataPlane V2)' },
  { id: 'cce-turbo', label: 'Huawei CCE Turbo: Cloud Native Network 2.0 (DataPlane V2)' },
  { id: 'cilium-before-1.16', label: 'Cilium before 1.16' },
  { id: 'cilium-current', label: 'Cilium 1.16 or later' },
  { id: 'ovn-kubernetes', label: 'OVN-Kubernetes' },
  { id: 'openshift-sdn', label: 'OpenShift SDN' },
];

export const isPlatformId = (v: unknown): v is PlatformId => PLATFORMS.some((p) => p.id === v);

/** Where the rules come from. Each rule in platform-rules.ts names one of these. */
export const SOURCES = {
  // The per-network-model comparison table ("网络策略支持的集群对比"), page updated 2025-11-05.
  // The English basics page (kubernetes_0027, updated 2025-08-22) carries the same table.
  // The page's Chinese title is "配置网络策略(NetworkPolicy)限制Pod访问的对象"; shown in English since not
  // every system has CJK fonts.
  cce: 'Huawei Cloud CCE User Guide, "Configuring Network Policies to Restrict Pod Access" (cce_10_0059, Chinese edition), updated 2025-11-05: https://support.huaweicloud.com/intl/zh-cn/usermanual-cce/cce_10_0059.html',
  // A later English edition (th-th site, updated 2026-06-16) lists Turbo ingress rules from
  // "v1.34.3-r10 or later" instead of the version list above; both are shown to the user.
  cceLater:
    'Huawei Cloud CCE User Guide, "Configuring Network Policies to Restrict Pod Access" (cce_10_0059, English edition), updated 2026-06-16: https://support.huaweicloud.com/intl/th-th/usermanual-cce/cce_10_0059.html',
  // Same table; adds "CCE Turbo clusters' DataPlane V2 is opened on a restricted basis: submit a
  // service ticket before use" (CCE Turbo集群使用DataPlane V2特性由CCE受限开放,使用前请提交工单).
  cceBasics:
    'Huawei Cloud CCE Kubernetes basics, "网络策略(NetworkPolicy)" (kubernetes_0027, Chinese edition), updated 2025-12-11: https://support.huaweicloud.com/basics-cce/kubernetes_0027.html',
  // DataPlane V2 prerequisites and the cluster versions that have it, updated 2025-08-19.
  cceDataPlaneV2:
    'Huawei Cloud CCE User Guide, "DataPlane V2 Network Acceleration" (cce_10_0945), updated 2025-08-19: https://support.huaweicloud.com/intl/en-us/usermanual-cce/cce_10_0945.html',
  // Egress on the tunnel model: "Egress rules are supported only in the following operating systems:
  // EulerOS 2.9 …, CentOS 7.7 …, EulerOS 2.5 …" and "If a cluster is upgraded to v1.23 in in-place
  // mode, you cannot use egress rules because the node OS is not upgraded. In this case, reset the
  // node." The eu-west-0 edition of the same page, 2025-02-28 (same text in the T-Systems OTC docs).
  cceTunnelEgress:
    'Huawei Cloud CCE User Guide (eu-west-0), "Configuring Network Policies to Restrict Pod Access", updated 2025-02-28: https://support.huaweicloud.com/intl/en-us/eu-west-0-usermanual-cce/cce_10_0059.html',
  // Reported 2023-10-18 against 1.15-dev ("I'm sure it applies to all versions"): endPort ignored,
  // only `port` enforced. PR #28704 (merged 2023-10, in 1.15) then made Cilium "not process or
  // enforce network policies with port ranges or Kubernetes network policies that use EndPort";
  // a reviewer noted this leaves endpoints open if it is the only policy. Port ranges "will be
  // delayed to 1.16" (issue #16622, 2023-12-14) and are listed as a major change of v1.16.0-rc.1
  // ("policy: Add support for port ranges in network policies", PR #32807; release PR #33463, 2024-06-28).
  ciliumEndPort:
    'cilium/cilium issue #28684 "Cilium silently accepts k8s networkpolicy with endPort without implementing it" (2023-10-18); PR #28704 "k8s: Invalidate Policies that Support EndPort" (release note: "Cilium will not process or enforce network policies with port ranges or Kubernetes network policies that use EndPort"); port ranges added in v1.16.0 (release notes of v1.16.0-rc.1, cilium/cilium PR #33463, 2024-06-28: "Add support for port ranges in network policies", PR #32807)',
  ciliumSctp: 'Cilium documentation, "SCTP support (beta)": https://docs.cilium.io/en/stable/configuration/sctp/',
  ciliumNamedPort:
    'cilium/cilium issue #30003 "NetworkPolicy with named port is not working when there are more than one port with the same name" (user reports up to 2025-02)',
  ovnNamedPort:
    'ovn-kubernetes/ovn-kubernetes issue #2117 "network policy allowing named port also allows traffic on different port with same protocol" (closed as stale, no fix recorded)',
  // The same two limitations are listed in the 4.5, 4.6, 4.7, 4.8 and 4.9 editions of this page.
  openshiftSdn:
    'OpenShift Container Platform 4.9 documentation, Networking, "About network policy" (same text in 4.5–4.9): https://access.redhat.com/documentation/en-us/openshift_container_platform/4.9/html/networking/network-policy',
} as const;
