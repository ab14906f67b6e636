// Label selector matching as k8s.io/apimachinery's metav1.LabelSelectorAsSelector + labels.Selector
// evaluate it, plus the selector's text form (metav1.FormatLabelSelector) used by kubectl describe.
import type { LabelSelector, LabelSelectorRequirement } from '../../meta';

export type Labels = Readonly<Record<string, string>>;

interface Requirement {
  key: string;
  op: 'In' | 'NotIn' | 'Exists' | 'DoesNotExist';
  values: readonly string[];
  /** From matchLabels (selection.Equals, printed "k=v"), not from an In expression ("k in (v)"). */
  equals?: true;
}

export interface CompiledSelector {
  /** False when the apiserver would reject the selector; an invalid selector matches nothing. */
  readonly valid: boolean;
  /** Why it is invalid (apimachinery's wording where it has one). */
  readonly error?: string;
  /** True for `{}` / `{matchLabels: {}}`: selects everything. */
  readonly empty: boolean;
  readonly requirements: readonly Requirement[];
  matches(labels: Labels | undefined): boolean;
}

const NOTHING: (labels: Labels | undefined) => boolean = () => false;
const EVERYTHING: (labels: Labels | undefined) => boolean = () => true;

function requirementError(r: LabelSelectorRequirement): string | null {
  const values = Array.isArray(r.values) ? r.values : [];
  switch (r.operator) {
    case 'In':
    case 'NotIn':
      return values.length === 0 ? "for 'in', 'notin' operators, values set can't be empty" : null;
    case 'Exists':
    case 'DoesNotExist':
      return values.length > 0 ? 'values set must be empty for exists and does not exist' : null;
    default:
      return `${JSON.stringify(r.operator)} is not a valid label selector operator`;
  }
}

/**
 * Compiles a selector once so that it can be evaluated against many label sets. `undefined` (an
 * absent selector) is compiled as the empty selector; callers decide what absence means.
 */
export function compileSelector(sel: LabelSelector | null | undefined): CompiledSelector {
  const reqs: Requirement[] = [];
  for (const [key, value] of Object.entries(sel?.matchLabels ?? {})) {
    reqs.push({ key, op: 'In', values: [value], equals: true });
  }
  const exprs = Array.isArray(sel?.matchExpressions) ? sel.matchExpressions : [];
  for (const r of exprs) {
    const err = requirementError(r);
    if (err !== null) return { valid: false, error: err, empty: false, requirements: [], matches: NOTHING };
    reqs.push({ key: r.key, op: r.operator as Requirement['op'], values: [...(r.values ?? [])] });
  }
  // apimachinery sorts requirements by key; keep that order for the text form.
  reqs.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  if (reqs.length === 0) return { valid: true, empty: true, requirements: reqs, matches: EVERYTHING };
  const matches = (labels: Labels | undefined): boolean => {
    for (const r of reqs) {
      const has = labels !== undefined && Object.prototype.hasOwnProperty.call(labels, r.key);
      const v = has ? labels[r.key] : undefined;
      switch (r.op) {
        case 'In':
          if (!has || !r.values.includes(v as string)) return false;
          break;
        case 'NotIn':
          // labels.Requirement.Matches: NotIn matches when the key is absent.
          if (has && r.values.includes(v as string)) return false;
          break;
        case 'Exists':
          if (!has) return false;
          break;
        case 'DoesNotExist':
          if (has) return false;
          break;
      }
    }
    return true;
  };
  return { valid: true, empty: false, requirements: reqs, matches };
}

/** Matches one selector against one label set (compile once when evaluating many). */
export function selectorMatches(sel: LabelSelector | null | undefined, labels: Labels | undefined): boolean {
  return compileSelector(sel).matches(labels);
}

/**
 * metav1.FormatLabelSelector: "<none>" for a nil or empty selector, "<error>" for an invalid one,
 * otherwise labels.Selector.String(): `k=v`, `k in (a,b)`, `k notin (a,b)`, `k`, `!k`, joined by ",".
 */
export function formatLabelSelector(sel: LabelSelector | null | undefined): string {
  if (sel === null || sel === undefined) return '<none>';
  const c = compileSelector(sel);
  if (!c.valid) return '<error>';
  if (c.empty) return '<none>';
  return c.requirements
    .map((r) => {
      const vals = [...new Set(r.values)].sort();
      if (r.equals) return `${r.key}=${vals[0] ?? ''}`;
      if (r.op === 'In') return `${r.key} in (${vals.join(',')})`;
      if (r.op === 'NotIn') return `${r.key} notin (${vals.join(',')})`;
      if (r.op === 'Exists') return r.key;
      return `!${r.key}`;
    })
    .join(',');
}
