// Platform checks: each rule fires on the field it is about, stays quiet otherwise, and names its source.
import { describe, expect, it } from 'vitest';
import type { NetworkPolicy } from '../../../k8s/networking/types';
import { platformWarnings } from './platform-rules';
import { isPlatformId, PLATFORMS, type PlatformId } from './platforms';

const base = (spec: NetworkPolicy['spec']): NetworkPolicy => ({
  apiVersion: 'networking.k8s.io/v1',
  kind: 'NetworkPolicy',
  metadata: { name: 'p', namespace: 'shop' },
  spec,
});

const plain = base({ podSelector: {}, ingress: [{ from: [{ podSelector: {} }], ports: [{ port: 80 }] }] });
const endPort = base({ podSelector: {}, ingress: [{ ports: [{ protocol: 'TCP', port: 32000, endPort: 32768 }] }] });
const sctp = base({ podSelector: {}, ingress: [{ ports: [{ protocol: 'SCTP', port: 9 }] }] });
const named = base({ podSelector: {}, ingress: [{ ports: [{ port: 'http' }] }] });
const ingressIpBlock = base({ podSelector: {}, ingress: [{ from: [{ ipBlock: { cidr: '10.0.0.0/8' } }] }] });
const ipv6 = base({
  podSelector: {},
  policyTypes: ['Egress'],
  egress: [{ to: [{ ipBlock: { cidr: 'fd00::/64' } }] }],
});
const except = base({
  podSelector: {},
  policyTypes: ['Egress'],
  egress: [{ to: [{ ipBlock: { cidr: '203.0.113.0/24', except: ['203.0.113.128/25'] } }] }],
});
const egressDeny = base({ podSelector: {}, policyTypes: ['Egress'] });

const codes = (p: NetworkPolicy, platform: PlatformId) => platformWarnings(p, platform).map((w) => w.code);
const paths = (p: NetworkPolicy, platform: PlatformId) => platformWarnings(p, platform).map((w) => w.path);

