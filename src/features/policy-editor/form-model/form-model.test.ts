// Unit tests: how form edits become object fields (absent vs empty, typed ports, policyTypes).
import { describe, expect, it } from 'vitest';
import type { NetworkPolicy } from '../../../k8s/networking/types';
import { fromFormModel, toFormModel } from './policy-model';
import { newPeer, peerKind } from './peer-model';
import { newPort, newRule, portOut } from './rule-model';
import { newExpression, valuesOut } from './selector-model';
import { encode } from './kept';

const base: NetworkPolicy = {
  apiVersion: 'networking.k8s.io/v1',
  kind: 'NetworkPolicy',
  metadata: { name: 'p', namespace: 'default' },
  spec: { podSelector: {} },
};

describe('toFormModel', () => {
  it('tells absent ingress from ingress: [] and from rules', () => {
    expect(toFormModel(base).spec.ingress).toEqual({ items: [], empty: false });
    expect(toFormModel({ ...base, spec: { ingress: [] } }).spec.ingress).toEqual({ items: [], empty: true });
    expect(toFormModel({ ...base, spec: { ingress: [{}] } }).spec.ingress.items).toHaveLength(1);
  });

  it('types ports: number, named (even "80") and absent', () => {
    const m = toFormModel({ spec: { ingress: [{ ports: [{ port: 80 }, { port: '80' }, { protocol: 'UDP' }] }] } });
    const ports = m.spec.ingress.items[0]?.ports.items ?? [];
    expect(ports.map((p) => [p.portType, p.port])).toEqual([
      ['number', '80'],
      ['name', '80'],
      ['number', ''],
    ]);
    expect(ports.map((p) => p.protocol)).toEqual(['', '', '"UDP"']);
  });

  it('keeps the generateName toggle on when generateName is set', () => {
    expect(toFormModel({ metadata: { generateName: 'a-' } }).metadata.useGenerateName).toBe(true);
    expect(toFormModel(base).metadata.useGenerateName).toBe(false);
  });
});

describe('fromFormModel after edits', () => {
  it('a cleared name becomes absent, a typed one is written', () => {
    const m = toFormModel(base);
    m.metadata.name = '';
    expect(fromFormModel(m).metadata).toEqual({ namespace: 'default' });
    m.metadata.name = 'web';
    expect(fromFormModel(m).metadata).toEqual({ name: 'web', namespace: 'default' });
  });

  it('a named port typed "80" stays a string; a number port is a number', () => {
    expect(portOut('name', '80', '')).toBe('80');
    expect(portOut('number', '80', '')).toBe(80);
    expect(portOut('number', '', '')).toBeUndefined();
    expect(portOut('number', '80', encode('80'))).toBe(80);
    expect(portOut('name', '80', encode(80))).toBe('80');
  });

  it('adds rules, peers and ports where the form puts them', () => {
    const m = toFormModel(base);
    const rule = newRule();
    rule.peers.items.push(newPeer());
    rule.ports.items.push({ ...newPort(), port: '443' });
    m.spec.egress.items.push(rule);
    expect(fromFormModel(m).spec?.egress).toEqual([
      { to: [{ podSelector: {} }], ports: [{ protocol: 'TCP', port: 443 }] },
    ]);
  });

  it('removing the last rule returns to the original absent/empty state', () => {
    const absent = toFormModel(base);
    absent.spec.ingress.items.push(newRule());
    absent.spec.ingress.items.pop();
    expect(fromFormModel(absent).spec).toEqual({ podSelector: {} });
    const empty = toFormModel({ ...base, spec: { podSelector: {}, ingress: [] } });
    expect(fromFormModel(empty).spec).toEqual({ podSelector: {}, ingress: [] });
  });

  it('a peer part is written exactly when its kind says so', () => {
    const m = toFormModel({ spec: { ingress: [{ from: [{ podSelector: { matchLabels: { a: 'b' } } }] }] } });
    const peer = m.spec.ingress.items[0]?.peers.items[0];
    if (!peer) throw new Error('no peer');
    peer.namespaceSelector.present = true;
    expect(fromFormModel(m).spec?.ingress?.[0]?.from).toEqual([
      { podSelector: { matchLabels: { a: 'b' } }, namespaceSelector: {} },
    ]);
    peer.podSelector.present = false;
    expect(fromFormModel(m).spec?.ingress?.[0]?.from).toEqual([{ namespaceSelector: {} }]);
  });

  it('match expression values: comma text, absent when cleared, original list while unchanged', () => {
    expect(valuesOut('a, b,,c ', '')).toEqual(['a', 'b', 'c']);
    expect(valuesOut('', encode(['x']))).toBeUndefined();
    expect(valuesOut('', encode([]))).toEqual([]);
    expect(valuesOut('a,  b', encode(['a', ' b']))).toEqual(['a', ' b']);
    expect(valuesOut('a, b', encode(['a', ' b']))).toEqual(['a', 'b']);
    const e = { ...newExpression(), key: 'tier', values: 'web, api' };
    const m = toFormModel({ spec: { podSelector: {} } });
    m.spec.podSelector.matchExpressions.items.push(e);
    expect(fromFormModel(m).spec?.podSelector).toEqual({
      matchExpressions: [{ key: 'tier', operator: 'In', values: ['web', 'api'] }],
    });
  });

  it('policyTypes: default, explicit, original order kept while it says the same', () => {
    const m = toFormModel({ spec: { policyTypes: ['Egress', 'Ingress'] } });
    expect(fromFormModel(m).spec?.policyTypes).toEqual(['Egress', 'Ingress']);
    m.spec.policyTypes.egress = false;
    expect(fromFormModel(m).spec?.policyTypes).toEqual(['Ingress']);
    m.spec.policyTypes.useDefault = true;
    expect(fromFormModel(m).spec).toEqual({});
  });

  it('a form value replaces a wrong-shaped original only once the form sets it', () => {
    const m = toFormModel({ metadata: { labels: 'oops' as unknown as Record<string, string> } });
    expect(fromFormModel(m).metadata).toEqual({ labels: 'oops' });
    m.metadata.labels.rows.push({ key: 'a', value: 'b' });
    expect(fromFormModel(m).metadata).toEqual({ labels: { a: 'b' } });
  });

  it('classifies peers: AND (both selectors) vs single kinds', () => {
    expect(peerKind(true, true, false)).toBe('both');
    expect(peerKind(true, false, false)).toBe('pods');
    expect(peerKind(false, false, true)).toBe('ipBlock');
    expect(peerKind(true, false, true)).toBe('other');
    expect(peerKind(false, false, false)).toBe('other');
  });
});
