// The tab's saved selection survives a reload only while the server still offers that cluster.
import { describe, expect, it } from 'vitest';
import { DEMO_ONLY, type ClusterList } from '../api/get-clusters';
import { loadSession, saveSession, startSession, type SessionStorageLike } from './session';

function memory(): SessionStorageLike & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
}

const LIST: ClusterList = {
  kind: 'ClusterList',
  current: 'prod',
  items: [
    ...DEMO_ONLY.items.map((c) => ({ ...c, current: false })),
    {
      name: 'prod',
      kind: 'kubeconfig',
      server: 'https://p',
      namespace: 'shop',
      current: true,
      authKind: 'token',
      insecureSkipTLSVerify: false,
    },
  ],
};

describe('session', () => {
  it('round-trips and drops malformed parts', () => {
    const s = memory();
    const opened = { cluster: 'prod', namespace: 'shop', name: 'web', resourceVersion: '4' };
    saveSession(s, { cluster: 'prod', namespace: 'shop', opened });
    expect(loadSession(s)).toEqual({ cluster: 'prod', namespace: 'shop', opened });
    s.setItem('netpol.clusters.session', '{"cluster":3,"opened":{"cluster":"prod"}}');
    expect(loadSession(s)).toEqual({});
    s.setItem('netpol.clusters.session', 'not json');
    expect(loadSession(s)).toEqual({});
    expect(loadSession(undefined)).toEqual({});
  });

  it('starts on the server selection without a saved one', () => {
    expect(startSession(LIST, {})).toEqual({ cluster: 'prod', namespace: 'shop' });
  });

  it('keeps a saved cluster the server still offers, with its namespace and opened policy', () => {
    const opened = { cluster: 'demo', namespace: 'payments', name: 'allow-dns', resourceVersion: '20' };
    expect(startSession(LIST, { cluster: 'demo', namespace: 'payments', opened })).toEqual({
      cluster: 'demo',
      namespace: 'payments',
      opened,
    });
  });

  it('forgets a cluster that is gone', () => {
    const opened = { cluster: 'old', namespace: 'x', name: 'y', resourceVersion: '1' };
    expect(startSession(LIST, { cluster: 'old', namespace: 'x', opened })).toEqual({
      cluster: 'prod',
      namespace: 'shop',
    });
  });
});