describe('platformWarnings', () => {
  it('says nothing without a platform', () => {
    for (const p of [plain, endPort, sctp, named, ingressIpBlock, ipv6, except, egressDeny])
      expect(platformWarnings(p, 'none')).toEqual([]);
  });

  it('lists every platform, with a label', () => {
    expect(PLATFORMS.map((p) => p.id)).toEqual([
      'none',
      'cce-tunnel',
      'cce-vpc',
      'cce-turbo',
      'cilium-before-1.16',
      'cilium-current',
      'ovn-kubernetes',
      'openshift-sdn',
    ]);
    expect(isPlatformId('cce-vpc')).toBe(true);
    expect(isPlatformId('calico')).toBe(false);
  });

  it('gives every warning a source and a field path inside the policy', () => {
    const all = [plain, endPort, sctp, named, ingressIpBlock, ipv6, except, egressDeny];
    for (const { id } of PLATFORMS) {
      for (const p of all) {
        for (const w of platformWarnings(p, id)) {
          expect(w.source.length).toBeGreaterThan(20);
          expect(w.path === '' || w.path.startsWith('spec.')).toBe(true);
          expect(w.message).toMatch(/\.$/);
        }
      }
    }
  });

  describe('Huawei CCE container tunnel', () => {
    it('flags endPort, SCTP, IPv6 and ingress ipBlock on their fields', () => {
      expect(paths(endPort, 'cce-tunnel')).toEqual(['spec.ingress[0].ports[0].endPort']);
      expect(codes(sctp, 'cce-tunnel')).toEqual(['cce-sctp']);
      expect(paths(sctp, 'cce-tunnel')).toEqual(['spec.ingress[0].ports[0].protocol']);
      expect(codes(ingressIpBlock, 'cce-tunnel')).toEqual(['cce-tunnel-ingress-ipblock']);
      expect(codes(ipv6, 'cce-tunnel')).toEqual(['cce-tunnel-egress-version', 'cce-ipv6']);
      expect(paths(ipv6, 'cce-tunnel')).toEqual(['spec.policyTypes', 'spec.egress[0].to[0].ipBlock']);
    });
    it('accepts an egress ipBlock without constraint and a plain ingress rule', () => {
      expect(codes(except, 'cce-tunnel')).toEqual(['cce-tunnel-egress-version']);
      const [egress] = platformWarnings(except, 'cce-tunnel');
      expect(egress?.message).toContain('v1.23 or later');
      expect(egress?.message).toContain('Huawei Cloud EulerOS 2.0');
      expect(egress?.source).toContain('eu-west-0');
      expect(codes(plain, 'cce-tunnel')).toEqual([]);
    });
  });

  describe('Huawei CCE VPC (DataPlane V2)', () => {
    it('supports endPort and SCTP but not IPv6; notes the DataPlane V2 prerequisite and the ipBlock scope', () => {
      expect(codes(endPort, 'cce-vpc')).toEqual(['cce-dataplane-v2-required']);
      expect(codes(sctp, 'cce-vpc')).toEqual(['cce-dataplane-v2-required']);
      expect(codes(ipv6, 'cce-vpc')).toEqual(['cce-dataplane-v2-required', 'cce-ipblock-scope', 'cce-ipv6']);
      expect(platformWarnings(except, 'cce-vpc')[1]?.level).toBe('note');
    });
  });

  describe('Huawei CCE Turbo (Cloud Native 2.0)', () => {
    it('supports IPv6 but not SCTP or endPort; notes 100.125.0.0/16', () => {
      expect(codes(ipv6, 'cce-turbo')).toEqual(['cce-dataplane-v2-required', 'cce-ipblock-scope', 'cce-turbo-100-125']);
      // The two editions of the vendor page disagree on the versions: both are shown, both cited.
      const [dp] = platformWarnings(ipv6, 'cce-turbo');
      expect(dp?.message).toContain('v1.27.16-r10');
      expect(dp?.message).toContain('v1.34.3-r10');
      expect(dp?.source).toContain('2026-06-16');
      expect(dp?.source).toContain('kubernetes_0027');
      expect(codes(sctp, 'cce-turbo')).toContain('cce-sctp');
      expect(codes(endPort, 'cce-turbo')).toContain('cce-endport');
      expect(platformWarnings(endPort, 'cce-turbo').find((w) => w.code === 'cce-endport')?.message).toContain(
        '32000–32768',
      );
    });
  });

  describe('Cilium', () => {
    it('before 1.16 does not enforce endPort: only the first port (before #28704) or nothing at all (1.15)', () => {
      const [w] = platformWarnings(endPort, 'cilium-before-1.16');
      expect(w?.code).toBe('cilium-endport-ignored');
      expect(w?.path).toBe('spec.ingress[0].ports[0].endPort');
      expect(w?.message).toContain('only port 32000 is allowed, not 32000–32768');
      expect(w?.message).toContain('with it (1.15) the whole policy is not enforced');
      expect(w?.message).toContain('not confirmed');
      expect(w?.source).toContain('#28684');
      expect(w?.source).toContain('PR #28704');
      expect(codes(plain, 'cilium-before-1.16')).toEqual([]);
    });
    it('1.16 or later supports endPort', () => {
      expect(codes(endPort, 'cilium-current')).toEqual([]);
    });
    it('notes that SCTP is beta and off by default, and the reported named-port problem as not confirmed', () => {
      expect(codes(sctp, 'cilium-current')).toEqual(['cilium-sctp-beta']);
      const [n] = platformWarnings(named, 'cilium-current');
      expect(n?.message).toContain('not confirmed');
      expect(n?.level).toBe('note');
    });
  });

  describe('OVN-Kubernetes', () => {
    it('flags named ports as reported, not confirmed; numeric ports pass', () => {
      const [w] = platformWarnings(named, 'ovn-kubernetes');
      expect(w?.path).toBe('spec.ingress[0].ports[0].port');
      expect(w?.message).toContain('not confirmed');
      expect(codes(plain, 'ovn-kubernetes')).toEqual([]);
      expect(codes(endPort, 'ovn-kubernetes')).toEqual([]);
    });
  });

  describe('OpenShift SDN', () => {
    it('does not enforce egress: both an egress rule and a bare Egress type', () => {
      expect(codes(egressDeny, 'openshift-sdn')).toEqual(['openshift-sdn-egress']);
      expect(paths(egressDeny, 'openshift-sdn')).toEqual(['spec.policyTypes']);
      // The documentation names the egress field only: the bare-deny case says it is an inference.
      expect(platformWarnings(egressDeny, 'openshift-sdn')[0]?.message).toContain(
        'the documentation names only the egress field',
      );
      expect(paths(ipv6, 'openshift-sdn')).toEqual(['spec.egress']);
      expect(platformWarnings(ipv6, 'openshift-sdn')[0]?.message).not.toContain('names only');
      expect(codes(plain, 'openshift-sdn')).toEqual([]);
    });
    it('ignores a whole ipBlock that has except', () => {
      const inIngress = base({
        podSelector: {},
        ingress: [{ from: [{ ipBlock: { cidr: '10.0.0.0/8', except: ['10.1.0.0/16'] } }] }],
      });
      expect(codes(inIngress, 'openshift-sdn')).toEqual(['openshift-sdn-except']);
      expect(paths(inIngress, 'openshift-sdn')).toEqual(['spec.ingress[0].from[0].ipBlock.except']);
      expect(platformWarnings(inIngress, 'openshift-sdn')[0]?.message).toContain(
        'ignores this whole ipBlock (10.0.0.0/8)',
      );
      expect(codes(ingressIpBlock, 'openshift-sdn')).toEqual([]);
    });
  });

  it('tolerates half-typed drafts', () => {
    const odd = {
      spec: { ingress: [null, { ports: [null, { endPort: 5 }] }], egress: 'x' },
    } as unknown as NetworkPolicy;
    expect(() => platformWarnings(odd, 'cce-tunnel')).not.toThrow();
    expect(codes(odd, 'cce-tunnel')).toEqual(['cce-endport']);
    expect(platformWarnings({}, 'openshift-sdn')).toEqual([]);
  });
});
