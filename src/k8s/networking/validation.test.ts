// Port of kubernetes/kubernetes pkg/apis/networking/validation/validation_test.go TestValidateNetworkPolicy:
// one valid base object, one tweak per case (the upstream helpers, in the v1 JSON shape). Upstream only
// asserts that error cases fail; here every case asserts the exact causes (type, field, message).
import { describe, expect, it } from 'vitest';
import { errorString } from '../field';
import { applyNetworkPolicyDefaults } from './defaults';
import { validateNetworkPolicy } from './validation';

type J = Record<string, unknown>;
type Tweak = (np: J) => void;
interface Rule extends J {
  from?: J[];
  to?: J[];
  ports?: J[];
}

const spec = (np: J): J => np.spec as J;
const makeValid = (): J => ({
  metadata: { name: 'foo', namespace: 'bar' },
  spec: { podSelector: { matchLabels: { a: 'b' } } },
});
const makeCustom = (...tweaks: Tweak[]): J => {
  const np = makeValid();
  for (const t of tweaks) t(np);
  return np;
};
/** makePort: port 0, "" and "0" mean no port; endPort 0 means none. */
const makePort = (protocol: string | null, port: number | string, endPort: number): J => {
  const p: J = {};
  if (protocol !== null) p.protocol = protocol;
  if (port !== 0 && port !== '' && port !== '0') p.port = port;
  if (endPort !== 0) p.endPort = endPort;
  return p;
};

const ingress = (np: J): Rule[] => spec(np).ingress as Rule[];
const egress = (np: J): Rule[] => spec(np).egress as Rule[];
const setIngressEmptyFirstElement: Tweak = (np) => void (spec(np).ingress = [{}]);
const setIngressFromEmptyFirstElement: Tweak = (np) => {
  if (spec(np).ingress === undefined) setIngressEmptyFirstElement(np);
  (ingress(np)[0] as Rule).from = [{}];
};
const setIngressFromIfEmpty: Tweak = (np) => {
  if (spec(np).ingress === undefined) setIngressEmptyFirstElement(np);
  if ((ingress(np)[0] as Rule).from === undefined) setIngressFromEmptyFirstElement(np);
};
const setIngressEmptyPorts: Tweak = (np) => void (spec(np).ingress = [{ ports: [{}] }]);
const setIngressPorts =
  (...ports: J[]): Tweak =>
  (np) => {
    if (spec(np).ingress === undefined) setIngressEmptyFirstElement(np);
    (ingress(np)[0] as Rule).ports = ports;
  };
const ingressFrom0 = (np: J): J => ((ingress(np)[0] as Rule).from as J[])[0] as J;
const setIngressFromPodSelector =
  (k: string, v: string): Tweak =>
  (np) => {
    setIngressFromIfEmpty(np);
    ingressFrom0(np).podSelector = { matchLabels: { [k]: v } };
  };
