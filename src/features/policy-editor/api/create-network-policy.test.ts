import { describe, it, expect } from 'vitest';
import { createNetworkPolicyUrl, targetNamespace } from './create-network-policy';

describe('create request', () => {
  it('goes to the draft namespace, "default" when it is empty or absent', () => {
    expect(targetNamespace({ metadata: { namespace: 'prod' } })).toBe('prod');
    expect(targetNamespace({ metadata: { namespace: '' } })).toBe('default');
    expect(targetNamespace({})).toBe('default');
  });

  it('sends a draft without a namespace to the namespace in use, as kubectl uses the context namespace', () => {
    expect(targetNamespace({ metadata: {} }, 'payments')).toBe('payments');
    expect(targetNamespace({ metadata: { namespace: '' } }, 'payments')).toBe('payments');
    expect(targetNamespace({ metadata: { namespace: 'prod' } }, 'payments')).toBe('prod');
    expect(targetNamespace({}, '')).toBe('default');
    expect(createNetworkPolicyUrl({ policy: {}, dryRun: false, pretty: false, defaultNamespace: 'team-a' })).toBe(
      '/apis/networking.k8s.io/v1/namespaces/team-a/networkpolicies?pretty=false',
    );
  });

  it('adds dryRun=All only when asked, and always says pretty=true or false (browsers get pretty by default)', () => {
    const policy = { metadata: { namespace: 'a b' } };
    expect(createNetworkPolicyUrl({ policy, dryRun: false, pretty: false })).toBe(
      '/apis/networking.k8s.io/v1/namespaces/a%20b/networkpolicies?pretty=false',
    );
    expect(createNetworkPolicyUrl({ policy: {}, dryRun: true, pretty: true })).toBe(
      '/apis/networking.k8s.io/v1/namespaces/default/networkpolicies?dryRun=All&pretty=true',
    );
  });
});
