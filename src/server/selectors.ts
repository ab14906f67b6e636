// The `labelSelector` and `fieldSelector` query parameters of list and watch: parsed from the
// string syntax of k8s.io/apimachinery labels.Parse / fields.ParseSelector, then matched.
import type { Obj } from './store';

export type LabelRequirement =
  | { key: string; op: 'exists' | '!exists' }
  | { key: string; op: 'in' | 'notin'; values: string[] }
  | { key: string; op: 'gt' | 'lt'; value: number };

/** Throws an Error with a parse message (answered as 400 BadRequest). */
export function parseLabelSelector(text: string): LabelRequirement[] {
  const out: LabelRequirement[] = [];
  let i = 0;
  const s = text;
  const ws = () => {
    while (i < s.length && /\s/.test(s[i] ?? '')) i++;
  };
  const word = (): string => {
    ws();
    const m = /^[^\s,=!()<>]+/.exec(s.slice(i));
    if (m === null) return '';
    i += m[0].length;
    return m[0];
  };
  const fail = (msg: string): never => {
    throw new Error(`unable to parse requirement: ${msg}`);
  };
  while (true) {
    ws();
    if (i >= s.length) break;
    let negate = false;
    if (s[i] === '!') {
      negate = true;
      i++;
    }
    const key = word();
    if (key === '') fail(`found '${s[i] ?? 'EOF'}', expected: identifier`);
    ws();
    if (negate) {
      out.push({ key, op: '!exists' });
    } else if (i >= s.length || s[i] === ',') {
      out.push({ key, op: 'exists' });
    } else if (s.startsWith('==', i) || s.startsWith('!=', i) || s[i] === '=') {
      const op = s.startsWith('!=', i) ? 'notin' : 'in';
      i += s[i] === '=' && s[i + 1] !== '=' ? 1 : 2;
      out.push({ key, op, values: [word()] });
    } else if (s[i] === '>' || s[i] === '<') {
      const op = s[i] === '>' ? 'gt' : 'lt';
      i++;
      const v = word();
      if (!/^-?\d+$/.test(v)) fail(`for 'Gt', 'Lt' operators, the value must be an integer`);
      out.push({ key, op, value: Number(v) });
    } else {
      const op = word();
      if (op !== 'in' && op !== 'notin') fail(`found '${op}', expected: in, notin, =, ==, !=, gt, lt`);
      ws();
      if (s[i] !== '(') fail(`found '${s[i] ?? 'EOF'}', expected: '('`);
      i++;
      const values: string[] = [];
      while (true) {
        ws();
        if (s[i] === ')') {
          i++;
          break;
        }
        values.push(word());
        ws();
        if (s[i] === ',') i++;
        else if (s[i] !== ')') fail(`found '${s[i] ?? 'EOF'}', expected: ',' or ')'`);
      }
      out.push({ key, op: op as 'in' | 'notin', values });
    }
    ws();
    if (i < s.length) {
      if (s[i] !== ',') fail(`found '${s[i] ?? ''}', expected: ',' or 'end of string'`);
      i++;
    }
  }
  return out;
}

export function matchesLabels(reqs: readonly LabelRequirement[], labels: unknown): boolean {
  const l = (typeof labels === 'object' && labels !== null ? labels : {}) as Record<string, unknown>;
  return reqs.every((r) => {
    const has = Object.hasOwn(l, r.key);
    const v = has ? String(l[r.key]) : undefined;
    switch (r.op) {
      case 'exists':
        return has;
      case '!exists':
        return !has;
      case 'in':
        return v !== undefined && r.values.includes(v);
      case 'notin':
        return v === undefined || !r.values.includes(v);
      case 'gt':
      case 'lt': {
        if (v === undefined || !/^-?\d+$/.test(v)) return false;
        return r.op === 'gt' ? Number(v) > r.value : Number(v) < r.value;
      }
    }
  });
}

export interface FieldRequirement {
  field: string;
  equal: boolean;
  value: string;
}

/** Field selectors each resource supports, and how to read them from an object. */
const FIELDS: Record<string, Record<string, (o: Obj) => string>> = {
  networkpolicies: {},
  namespaces: { 'status.phase': (o) => String(sub(o, 'status', 'phase') ?? '') },
  pods: {
    'spec.nodeName': (o) => String(sub(o, 'spec', 'nodeName') ?? ''),
    'spec.restartPolicy': (o) => String(sub(o, 'spec', 'restartPolicy') ?? ''),
    'spec.schedulerName': (o) => String(sub(o, 'spec', 'schedulerName') ?? ''),
    'spec.serviceAccountName': (o) => String(sub(o, 'spec', 'serviceAccountName') ?? ''),
    'status.phase': (o) => String(sub(o, 'status', 'phase') ?? ''),
    'status.podIP': (o) => String(sub(o, 'status', 'podIP') ?? ''),
    'status.nominatedNodeName': (o) => String(sub(o, 'status', 'nominatedNodeName') ?? ''),
  },
};

function sub(o: Obj, a: string, b: string): unknown {
  const x = o[a];
  return typeof x === 'object' && x !== null ? (x as Record<string, unknown>)[b] : undefined;
}

/** Throws an Error with the apiserver's message for an unsupported field (400 BadRequest). */
export function parseFieldSelector(text: string, resource: string): FieldRequirement[] {
  const out: FieldRequirement[] = [];
  for (const part of text.split(',')) {
    if (part.trim() === '') continue;
    const m = /^([^=!]*)(==|=|!=)(.*)$/.exec(part);
    if (m === null) throw new Error(`invalid selector: '${text}'; can't understand '${part}'`);
    const field = (m[1] ?? '').trim();
    const known =
      field === 'metadata.name' || field === 'metadata.namespace' || Object.hasOwn(FIELDS[resource] ?? {}, field);
    if (!known) {
      throw new Error(
        resource === 'networkpolicies'
          ? `${JSON.stringify(field)} is not a known field selector: only "metadata.name", "metadata.namespace"`
          : `field label not supported: ${field}`,
      );
    }
    out.push({ field, equal: m[2] !== '!=', value: (m[3] ?? '').trim() });
  }
  return out;
}

export function matchesFields(reqs: readonly FieldRequirement[], o: Obj, resource: string): boolean {
  return reqs.every((r) => {
    const get =
      r.field === 'metadata.name'
        ? () => String(o.metadata.name ?? '')
        : r.field === 'metadata.namespace'
          ? () => String(o.metadata.namespace ?? '')
          : FIELDS[resource]?.[r.field];
    const v = get === undefined ? '' : get(o);
    return r.equal ? v === r.value : v !== r.value;
  });
}
