// validateNetworkPolicy: kube-apiserver v1.36 ValidateNetworkPolicy on create
// (pkg/apis/networking/validation), with the decoder's type errors first so the editor shows them.
//
// - It validates what it is given: the apiserver defaults during decode (protocol TCP, policyTypes)
//   before validating, so the server and the editor call applyNetworkPolicyDefaults first.
// - Create options: AllowInvalidLabelValueInSelector=false, StrictIPCIDRValidation on (v1.36).
// - Maps (labels, annotations, matchLabels) are walked in JS key order (insertion order, integer-like
//   keys first); Go's order is random, so only the order among map entries can differ.
// - A value of the wrong JSON type gets a FieldValueTypeInvalid error (decode.ts) and the rules that
//   read it are skipped. A wrongly typed peer member still counts as present.
// - It never throws: anything unexpected yields the errors found so far.
import { goJSON, goNumber, goString, type FieldError } from '../field';
import { forbiddenAt, invalidAt, notSupportedAt, requiredAt } from '../validation/errors';
import { checkCIDR } from '../validation/ip';
import { netContains, maskOnes } from '../validation/ip-parse';
import { isRecord, validateLabelSelector, type LabelSelectorValidationOptions } from '../validation/labels';
import { goStr, validateObjectMeta } from '../validation/object-meta';
import { isValidPortName, isValidPortNum } from '../validation/strings';
import { decodeErrors } from './decode';

export interface NetworkPolicyValidationOptions extends LabelSelectorValidationOptions {
  /** The StrictIPCIDRValidation feature gate: on by default in v1.36. */
  strictIPCIDRValidation?: boolean;
  /** The raw JSON text `obj` was parsed from, if any: integer fields are then judged by their literal (`80.0` is refused). */
  jsonText?: string;
}

const PROTOCOLS = ['TCP', 'UDP', 'SCTP'];
const POLICY_TYPES = ['Ingress', 'Egress'];
const absent = (v: unknown): boolean => v === undefined || v === null;
const isInt32 = (v: unknown): v is number =>
  typeof v === 'number' && Number.isInteger(v) && v >= -2147483648 && v <= 2147483647;

/** ValidateNetworkPolicyPort. */
export function validateNetworkPolicyPort(out: FieldError[], port: Record<string, unknown>, path: string): void {
  const protocol = port.protocol;
  if (typeof protocol === 'string' && protocol !== 'TCP' && protocol !== 'UDP' && protocol !== 'SCTP') {
    out.push(notSupportedAt(`${path}.protocol`, goJSON(protocol), PROTOCOLS));
  }
  const p = port.port;
  const e = port.endPort;
  const hasEnd = isInt32(e);
  if (isInt32(p)) {
    for (const m of isValidPortNum(p)) out.push(invalidAt(`${path}.port`, goNumber(p), m));
    if (hasEnd) {
      if (e < p) out.push(invalidAt(`${path}.endPort`, goNumber(e), 'must be greater than or equal to `port`'));
      for (const m of isValidPortNum(e)) out.push(invalidAt(`${path}.endPort`, goNumber(e), m));
    }
  } else if (typeof p === 'string') {
    if (hasEnd) out.push(invalidAt(`${path}.endPort`, goNumber(e), 'may not be specified when `port` is non-numeric'));
    for (const m of isValidPortName(p)) out.push(invalidAt(`${path}.port`, goString(p), m));
  } else if (absent(p) && hasEnd) {
    out.push(invalidAt(`${path}.endPort`, goNumber(e), 'may not be specified when `port` is not specified'));
  }
}

/** ValidateIPBlock on create (no CIDRs are grandfathered). */
export function validateIPBlock(out: FieldError[], ipb: Record<string, unknown>, path: string, strict: boolean): void {
  const cidr = goStr(ipb.cidr);
  if (cidr === null) return;
  if (cidr === '') {
    out.push(requiredAt(`${path}.cidr`));
    return;
  }
  const c = checkCIDR(`${path}.cidr`, cidr, strict);
  for (const err of c.errs) out.push(err);
  if (c.parsed === null) return;
  const except = ipb.except;
  if (!Array.isArray(except)) return;
  const cidrOnes = maskOnes(c.parsed.net.mask);
  for (let i = 0; i < except.length; i++) {
    const s = goStr(except[i]);
    if (s === null) continue;
    const ep = `${path}.except[${i}]`;
    const x = checkCIDR(ep, s, strict);
    for (const err of x.errs) out.push(err);
    if (x.parsed === null) continue;
    if (!netContains(c.parsed.net, x.parsed.net.ip) || cidrOnes >= maskOnes(x.parsed.net.mask)) {
      out.push(invalidAt(ep, goString(s), 'must be a strict subset of `cidr`'));
    }
  }
}

