// Rows of the policy list: selected pods counted by selector matching, rule counts, age.
import { describe, expect, it } from 'vitest';
import type { NetworkPolicy } from '../../../k8s/networking/types';
import { podLabelsOf, policyRow } from './policy-row';
import { saveBlocker, toDraft, withResourceVersion } from './opened-policy';

const now = Date.parse('2026-01-10T12:00:00Z');
const pods = podLabelsOf([
  { metadata: { namespace: 'shop', name: 'web-1', labels: { app: 'web' } } },
  { metadata: { namespace: 'shop', name: 'web-2', labels: { app: 'web', tier: 'front' } } },
  { metadata: { namespace: 'shop', name: 'db', labels: { app: 'db' } } },
  { metadata: { namespace: 'other', name: 'web-3', labels: { app: 'web' } } },
  'not a pod',
]);

const policy = (spec: NetworkPolicy['spec']): NetworkPolicy => ({
  apiVersion: 'networking.k8s.io/v1',
  kind: 'NetworkPolicy',
  metadata: { name: 'p', namespace: 'shop', creationTimestamp: '2026-01-10T11:00:00Z' },
  spec,
});

describe('policyRow', () => {
  it('counts the selected pods in the policy namespace only', () => {
    const row = policyRow(policy({ podSelector: { matchLabels: { app: 'web' } }, ingress: [{}] }), pods, now);
    expect(row).toEqual({
      name: 'p',
      namespace: 'shop',
      selected: '2 pods',
      selector: 'app=web',
      ingress: '1 rule',
      egress: 'not isolated',
      age: '60m',
    });
  });

  it('an empty selector selects every pod of the namespace', () => {
    expect(policyRow(policy({ podSelector: {} }), pods, now).selected).toBe('3 pods');
    expect(policyRow(policy({ podSelector: { matchLabels: { tier: 'front' } } }), pods, now).selected).toBe('1 pod');
  });

  it('shows the selector text when the pods cannot be read', () => {
    const row = policyRow(
      policy({ podSelector: { matchExpressions: [{ key: 'app', operator: 'In', values: ['web', 'api'] }] } }),
      undefined,
      now,
    );
    expect(row.selected).toBe('app in (api,web)');
    expect(policyRow(policy({ podSelector: {} }), undefined, now).selected).toBe('all pods');
  });

  it('counts rules per effective policy type', () => {
    const row = policyRow(policy({ podSelector: {}, policyTypes: ['Ingress', 'Egress'], egress: [{}, {}] }), pods, now);
    expect(row.ingress).toBe('0 (deny all)');
    expect(row.egress).toBe('2 rules');
  });
});

describe('opened policy helpers', () => {
  const server: NetworkPolicy = {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'NetworkPolicy',
    metadata: {
      name: 'p',
      namespace: 'shop',
      labels: { team: 'a' },
      resourceVersion: '42',
      uid: 'u-1',
      creationTimestamp: '2026-01-10T11:00:00Z',
      generation: 3,
    },
    spec: { podSelector: {} },
  };

  it('drops server-set metadata and keeps the rest', () => {
    expect(toDraft(server).metadata).toEqual({ name: 'p', namespace: 'shop', labels: { team: 'a' } });
    expect(toDraft(server).spec).toEqual({ podSelector: {} });
  });

  it('adds the resourceVersion for the PUT', () => {
    expect(withResourceVersion(toDraft(server), '43').metadata?.resourceVersion).toBe('43');
  });

  it('blocks a save over another object', () => {
    const link = { cluster: 'remote', namespace: 'shop', name: 'p', resourceVersion: '42' };
    expect(saveBlocker(toDraft(server), link)).toBeUndefined();
    const renamed = { ...toDraft(server), metadata: { name: 'q', namespace: 'shop' } };
    expect(saveBlocker(renamed, link)).toMatch(/no longer shop\/p/);
  });
});
