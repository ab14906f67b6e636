// platformWarnings(policy, platform): where the API accepts what a data plane ignores or rejects.
// Every rule names its source (see SOURCES in ./platforms); a rule that rests on a user report and
// not on the vendor's documentation says so in its message.
import type { NetworkPolicy } from '../../../k8s/networking/types';
import { SOURCES, type PlatformId } from './platforms';
import { policyParts } from './policy-parts';
import { CCE_RULES } from './cce-rules';
import { each, type PlatformWarning, type Rule } from './rule-builders';

export type { PlatformWarning } from './rule-builders';

// --- Cilium -------------------------------------------------------------------------------------

/**
 * Before port-range support (1.16) Cilium did not enforce endPort (SOURCES.ciliumEndPort). Releases
 * before PR #28704 enforce only `port`; releases with it (1.15) do not process the policy at all, so
 * it isolates nothing. Which stable releases got #28704 backported is not confirmed, so the
 * message gives both outcomes.
 */
const ciliumOldEndPort: Rule = (parts) =>
  each(parts.ports, (p) =>
    p.endPort === undefined || p.endPort === null
      ? undefined
      : {
          code: 'cilium-endport-ignored',
          level: 'warning',
          path: `${p.path}.endPort`,
          message: `Cilium before 1.16 does not enforce endPort: without PR #28704 (1.14 and older unless it was backported; not confirmed) only port ${String(p.port)} is allowed, not ${String(p.port)}–${String(p.endPort)}; with it (1.15) the whole policy is not enforced, so it restricts nothing.`,
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

/**
 * The documentation says "network policy egress as specified by the egress field is not supported".
 * For an Egress type without rules (a default deny) it says nothing explicit; the message says so.
 */
const sdnEgress: Rule = (parts) =>
  parts.egressRules > 0
    ? [
        {
          code: 'openshift-sdn-egress',
          level: 'warning',
          path: 'spec.egress',
          message:
            'OpenShift SDN does not support network policy egress: outgoing traffic of the selected pods is not restricted by these egress rules (use an EgressNetworkPolicy instead).',
          source: SOURCES.openshiftSdn,
        },
      ]
    : parts.types.includes('Egress')
      ? [
          {
            code: 'openshift-sdn-egress',
            level: 'warning',
            path: 'spec.policyTypes',
            message:
              'OpenShift SDN does not support network policy egress, so this Egress isolation (deny) is not expected to be enforced; the documentation names only the egress field, not this case (use an EgressNetworkPolicy instead).',
            source: SOURCES.openshiftSdn,
          },
        ]
      : [];

/** "the SDN pods log warnings and the entire IPBlock section of that policy is ignored" (SOURCES.openshiftSdn). */
const sdnExcept: Rule = (parts) =>
  each(parts.ipBlocks, (b) =>
    b.except.length === 0
      ? undefined
      : {
          code: 'openshift-sdn-except',
          level: 'warning',
          path: `${b.path}.except`,
          message: `OpenShift SDN does not support except: it logs a warning and ignores this whole ipBlock (${b.cidr}), not only the excepted ranges; what the rule then allows is not documented.`,
          source: SOURCES.openshiftSdn,
        },
  );

// --- the table ----------------------------------------------------------------------------------

const RULES: Record<PlatformId, readonly Rule[]> = {
  none: [],
  ...CCE_RULES,
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