/** ValidateNetworkPolicyPeer. */
export function validateNetworkPolicyPeer(
  out: FieldError[],
  peer: Record<string, unknown>,
  opts: NetworkPolicyValidationOptions,
  path: string,
): void {
  let n = 0;
  if (!absent(peer.podSelector)) {
    n++;
    validateLabelSelector(out, peer.podSelector, opts, `${path}.podSelector`);
  }
  if (!absent(peer.namespaceSelector)) {
    n++;
    validateLabelSelector(out, peer.namespaceSelector, opts, `${path}.namespaceSelector`);
  }
  const ipb = peer.ipBlock;
  if (!absent(ipb)) {
    n++;
    if (isRecord(ipb)) validateIPBlock(out, ipb, `${path}.ipBlock`, opts.strictIPCIDRValidation !== false);
  }
  if (n === 0) out.push(requiredAt(path, 'must specify a peer'));
  else if (n > 1 && !absent(ipb)) out.push(forbiddenAt(path, 'may not specify both ipBlock and another peer'));
}

/** Calls fn for each item of a list that decodes to a struct (null is the zero struct). */
function eachStruct(list: unknown, fn: (item: Record<string, unknown>, i: number) => void): void {
  if (!Array.isArray(list)) return;
  for (let i = 0; i < list.length; i++) {
    const item: unknown = list[i];
    if (item === null) fn({}, i);
    else if (isRecord(item)) fn(item, i);
  }
}

function validateRules(
  out: FieldError[],
  rules: unknown,
  peersKey: 'from' | 'to',
  opts: NetworkPolicyValidationOptions,
  path: string,
): void {
  eachStruct(rules, (rule, i) => {
    const rp = `${path}[${i}]`;
    eachStruct(rule.ports, (port, j) => validateNetworkPolicyPort(out, port, `${rp}.ports[${j}]`));
    eachStruct(rule[peersKey], (peer, j) => validateNetworkPolicyPeer(out, peer, opts, `${rp}.${peersKey}[${j}]`));
  });
}

/** ValidateNetworkPolicySpec. */
export function validateNetworkPolicySpec(
  out: FieldError[],
  spec: Record<string, unknown>,
  opts: NetworkPolicyValidationOptions,
  path: string,
): void {
  validateLabelSelector(out, spec.podSelector, opts, `${path}.podSelector`);
  validateRules(out, spec.ingress, 'from', opts, `${path}.ingress`);
  validateRules(out, spec.egress, 'to', opts, `${path}.egress`);
  const types = spec.policyTypes;
  if (!Array.isArray(types)) return;
  if (types.length > POLICY_TYPES.length) {
    const shown = types.map((t: unknown) => (t === null ? '' : t));
    out.push(invalidAt(`${path}.policyTypes`, goJSON(shown), 'may not specify more than two policyTypes'));
    return;
  }
  for (let i = 0; i < types.length; i++) {
    const t = goStr(types[i]);
    if (t !== null && t !== 'Ingress' && t !== 'Egress') {
      out.push(notSupportedAt(`${path}.policyTypes[${i}]`, goJSON(t), POLICY_TYPES));
    }
  }
}

/**
 * All field errors of a NetworkPolicy, as kube-apiserver v1.36 reports them on create: the
 * decoder's type errors (which the server answers with 400), then ValidateNetworkPolicy's errors in
 * upstream order (metadata, spec.podSelector, each ingress rule's ports then from, egress, policyTypes).
 */
export function validateNetworkPolicy(obj: unknown, opts: NetworkPolicyValidationOptions = {}): FieldError[] {
  const out: FieldError[] = [];
  try {
    for (const e of decodeErrors(obj, opts.jsonText)) out.push(e);
    if (!isRecord(obj)) return out;
    const meta = obj.metadata;
    if (absent(meta) || isRecord(meta)) validateObjectMeta(out, meta, true, 'metadata');
    const spec = obj.spec;
    if (absent(spec)) validateNetworkPolicySpec(out, {}, opts, 'spec');
    else if (isRecord(spec)) validateNetworkPolicySpec(out, spec, opts, 'spec');
  } catch {
    // Unreachable for JSON input; kept so that no input (getters, proxies) can make the editor throw.
  }
  return out;
}