const setIngressFromNamespaceSelector: Tweak = (np) => {
  setIngressFromIfEmpty(np);
  ingressFrom0(np).namespaceSelector = { matchLabels: { c: 'd' } };
};
const ipv4Block = (): J => ({ cidr: '192.168.0.0/16', except: ['192.168.3.0/24', '192.168.4.0/24'] });
const ipv6Block = (): J => ({ cidr: 'fd00:192:168::/48', except: ['fd00:192:168:3::/64', 'fd00:192:168:4::/64'] });
const setIngressFromIPBlockIPV4: Tweak = (np) => {
  setIngressFromIfEmpty(np);
  ingressFrom0(np).ipBlock = ipv4Block();
};
const setIngressFromIPBlockIPV6: Tweak = (np) => {
  setIngressFromIfEmpty(np);
  ingressFrom0(np).ipBlock = ipv6Block();
};
const setEgressEmptyFirstElement: Tweak = (np) => void (spec(np).egress = [{}]);
const setEgressToEmptyFirstElement: Tweak = (np) => {
  if (spec(np).egress === undefined) setEgressEmptyFirstElement(np);
  (egress(np)[0] as Rule).to = [{}];
};
const setEgressToIfEmpty: Tweak = (np) => {
  if (spec(np).egress === undefined) setEgressEmptyFirstElement(np);
  if ((egress(np)[0] as Rule).to === undefined) setEgressToEmptyFirstElement(np);
};
const egressTo0 = (np: J): J => ((egress(np)[0] as Rule).to as J[])[0] as J;
const setEgressToNamespaceSelector: Tweak = (np) => {
  setEgressToIfEmpty(np);
  egressTo0(np).namespaceSelector = { matchLabels: { c: 'd' } };
};
const setEgressToPodSelector: Tweak = (np) => {
  setEgressToIfEmpty(np);
  egressTo0(np).podSelector = { matchLabels: { c: 'd' } };
};
const setEgressToIPBlockIPV4: Tweak = (np) => {
  setEgressToIfEmpty(np);
  egressTo0(np).ipBlock = ipv4Block();
};
const setEgressToIPBlockIPV6: Tweak = (np) => {
  setEgressToIfEmpty(np);
  egressTo0(np).ipBlock = ipv6Block();
};
const setEgressPorts =
  (...ports: J[]): Tweak =>
  (np) => {
    if (spec(np).egress === undefined) setEgressEmptyFirstElement(np);
    (egress(np)[0] as Rule).ports = ports;
  };
const setPolicyTypesEgress: Tweak = (np) => void (spec(np).policyTypes = ['Egress']);
const setPolicyTypesIngressEgress: Tweak = (np) => void (spec(np).policyTypes = ['Ingress', 'Egress']);

const commonPorts = (): J[] => [
  makePort(null, 80, 0),
  makePort('TCP', 0, 0),
  makePort('TCP', 443, 0),
  makePort('UDP', 'dns', 0),
  makePort('SCTP', 7777, 0),
];

const successCases: J[] = [
  makeCustom(setIngressEmptyFirstElement),
  makeCustom(setIngressFromEmptyFirstElement, setIngressEmptyPorts),
  makeCustom(setIngressPorts(...commonPorts())),
  makeCustom(setIngressFromPodSelector('c', 'd')),
  makeCustom(setIngressFromNamespaceSelector),
  makeCustom(setIngressFromPodSelector('e', 'f'), setIngressFromNamespaceSelector),
  makeCustom(setEgressToNamespaceSelector, setIngressFromIPBlockIPV4),
  makeCustom(setIngressFromIPBlockIPV4),
  makeCustom(setEgressToIPBlockIPV4, setPolicyTypesEgress),
  makeCustom(setEgressToIPBlockIPV4, setPolicyTypesIngressEgress),
  makeCustom(setEgressPorts(...commonPorts())),
  makeCustom(setEgressToNamespaceSelector, setIngressFromIPBlockIPV6),
  makeCustom(setIngressFromIPBlockIPV6),
  makeCustom(setEgressToIPBlockIPV6, setPolicyTypesEgress),
  makeCustom(setEgressToIPBlockIPV6, setPolicyTypesIngressEgress),
  makeCustom(setEgressPorts(makePort(null, 32000, 32768), makePort('UDP', 'dns', 0))),
  makeCustom(
    setEgressToNamespaceSelector,
    setEgressPorts(makePort(null, 30000, 32768), makePort(null, 32000, 32768)),
    setIngressFromPodSelector('e', 'f'),
    setIngressPorts(makePort('TCP', 32768, 32768)),
  ),
];

describe('TestValidateNetworkPolicy: success cases', () => {
  it.each(successCases.map((np, i) => [i, np] as const))(
    'success case %i is valid, before and after defaulting',
    (_i, np) => {
      expect(validateNetworkPolicy(np)).toEqual([]);
      expect(validateNetworkPolicy(applyNetworkPolicyDefaults(np))).toEqual([]);
    },
  );
});

const invalidSelector = { 'NoUppercaseOrSpecialCharsLike=Equals': 'b' };
const SELECTOR_KEY_MSG =
  "Invalid value: \"NoUppercaseOrSpecialCharsLike=Equals\": name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')";
