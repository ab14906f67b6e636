// getWarningsForNetworkPolicy: the NetworkPolicy strategy's networkPolicyWarnings (GetWarningsForCIDR
// on each ipBlock cidr and except entry, ingress then egress), and that it takes any JSON.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyNetworkPolicyDefaults } from './defaults';
import { validateNetworkPolicy } from './validation';
import { getWarningsForNetworkPolicy, networkPolicyWarnings } from './warnings';

const policy = (spec: Record<string, unknown>): Record<string, unknown> => ({
  apiVersion: 'networking.k8s.io/v1',
  kind: 'NetworkPolicy',
  metadata: { name: 'np', namespace: 'default' },
  spec: { podSelector: {}, ...spec },
});

describe('getWarningsForNetworkPolicy', () => {
  it('a policy with canonical CIDRs (or none) gets no warnings', () => {
    expect(getWarningsForNetworkPolicy(policy({}))).toEqual([]);
    const np = policy({
      ingress: [{ from: [{ ipBlock: { cidr: '10.0.0.0/8', except: ['10.1.0.0/16'] } }, { podSelector: {} }] }],
      egress: [{ to: [{ ipBlock: { cidr: '2001:db8::/32', except: ['2001:db8:1::/48'] } }] }],
    });
    expect(getWarningsForNetworkPolicy(np)).toEqual([]);
  });

  it('warns on every non-standard cidr and except entry, with their field paths, ingress before egress', () => {
    const np = policy({
      egress: [{ to: [{ podSelector: {} }, { ipBlock: { cidr: '10.0.0.1/8' } }] }],
      ingress: [
        { ports: [{ port: 80 }] },
        {
          from: [
            { ipBlock: { cidr: '2001:DB8::/32', except: ['2001:db8:1::/48', '2001:db8:0002::/48'] } },
            { ipBlock: { cidr: '010.0.0.0/8' } },
          ],
        },
      ],
    });
    expect(getWarningsForNetworkPolicy(np)).toEqual([
      'spec.ingress[1].from[0].ipBlock.cidr: IPv6 CIDR value "2001:DB8::/32" should be in RFC 5952 canonical format ("2001:db8::/32")',
      'spec.ingress[1].from[0].ipBlock.except[1]: IPv6 CIDR value "2001:db8:0002::/48" should be in RFC 5952 canonical format ("2001:db8:2::/48")',
      'spec.ingress[1].from[1].ipBlock.cidr: non-standard CIDR value "010.0.0.0/8" will be considered invalid in a future Kubernetes release: use "10.0.0.0/8"',
      'spec.egress[0].to[1].ipBlock.cidr: CIDR value "10.0.0.1/8" is ambiguous in this context (should be "10.0.0.0/8" or "10.0.0.1/32"?)',
    ]);
  });

  it('networkPolicyWarnings gives the field of each warning, the message starting with it', () => {
    const np = policy({
      ingress: [{ from: [{ ipBlock: { cidr: '10.0.0.0/8', except: ['010.1.0.0/16', '10.2.0.1/16'] } }] }],
    });
    const ws = networkPolicyWarnings(np);
    expect(ws.map((w) => w.field)).toEqual([
      'spec.ingress[0].from[0].ipBlock.except[0]',
      'spec.ingress[0].from[0].ipBlock.except[1]',
    ]);
    for (const w of ws) expect(w.message.startsWith(`${w.field}: `)).toBe(true);
    expect(ws.map((w) => w.message)).toEqual(getWarningsForNetworkPolicy(np));
  });

  it('on a policy kube-apiserver v1.36 accepts, only the RFC 5952 warning can occur', () => {
    const np = applyNetworkPolicyDefaults(
      policy({ ingress: [{ from: [{ ipBlock: { cidr: 'fd00:0:0:0::/64', except: ['FD00::/80'] } }] }] }),
    );
    expect(validateNetworkPolicy(np)).toEqual([]);
    expect(getWarningsForNetworkPolicy(np)).toEqual([
      'spec.ingress[0].from[0].ipBlock.cidr: IPv6 CIDR value "fd00:0:0:0::/64" should be in RFC 5952 canonical format ("fd00::/64")',
      'spec.ingress[0].from[0].ipBlock.except[0]: IPv6 CIDR value "FD00::/80" should be in RFC 5952 canonical format ("fd00::/80")',
    ]);
    // The other warnings go with values the strict (v1.36) validation rejects on create.
    const ambiguous = applyNetworkPolicyDefaults(
      policy({ ingress: [{ from: [{ ipBlock: { cidr: '10.0.0.1/8' } }] }] }),
    );
    expect(validateNetworkPolicy(ambiguous).map((e) => e.detail)).toEqual([
      'must not have bits set beyond the prefix length',
    ]);
    expect(getWarningsForNetworkPolicy(ambiguous)).toHaveLength(1);
  });

  it('skips values of the wrong JSON type and unparsable CIDRs', () => {
    const np = {
      spec: {
        ingress: [null, 'x', { from: 'nope' }, { from: [null, { ipBlock: { cidr: 5, except: 'x' } }] }],
        egress: { to: [] },
      },
    };
    expect(getWarningsForNetworkPolicy(np)).toEqual([]);
    expect(
      getWarningsForNetworkPolicy(policy({ ingress: [{ from: [{ ipBlock: { cidr: 'junk', except: [7, ''] } }] }] })),
    ).toEqual([]);
    for (const v of [undefined, null, 1, 'x', [], { spec: null }, { spec: [] }])
      expect(getWarningsForNetworkPolicy(v)).toEqual([]);
  });

  it('never throws, whatever JSON it is given', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (spec, peer) => {
        expect(Array.isArray(getWarningsForNetworkPolicy({ spec }))).toBe(true);
        const np = {
          spec: {
            ingress: [{ from: [peer, { ipBlock: peer }] }],
            egress: [{ to: [{ ipBlock: { cidr: peer, except: [peer] } }] }],
          },
        };
        expect(Array.isArray(getWarningsForNetworkPolicy(np))).toBe(true);
      }),
    );
  });
});
