// Ingress/egress rules and NetworkPolicyPort <-> their form models.
import { fromList, toList } from './collections';
import { assemble, decode, encode, isRecord, keep, type JsonRecord } from './kept';
import { fromPeer, toPeer } from './peer-model';
import type { Direction, PortModel, PortType, RuleModel } from './types';

export const PORT_KEYS = ['protocol', 'port', 'endPort'] as const;

export function peersKey(dir: Direction): 'from' | 'to' {
  return dir === 'ingress' ? 'from' : 'to';
}

export function ruleKeys(dir: Direction): readonly string[] {
  return [peersKey(dir), 'ports'];
}

export function newPort(): PortModel {
  return {
    kept: '',
    opaque: '',
    protocol: encode('TCP'),
    portType: 'number',
    port: '',
    portOrig: '',
    endPort: '',
    endPortOrig: '',
  };
}

export function toPort(v: unknown): PortModel {
  if (!isRecord(v)) return { ...newPort(), protocol: '', opaque: encode(v) };
  const protocol = typeof v.protocol === 'string' ? v.protocol : undefined;
  const port = typeof v.port === 'number' || typeof v.port === 'string' ? v.port : undefined;
  const endPort = typeof v.endPort === 'number' ? v.endPort : undefined;
  const edited: Record<string, boolean> = {
    protocol: protocol !== undefined,
    port: port !== undefined,
    endPort: endPort !== undefined,
  };
  return {
    kept: keep(v, PORT_KEYS, (k) => edited[k] === true),
    opaque: '',
    protocol: protocol === undefined ? '' : encode(protocol),
    portType: typeof port === 'string' ? 'name' : 'number',
    port: port === undefined ? '' : String(port),
    portOrig: port === undefined ? '' : encode(port),
    endPort: endPort === undefined ? '' : String(endPort),
    endPortOrig: endPort === undefined ? '' : encode(endPort),
  };
}

/**
 * The original value while its text and type are unchanged; otherwise a named port is the text
 * as typed (so "80" stays a string) and a number port is the number (empty text: absent).
 */
export function portOut(type: PortType, text: string, orig: string): number | string | undefined {
  if (orig !== '') {
    const o = decode(orig) as number | string;
    if (text === String(o) && type === (typeof o === 'string' ? 'name' : 'number')) return o;
  }
  if (type === 'name') return text === '' ? undefined : text;
  return numberOut(text);
}

export function numberOut(text: string): number | string | undefined {
  if (text.trim() === '') return undefined;
  const n = Number(text);
  return Number.isFinite(n) ? n : text;
}

export function fromPort(m: PortModel): unknown {
  if (m.opaque !== '') return decode(m.opaque);
  const endOrig = m.endPortOrig === '' ? undefined : (decode(m.endPortOrig) as number);
  return assemble(m.kept, PORT_KEYS, {
    protocol: m.protocol === '' ? undefined : decode(m.protocol),
    port: portOut(m.portType, m.port, m.portOrig),
    endPort: endOrig !== undefined && m.endPort === String(endOrig) ? endOrig : numberOut(m.endPort),
  });
}

export function newRule(): RuleModel {
  return { kept: '', opaque: '', peers: { items: [], empty: false }, ports: { items: [], empty: false } };
}

export function toRule(v: unknown, dir: Direction): RuleModel {
  if (!isRecord(v)) return { ...newRule(), opaque: encode(v) };
  const key = peersKey(dir);
  const peers = Array.isArray(v[key]) ? (v[key] as unknown[]) : undefined;
  const ports = Array.isArray(v.ports) ? v.ports : undefined;
  return {
    kept: keep(v, ruleKeys(dir), (k) => (k === 'ports' ? ports !== undefined : peers !== undefined)),
    opaque: '',
    peers: toList(peers, toPeer),
    ports: toList(ports, toPort),
  };
}

export function fromRule(m: RuleModel, dir: Direction): unknown {
  if (m.opaque !== '') return decode(m.opaque);
  const fields: JsonRecord = { ports: fromList(m.ports, fromPort) };
  fields[peersKey(dir)] = fromList(m.peers, fromPeer);
  return assemble(m.kept, ruleKeys(dir), fields);
}