const CIDR_MSG = 'must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64)';
const RANGE = 'must be between 1 and 65535, inclusive';
const PORT_NAME_ERRS = (path: string) => [
  `${path}: Invalid value: "!@#$": must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)`,
  `${path}: Invalid value: "!@#$": must contain at least one letter (a-z)`,
];
const setIngressIPBlock =
  (block: J): Tweak =>
  (np) => {
    setIngressFromEmptyFirstElement(np);
    ingressFrom0(np).ipBlock = block;
  };
const tweakIngressIPBlock =
  (f: (b: J) => void): Tweak =>
  (np) =>
    f(ingressFrom0(np).ipBlock as J);

const errorCases: [string, J, string[], string[]][] = [
  [
    'namespaceSelector and ipBlock',
    makeCustom(setIngressFromNamespaceSelector, setIngressFromIPBlockIPV4),
    ['FieldValueForbidden'],
    ['spec.ingress[0].from[0]: Forbidden: may not specify both ipBlock and another peer'],
  ],
  [
    'podSelector and ipBlock',
    makeCustom(setEgressToPodSelector, setEgressToIPBlockIPV4),
    ['FieldValueForbidden'],
    ['spec.egress[0].to[0]: Forbidden: may not specify both ipBlock and another peer'],
  ],
  [
    'missing from and to type',
    makeCustom(setIngressFromEmptyFirstElement, setEgressToEmptyFirstElement),
    ['FieldValueRequired', 'FieldValueRequired'],
    [
      'spec.ingress[0].from[0]: Required value: must specify a peer',
      'spec.egress[0].to[0]: Required value: must specify a peer',
    ],
  ],
  [
    'invalid spec.podSelector',
    makeCustom(
      setIngressFromNamespaceSelector,
      (np) => void (np.spec = { podSelector: { matchLabels: invalidSelector } }),
    ),
    ['FieldValueInvalid'],
    [`spec.podSelector.matchLabels: ${SELECTOR_KEY_MSG}`],
  ],
  [
    'invalid ingress.ports.protocol',
    makeCustom(setIngressPorts(makePort('ICMP', 80, 0))),
    ['FieldValueNotSupported'],
    ['spec.ingress[0].ports[0].protocol: Unsupported value: "ICMP": supported values: "TCP", "UDP", "SCTP"'],
  ],
  [
    'invalid ingress.ports.port (int)',
    makeCustom(setIngressPorts(makePort('TCP', 123456789, 0))),
    ['FieldValueInvalid'],
    [`spec.ingress[0].ports[0].port: Invalid value: 123456789: ${RANGE}`],
  ],
  [
    'invalid ingress.ports.port (str)',
    makeCustom(setIngressPorts(makePort('TCP', '!@#$', 0))),
    ['FieldValueInvalid', 'FieldValueInvalid'],
    PORT_NAME_ERRS('spec.ingress[0].ports[0].port'),
  ],
  [
    'invalid ingress.from.podSelector',
    makeCustom(
      setIngressFromEmptyFirstElement,
      (np) => void (ingressFrom0(np).podSelector = { matchLabels: invalidSelector }),
    ),
    ['FieldValueInvalid'],
    [`spec.ingress[0].from[0].podSelector.matchLabels: ${SELECTOR_KEY_MSG}`],
  ],
  [
    'invalid egress.to.podSelector',
    makeCustom(
      setEgressToEmptyFirstElement,
      (np) => void (egressTo0(np).podSelector = { matchLabels: invalidSelector }),
    ),
    ['FieldValueInvalid'],
    [`spec.egress[0].to[0].podSelector.matchLabels: ${SELECTOR_KEY_MSG}`],
  ],
  [
    'invalid egress.ports.protocol',
    makeCustom(setEgressPorts(makePort('ICMP', 80, 0))),
    ['FieldValueNotSupported'],
    ['spec.egress[0].ports[0].protocol: Unsupported value: "ICMP": supported values: "TCP", "UDP", "SCTP"'],
  ],
  [
    'invalid egress.ports.port (int)',
    makeCustom(setEgressPorts(makePort('TCP', 123456789, 0))),
    ['FieldValueInvalid'],
    [`spec.egress[0].ports[0].port: Invalid value: 123456789: ${RANGE}`],
  ],
  [
    'invalid egress.ports.port (str)',
    makeCustom(setEgressPorts(makePort('TCP', '!@#$', 0))),
    ['FieldValueInvalid', 'FieldValueInvalid'],
    PORT_NAME_ERRS('spec.egress[0].ports[0].port'),
  ],
  [
    'invalid ingress.from.namespaceSelector',
    makeCustom(
      setIngressFromEmptyFirstElement,
      (np) => void (ingressFrom0(np).namespaceSelector = { matchLabels: invalidSelector }),
    ),
    ['FieldValueInvalid'],
    [`spec.ingress[0].from[0].namespaceSelector.matchLabels: ${SELECTOR_KEY_MSG}`],
  ],
  [
    'missing cidr field',
    makeCustom(
      setIngressFromIPBlockIPV4,
      tweakIngressIPBlock((b) => void (b.cidr = '')),
    ),
    ['FieldValueRequired'],
    ['spec.ingress[0].from[0].ipBlock.cidr: Required value'],
  ],
  [
    'invalid cidr format',
    makeCustom(
      setIngressFromIPBlockIPV4,
      tweakIngressIPBlock((b) => void (b.cidr = '192.168.5.6')),
    ),
    ['FieldValueInvalid'],
    [`spec.ingress[0].from[0].ipBlock.cidr: Invalid value: "192.168.5.6": ${CIDR_MSG}`],
  ],
  [
    'invalid ipv6 cidr format',
    makeCustom(
      setIngressFromIPBlockIPV6,
      tweakIngressIPBlock((b) => void (b.cidr = 'fd00:192:168::')),
    ),
    ['FieldValueInvalid'],
    [`spec.ingress[0].from[0].ipBlock.cidr: Invalid value: "fd00:192:168::": ${CIDR_MSG}`],
  ],
  [
    'except field is an empty string',
    makeCustom(
      setIngressFromIPBlockIPV4,
      tweakIngressIPBlock((b) => void (b.except = [''])),
    ),
    ['FieldValueInvalid'],
    [`spec.ingress[0].from[0].ipBlock.except[0]: Invalid value: "": ${CIDR_MSG}`],
  ],
  [
    'except field is an space string',
    makeCustom(
      setIngressFromIPBlockIPV4,
      tweakIngressIPBlock((b) => void (b.except = [' '])),
    ),
    ['FieldValueInvalid'],
    [`spec.ingress[0].from[0].ipBlock.except[0]: Invalid value: " ": ${CIDR_MSG}`],
  ],
  [
    'except field is an invalid ip',
    makeCustom(
      setIngressFromIPBlockIPV4,
      tweakIngressIPBlock((b) => void (b.except = ['300.300.300.300'])),
    ),
    ['FieldValueInvalid'],
    [`spec.ingress[0].from[0].ipBlock.except[0]: Invalid value: "300.300.300.300": ${CIDR_MSG}`],
  ],
  [
    'except IP is outside of CIDR range',
    makeCustom(setIngressIPBlock({ cidr: '192.168.8.0/24', except: ['192.168.9.1/32'] })),
    ['FieldValueInvalid'],
    ['spec.ingress[0].from[0].ipBlock.except[0]: Invalid value: "192.168.9.1/32": must be a strict subset of `cidr`'],
  ],
  [
    'except IP is not strictly within CIDR range',
    makeCustom(setIngressIPBlock({ cidr: '192.168.0.0/24', except: ['192.168.0.0/24'] })),
    ['FieldValueInvalid'],
    ['spec.ingress[0].from[0].ipBlock.except[0]: Invalid value: "192.168.0.0/24": must be a strict subset of `cidr`'],
  ],
  [
    'except IPv6 is outside of CIDR range',
    makeCustom(setIngressIPBlock({ cidr: 'fd00:192:168:1::/64', except: ['fd00:192:168:2::/64'] })),
    ['FieldValueInvalid'],
    [
      'spec.ingress[0].from[0].ipBlock.except[0]: Invalid value: "fd00:192:168:2::/64": must be a strict subset of `cidr`',
    ],
  ],
  [
    'invalid policyTypes',
    makeCustom(setEgressToIPBlockIPV4, (np) => void (spec(np).policyTypes = ['foo', 'bar'])),
    ['FieldValueNotSupported', 'FieldValueNotSupported'],
    [
      'spec.policyTypes[0]: Unsupported value: "foo": supported values: "Ingress", "Egress"',
      'spec.policyTypes[1]: Unsupported value: "bar": supported values: "Ingress", "Egress"',
    ],
  ],
  [
    'too many policyTypes',
    makeCustom(setEgressToIPBlockIPV4, (np) => void (spec(np).policyTypes = ['foo', 'bar', 'baz'])),
    ['FieldValueInvalid'],
    ['spec.policyTypes: Invalid value: ["foo","bar","baz"]: may not specify more than two policyTypes'],
  ],
  [
    'multiple ports defined, one port range is invalid',
    makeCustom(
      setEgressToNamespaceSelector,
      setEgressPorts(makePort('UDP', 35000, 32768), makePort(null, 32000, 32768)),
    ),
    ['FieldValueInvalid'],
    ['spec.egress[0].ports[0].endPort: Invalid value: 32768: must be greater than or equal to `port`'],
  ],
  [
    'endPort defined with named/string port',
    makeCustom(
      setEgressToNamespaceSelector,
      setEgressPorts(makePort('UDP', 'dns', 32768), makePort(null, 32000, 32768)),
    ),
    ['FieldValueInvalid'],
    ['spec.egress[0].ports[0].endPort: Invalid value: 32768: may not be specified when `port` is non-numeric'],
  ],
  [
    'endPort defined without port defined',
    makeCustom(setEgressToNamespaceSelector, setEgressPorts(makePort('TCP', 0, 32768))),
    ['FieldValueInvalid'],
    ['spec.egress[0].ports[0].endPort: Invalid value: 32768: may not be specified when `port` is not specified'],
  ],
  [
    'port is greater than endPort',
    makeCustom(setEgressToNamespaceSelector, setEgressPorts(makePort('SCTP', 35000, 32768))),
    ['FieldValueInvalid'],
    ['spec.egress[0].ports[0].endPort: Invalid value: 32768: must be greater than or equal to `port`'],
  ],
  [
    'multiple invalid port ranges defined',
    makeCustom(
      setEgressToNamespaceSelector,
      setEgressPorts(makePort('UDP', 35000, 32768), makePort('TCP', 0, 32768), makePort('TCP', 'https', 32768)),
    ),
    ['FieldValueInvalid', 'FieldValueInvalid', 'FieldValueInvalid'],
    [
      'spec.egress[0].ports[0].endPort: Invalid value: 32768: must be greater than or equal to `port`',
      'spec.egress[0].ports[1].endPort: Invalid value: 32768: may not be specified when `port` is not specified',
      'spec.egress[0].ports[2].endPort: Invalid value: 32768: may not be specified when `port` is non-numeric',
    ],
  ],
  [
    'invalid endport range defined',
    makeCustom(setEgressToNamespaceSelector, setEgressPorts(makePort('TCP', 30000, 65537))),
    ['FieldValueInvalid'],
    [`spec.egress[0].ports[0].endPort: Invalid value: 65537: ${RANGE}`],
  ],
];

describe('TestValidateNetworkPolicy: error cases', () => {
  it.each(errorCases)('%s', (_name, np, types, messages) => {
    const errs = validateNetworkPolicy(np);
    expect(errs.map((e) => e.type)).toEqual(types);
    expect(errs.map(errorString)).toEqual(messages);
    expect(validateNetworkPolicy(applyNetworkPolicyDefaults(np)).map(errorString)).toEqual(messages);
  });
  it('ports all upstream error cases', () => expect(errorCases).toHaveLength(30));
});
