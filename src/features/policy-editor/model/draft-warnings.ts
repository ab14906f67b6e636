// The apiserver's create-time warnings for the draft (getWarningsForNetworkPolicy: CIDRs that pass
// validation but are not canonical), as you type. They never block Create: the server accepts the
// object and answers with `Warning` headers.
import { omitted, type FieldError } from '../../../k8s/field';
import type { NetworkPolicy } from '../../../k8s/networking/types';
import { getWarningsForNetworkPolicy } from '../../../k8s/networking/warnings';
import type { Locate, MarkerSpec } from './markers';

export const WARNING_OWNER = 'netpol-warnings';

export interface DraftWarning {
  /** The field path the warning is about ("spec.ingress[0].from[0].ipBlock.cidr"). */
  readonly field: string;
  /** The whole warning as the server sends it: `<field>: <text>`. */
  readonly message: string;
}

const cache = new WeakMap<NetworkPolicy, readonly DraftWarning[]>();
const NONE: readonly DraftWarning[] = Object.freeze([]);

function split(message: string): DraftWarning {
  // Upstream formats every warning as `<field path>: <text>`; a path holds no ": ".
  const at = message.indexOf(': ');
  return { field: at < 0 ? '' : message.slice(0, at), message };
}

/**
 * The warnings the apiserver would send for this draft, minus those on a field that already has
 * an error there (the server validates first, so it would answer with the error alone).
 */
export function draftWarnings(policy: NetworkPolicy, errors: readonly FieldError[]): readonly DraftWarning[] {
  let all = cache.get(policy);
  if (all === undefined) {
    const found = getWarningsForNetworkPolicy(policy);
    all = found.length === 0 ? NONE : found.map(split);
    cache.set(policy, all);
  }
  if (all.length === 0 || errors.length === 0) return all;
  const erred = new Set(errors.map((e) => e.field));
  const kept = all.filter((w) => !erred.has(w.field));
  return kept.length === all.length ? all : kept;
}

/** Warning markers on each warning's field in the text. */
export function warningMarkers(warnings: readonly DraftWarning[], locate: Locate): MarkerSpec[] {
  return warnings.map((w) => {
    const asError: FieldError = { type: 'FieldValueInvalid', field: w.field, badValue: omitted, detail: '' };
    const range = locate(asError) ?? { startLine: 1, startColumn: 1, endLine: 1, endColumn: 2 };
    return {
      startLineNumber: range.startLine,
      startColumn: range.startColumn,
      endLineNumber: range.endLine,
      endColumn: range.endColumn,
      message: w.message,
      severity: 'warning',
      source: 'kube-apiserver warning',
    };
  });
}
