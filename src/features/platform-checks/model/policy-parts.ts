// Flattens a policy into the parts platform rules look at (ports and peers, with their field paths),
// tolerating any shape: the draft may be half-typed or invalid.
import { effectivePolicyTypes } from '../../../k8s/networking/defaults';
import type { NetworkPolicy, PolicyType } from '../../../k8s/networking/types';
import { isRecord } from '../../../k8s/json';

export interface PortPart {
  readonly direction: PolicyType;
  readonly path: string;
  /** Defaulted as the apiserver does: TCP when absent. */
  readonly protocol: string;
  readonly port: unknown;
  readonly endPort: unknown;
}

export interface IPBlockPart {
  readonly direction: PolicyType;
  readonly path: string;
  readonly cidr: string;
  readonly except: readonly string[];
}

export interface PolicyParts {
  /** policyTypes as the apiserver defaults them. */
  readonly types: readonly PolicyType[];
  readonly ports: readonly PortPart[];
  readonly ipBlocks: readonly IPBlockPart[];
  /** Number of egress rules written in spec.egress. */
  readonly egressRules: number;
}

const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

export function policyParts(policy: NetworkPolicy): PolicyParts {
  const spec = isRecord(policy.spec) ? policy.spec : {};
  const ports: PortPart[] = [];
  const ipBlocks: IPBlockPart[] = [];
  for (const [direction, field, peersField] of [
    ['Ingress', 'ingress', 'from'],
    ['Egress', 'egress', 'to'],
  ] as const) {
    list(spec[field]).forEach((rule, r) => {
      if (!isRecord(rule)) return;
      const base = `spec.${field}[${r}]`;
      list(rule.ports).forEach((p, i) => {
        if (!isRecord(p)) return;
        const protocol = typeof p.protocol === 'string' ? p.protocol : 'TCP';
        ports.push({ direction, path: `${base}.ports[${i}]`, protocol, port: p.port, endPort: p.endPort });
      });
      list(rule[peersField]).forEach((peer, i) => {
        if (!isRecord(peer) || !isRecord(peer.ipBlock)) return;
        const b = peer.ipBlock;
        ipBlocks.push({
          direction,
          path: `${base}.${peersField}[${i}].ipBlock`,
          cidr: typeof b.cidr === 'string' ? b.cidr : '',
          except: list(b.except).filter((e): e is string => typeof e === 'string'),
        });
      });
    });
  }
  return { types: effectivePolicyTypes(spec), ports, ipBlocks, egressRules: list(spec.egress).length };
}

export const isIPv6Cidr = (cidr: string): boolean => cidr.includes(':');
