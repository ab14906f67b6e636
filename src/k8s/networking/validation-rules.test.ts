// The create-time rules and traps collected in shared/docs/kube-apiserver-networkpolicy.md §5-6,
// beyond the upstream table: IntOrString typing, port 0, endPort pairs, peers, ipBlock strictness,
// policyTypes, cause order, and the 422 body built from the causes.
import { describe, expect, it } from 'vitest';
import { errorString } from '../field';
import { invalidStatus } from '../status';
import { applyNetworkPolicyDefaults } from './defaults';
import { validateNetworkPolicy } from './validation';

type J = Record<string, unknown>;
const np = (spec: J, metadata: J = { name: 'foo', namespace: 'bar' }): J => ({ metadata, spec });
const msgs = (o: unknown, opts = {}): string[] => validateNetworkPolicy(o, opts).map(errorString);
const port = (p: J): string[] => msgs(np({ ingress: [{ ports: [p] }] }));
const peer = (p: J): string[] => msgs(np({ ingress: [{ from: [p] }] }));
const P = 'spec.ingress[0].ports[0]';
const F = 'spec.ingress[0].from[0]';

describe('ports (§5.3)', () => {
  it('treats "80" as a named port, and 80 as a number', () => {
    expect(port({ port: '80' })).toEqual([`${P}.port: Invalid value: "80": must contain at least one letter (a-z)`]);
    expect(port({ port: 80 })).toEqual([]);
  });
  it('rejects port 0 as present, and endPort 0 twice', () => {
    expect(port({ port: 0 })).toEqual([`${P}.port: Invalid value: 0: must be between 1 and 65535, inclusive`]);
    expect(port({ port: 80, endPort: 0 })).toEqual([
      `${P}.endPort: Invalid value: 0: must be greater than or equal to \`port\``,
      `${P}.endPort: Invalid value: 0: must be between 1 and 65535, inclusive`,
    ]);
  });
  it('accepts endPort == port and any protocol with endPort', () => {
    expect(port({ protocol: 'SCTP', port: 80, endPort: 80 })).toEqual([]);
    expect(port({ protocol: 'UDP', port: 1, endPort: 65535 })).toEqual([]);
  });
  it('rejects protocols case-sensitively, "" included, and leaves null for defaulting', () => {
    expect(port({ protocol: 'tcp' })).toEqual([
      `${P}.protocol: Unsupported value: "tcp": supported values: "TCP", "UDP", "SCTP"`,
    ]);
    expect(port({ protocol: '' })).toEqual([
      `${P}.protocol: Unsupported value: "": supported values: "TCP", "UDP", "SCTP"`,
    ]);
    expect(port({ protocol: null })).toEqual([]);
    const defaulted = applyNetworkPolicyDefaults(np({ ingress: [{ ports: [{ protocol: '' }, { protocol: null }] }] }));
    expect(validateNetworkPolicy(defaulted).map((e) => e.field)).toEqual([`${P}.protocol`]);
  });
  it('checks protocol before port, and every failed port-name rule', () => {
    expect(port({ protocol: 'ICMP', port: '' }).map((m) => m.split(':')[0])).toEqual([
      `${P}.protocol`,
      `${P}.port`,
      `${P}.port`,
    ]);
    expect(port({ port: 'a'.repeat(16) })).toEqual([
      `${P}.port: Invalid value: "${'a'.repeat(16)}": must be no more than 15 characters`,
    ]);
  });
});

describe('peers (§5.4)', () => {
  it('counts a present-but-empty member ({}) as a peer', () => {
    expect(peer({ podSelector: {} })).toEqual([]);
    expect(peer({ namespaceSelector: {}, podSelector: {} })).toEqual([]);
    expect(peer({ podSelector: null })).toEqual([`${F}: Required value: must specify a peer`]);
    expect(peer({ ipBlock: {} })).toEqual([`${F}.ipBlock.cidr: Required value`]);
  });
  it('forbids ipBlock with another member after the members’ own errors', () => {
    expect(
      peer({ ipBlock: { cidr: 'x' }, namespaceSelector: { matchLabels: { 'a b': 'c' } } }).map((m) => m.split(':')[0]),
    ).toEqual([`${F}.namespaceSelector.matchLabels`, `${F}.ipBlock.cidr`, F]);
  });
  it('accepts empty lists and empty rules (allow-all)', () => {
    expect(msgs(np({ ingress: [{}], egress: [{ to: [], ports: [] }] }))).toEqual([]);
    expect(msgs(np({}))).toEqual([]);
    expect(msgs({ metadata: { name: 'a', namespace: 'b' } })).toEqual([]);
  });
});

describe('ipBlock (§5.5)', () => {
  const block = (b: J): string[] => peer({ ipBlock: b });
  it('skips except entries when cidr is empty or does not parse', () => {
    expect(block({ cidr: '', except: ['junk'] })).toEqual([`${F}.ipBlock.cidr: Required value`]);
    expect(block({ cidr: 'junk', except: ['junk'] })).toHaveLength(1);
  });
  it('still checks except entries when only the strict check fails', () => {
    expect(block({ cidr: '10.0.0.1/8', except: ['11.0.0.0/16'] })).toEqual([
      `${F}.ipBlock.cidr: Invalid value: "10.0.0.1/8": must not have bits set beyond the prefix length`,
      `${F}.ipBlock.except[0]: Invalid value: "11.0.0.0/16": must be a strict subset of \`cidr\``,
    ]);
  });
  it('applies the strict checks (v1.36) and not with the gate off (v1.35)', () => {
    const cases = [
      '1.2.3.4/24',
      '192.168.1.5/16',
      '2001:db8::1/64',
      '1.1.01.0/24',
      '192.168.0.0/016',
      '::ffff:1.1.1.0/24',
      '::ffff:1.1.1.0/120',
    ];
    for (const cidr of cases) {
      expect(block({ cidr })).toHaveLength(1);
      expect(msgs(np({ ingress: [{ from: [{ ipBlock: { cidr } }] }] }), { strictIPCIDRValidation: false })).toEqual([]);
    }
  });
  it('accepts non-canonical IPv6 and rejects a different address family in except', () => {
    expect(block({ cidr: '2001:DB8::/64' })).toEqual([]);
    expect(block({ cidr: '10.0.0.0/8', except: ['fd00::/64'] })).toEqual([
      `${F}.ipBlock.except[0]: Invalid value: "fd00::/64": must be a strict subset of \`cidr\``,
    ]);
  });
});

