// NetworkPolicyPeer and IPBlock <-> their form models.
import { fromList, toList } from './collections';
import { assemble, decode, encode, isRecord, isStringArray, keep, textOut, type JsonRecord } from './kept';
import { emptySelector, fromSelector, toSelector } from './selector-model';
import type { IpBlockModel, PeerModel } from './types';

export const PEER_KEYS = ['podSelector', 'namespaceSelector', 'ipBlock'] as const;
export const IP_BLOCK_KEYS = ['cidr', 'except'] as const;

export function emptyIpBlock(): IpBlockModel {
  return { kept: '', present: false, cidr: '', cidrOrig: null, except: { items: [], empty: false } };
}

export function toIpBlock(v: JsonRecord): IpBlockModel {
  const cidr = typeof v.cidr === 'string' ? v.cidr : null;
  const except = isStringArray(v.except) ? v.except : undefined;
  return {
    kept: keep(v, IP_BLOCK_KEYS, (k) => (k === 'cidr' ? cidr !== null : except !== undefined)),
    present: true,
    cidr: cidr ?? '',
    cidrOrig: cidr,
    except: toList(except, (x) => ({ value: x as string })),
  };
}

export function fromIpBlock(m: IpBlockModel): JsonRecord {
  return assemble(m.kept, IP_BLOCK_KEYS, {
    cidr: textOut(m.cidr, m.cidrOrig),
    except: fromList(m.except, (r) => r.value),
  });
}

/** A new peer selects pods (an empty podSelector: all pods in the policy's namespace). */
export function newPeer(): PeerModel {
  return {
    kept: '',
    opaque: '',
    podSelector: { ...emptySelector(), present: true },
    namespaceSelector: emptySelector(),
    ipBlock: emptyIpBlock(),
  };
}

export function toPeer(v: unknown): PeerModel {
  if (!isRecord(v)) return { ...newPeer(), podSelector: emptySelector(), opaque: encode(v) };
  const pod = isRecord(v.podSelector) ? v.podSelector : undefined;
  const ns = isRecord(v.namespaceSelector) ? v.namespaceSelector : undefined;
  const ip = isRecord(v.ipBlock) ? v.ipBlock : undefined;
  const edited: Record<string, boolean> = { podSelector: !!pod, namespaceSelector: !!ns, ipBlock: !!ip };
  return {
    kept: keep(v, PEER_KEYS, (k) => edited[k] === true),
    opaque: '',
    podSelector: pod ? toSelector(pod) : emptySelector(),
    namespaceSelector: ns ? toSelector(ns) : emptySelector(),
    ipBlock: ip ? toIpBlock(ip) : emptyIpBlock(),
  };
}

/** In a peer, `present` alone decides whether a part is written: the peer-kind choice sets it. */
export function fromPeer(m: PeerModel): unknown {
  if (m.opaque !== '') return decode(m.opaque);
  return assemble(m.kept, PEER_KEYS, {
    podSelector: m.podSelector.present ? fromSelector(m.podSelector) : undefined,
    namespaceSelector: m.namespaceSelector.present ? fromSelector(m.namespaceSelector) : undefined,
    ipBlock: m.ipBlock.present ? fromIpBlock(m.ipBlock) : undefined,
  });
}

export type PeerKind = 'pods' | 'namespaces' | 'both' | 'ipBlock' | 'other';

/** The peer kind the form shows for a combination of present parts ("other" is not valid). */
export function peerKind(pod: boolean, ns: boolean, ip: boolean): PeerKind {
  if (ip) return pod || ns ? 'other' : 'ipBlock';
  if (pod && ns) return 'both';
  if (pod) return 'pods';
  if (ns) return 'namespaces';
  return 'other';
}

export function peerKindParts(kind: Exclude<PeerKind, 'other'>): { pod: boolean; ns: boolean; ip: boolean } {
  return {
    pod: kind === 'pods' || kind === 'both',
    ns: kind === 'namespaces' || kind === 'both',
    ip: kind === 'ipBlock',
  };
}
