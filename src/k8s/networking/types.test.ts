// The v1 wire types hold every field of the seed's tables plus what the API has beyond them
// (egress/to, ipBlock cidr/except, endPort, SCTP): a fully populated object type-checks (tsc runs
// over tests), validates, and only the fields the API has dropped are unknown to the schema.
import { describe, expect, it } from 'vitest';
import { applyNetworkPolicyDefaults } from './defaults';
import { NETWORKING_API_VERSION, NETWORK_POLICY_KIND, PROTOCOLS, type NetworkPolicy } from './types';
import { unknownFields } from './validation-strict';
import { validateNetworkPolicy } from './validation';

const everyField: NetworkPolicy = {
  apiVersion: NETWORKING_API_VERSION,
  kind: NETWORK_POLICY_KIND,
  metadata: {
    name: 'every-field',
    generateName: 'every-',
    namespace: 'shop',
    selfLink: '/apis/networking.k8s.io/v1/namespaces/shop/networkpolicies/every-field',
    uid: '6f1c3c55-0d4f-4f6c-9a59-1d5c2f0c1a11',
    resourceVersion: '',
    generation: 1,
    creationTimestamp: null,
    labels: { app: 'web' },
    annotations: { 'example.com/owner': 'team-a' },
    ownerReferences: [{ apiVersion: 'apps/v1', kind: 'Deployment', name: 'web', uid: 'u-1', controller: true }],
    deletionTimestamp: '2026-11-24T10:00:00Z',
    deletionGracePeriodSeconds: 30,
    finalizers: ['example.com/cleanup'],
    managedFields: [
      { manager: 'kubectl', operation: 'Update', apiVersion: 'networking.k8s.io/v1', fieldsType: 'FieldsV1' },
    ],
    clusterName: 'ignored',
    initializers: { pending: [] },
  },
  spec: {
    podSelector: {
      matchLabels: { app: 'web' },
      matchExpressions: [{ key: 'tier', operator: 'In', values: ['frontend'] }],
    },
    ingress: [
      {
        from: [
          { podSelector: { matchLabels: { role: 'client' } } },
          { namespaceSelector: {}, podSelector: { matchLabels: { role: 'monitor' } } },
          { ipBlock: { cidr: '10.0.0.0/8', except: ['10.1.0.0/16'] } },
        ],
        ports: [{ protocol: 'TCP', port: 80 }, { port: 'https' }, { protocol: 'UDP', port: 32000, endPort: 32768 }],
      },
    ],
    egress: [{ to: [{ ipBlock: { cidr: '2001:db8::/32' } }], ports: [{ protocol: 'SCTP', port: 7777 }] }],
    policyTypes: ['Ingress', 'Egress'],
  },
};

describe('NetworkPolicy types', () => {
  it('a policy using every field validates (the system fields are not validated on create)', () => {
    expect(validateNetworkPolicy(applyNetworkPolicyDefaults(everyField))).toEqual([]);
  });

  it('only the fields the API has dropped (clusterName, initializers) are unknown to the v1 schema', () => {
    expect(unknownFields(everyField)).toEqual(['metadata.clusterName', 'metadata.initializers']);
  });

  it('the protocols include SCTP', () => {
    expect(PROTOCOLS).toEqual(['TCP', 'UDP', 'SCTP']);
  });
});