describe('policyTypes (§5.6)', () => {
  it('accepts duplicates and no cross-check with the rules', () => {
    expect(msgs(np({ policyTypes: ['Ingress', 'Ingress'] }))).toEqual([]);
    expect(msgs(np({ ingress: [{}], policyTypes: ['Egress'] }))).toEqual([]);
  });
  it('rejects more than two without looking at the items, and each bad item otherwise', () => {
    expect(msgs(np({ policyTypes: ['Ingress', 'Egress', 'Ingress'] }))).toEqual([
      'spec.policyTypes: Invalid value: ["Ingress","Egress","Ingress"]: may not specify more than two policyTypes',
    ]);
    expect(msgs(np({ policyTypes: ['ingress'] }))).toEqual([
      'spec.policyTypes[0]: Unsupported value: "ingress": supported values: "Ingress", "Egress"',
    ]);
  });
});

describe('order of causes (§5.7) and the 422 body', () => {
  const obj = np(
    {
      podSelector: { matchLabels: { 'a b': 'c' } },
      ingress: [{ from: [{}], ports: [{ port: 0 }] }, { ports: [{ protocol: 'X' }] }],
      egress: [{ to: [{}], ports: [{ endPort: 5 }] }],
      policyTypes: ['x'],
    },
    { name: 'Foo', namespace: 'bar', labels: { 'b c': 'd' } },
  );
  it('metadata, podSelector, each ingress rule (ports, then from), egress, policyTypes', () => {
    expect(validateNetworkPolicy(obj).map((e) => e.field)).toEqual([
      'metadata.name',
      'metadata.labels',
      'spec.podSelector.matchLabels',
      'spec.ingress[0].ports[0].port',
      'spec.ingress[0].from[0]',
      'spec.ingress[1].ports[0].protocol',
      'spec.egress[0].ports[0].endPort',
      'spec.egress[0].to[0]',
      'spec.policyTypes[0]',
    ]);
  });
  it('builds the documented 422 Status', () => {
    const errs = validateNetworkPolicy(np({ ingress: [{ from: [{}] }], egress: [{ to: [{}] }] }));
    const status = invalidStatus({ group: 'networking.k8s.io', kind: 'NetworkPolicy' }, 'foo', errs);
    expect(status.message).toBe(
      'NetworkPolicy.networking.k8s.io "foo" is invalid: [spec.ingress[0].from[0]: Required value: must specify a peer, spec.egress[0].to[0]: Required value: must specify a peer]',
    );
    expect(status.details?.causes).toEqual([
      {
        reason: 'FieldValueRequired',
        message: 'Required value: must specify a peer',
        field: 'spec.ingress[0].from[0]',
      },
      { reason: 'FieldValueRequired', message: 'Required value: must specify a peer', field: 'spec.egress[0].to[0]' },
    ]);
  });
  it('gives the single-error message of §7.1', () => {
    const errs = validateNetworkPolicy(np({ ingress: [{ ports: [{ protocol: 'ICMP' }] }] }));
    expect(invalidStatus({ group: 'networking.k8s.io', kind: 'NetworkPolicy' }, 'foo', errs).message).toBe(
      'NetworkPolicy.networking.k8s.io "foo" is invalid: spec.ingress[0].ports[0].protocol: Unsupported value: "ICMP": supported values: "TCP", "UDP", "SCTP"',
    );
  });
  it('uses selector value checks on create (AllowInvalidLabelValueInSelector=false)', () => {
    const sel = { podSelector: { matchExpressions: [{ key: 'k', operator: 'In', values: ['-bad'] }] } };
    expect(msgs(np(sel))[0]).toMatch(
      /^spec\.podSelector\.matchExpressions\[0\]\.values\[0\]: Invalid value: "-bad": a valid label/,
    );
    expect(msgs(np(sel), { allowInvalidLabelValueInSelector: true })).toEqual([]);
  });
});

describe('TestDeclarativeValidateIPBlockCIDR (create cases)', () => {
  const mk = (dir: 'ingress' | 'egress', cidr: string): J => ({
    metadata: { name: 'valid-network-policy', namespace: 'default' },
    spec: {
      podSelector: {},
      [dir]: [{ [dir === 'ingress' ? 'from' : 'to']: [{ ipBlock: { cidr } }] }],
    },
  });
  it('valid ingress rule with CIDR', () => expect(validateNetworkPolicy(mk('ingress', '192.168.1.0/24'))).toEqual([]));
  it.each([
    ['ingress rule rejects empty CIDR in ipBlock', mk('ingress', ''), 'spec.ingress[0].from[0].ipBlock.cidr'],
    ['egress rule rejects empty CIDR in ipBlock', mk('egress', ''), 'spec.egress[0].to[0].ipBlock.cidr'],
  ])('%s', (_name, obj, field) => {
    expect(validateNetworkPolicy(obj)).toEqual([
      { type: 'FieldValueRequired', field, badValue: { kind: 'omitted' }, detail: '' },
    ]);
  });
});
