// Shared pieces of the platform rules: the warning type and rule builders for things several data
// planes lack (endPort, SCTP, IPv6 ipBlocks).
import { isIPv6Cidr, type PolicyParts } from './policy-parts';

export interface PlatformWarning {
  /** Stable identifier of the rule, for tests and for filtering. */
  readonly code: string;
  /** 'warning': this policy uses something the platform ignores or rejects; 'note': a prerequisite. */
  readonly level: 'warning' | 'note';
  /** The field the warning is about ("spec.ingress[0].ports[1].endPort"); "" for the whole policy. */
  readonly path: string;
  readonly message: string;
  readonly source: string;
}

export type Rule = (parts: PolicyParts) => PlatformWarning[];

export const each = <T>(items: readonly T[], f: (x: T) => PlatformWarning | undefined): PlatformWarning[] =>
  items.map(f).filter((w): w is PlatformWarning => w !== undefined);

// --- shared rule builders ---------------------------------------------------------------------

export const endPortUnsupported =
  (code: string, what: string, source: string): Rule =>
  (parts) =>
    each(parts.ports, (p) =>
      p.endPort === undefined || p.endPort === null
        ? undefined
        : {
            code,
            level: 'warning',
            path: `${p.path}.endPort`,
            message: `${what} does not support endPort: the range ${String(p.port)}–${String(p.endPort)} is not enforced as a range.`,
            source,
          },
    );

export const sctpUnsupported =
  (code: string, what: string, source: string): Rule =>
  (parts) =>
    each(parts.ports, (p) =>
      p.protocol !== 'SCTP'
        ? undefined
        : {
            code,
            level: 'warning',
            path: `${p.path}.protocol`,
            message: `${what} does not support SCTP in network policies.`,
            source,
          },
    );

export const ipv6Unsupported =
  (code: string, what: string, source: string): Rule =>
  (parts) =>
    each(parts.ipBlocks, (b) =>
      !isIPv6Cidr(b.cidr) && !b.except.some(isIPv6Cidr)
        ? undefined
        : {
            code,
            level: 'warning',
            path: b.path,
            message: `${what} does not support IPv6 network policies: this IPv6 ipBlock is not enforced.`,
            source,
          },
    );
