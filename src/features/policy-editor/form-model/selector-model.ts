// LabelSelector <-> SelectorModel (matchLabels rows, matchExpressions with comma-separated values).
import { fromList, fromMap, toList, toMap } from './collections';
import { assemble, decode, encode, isRecord, isStringArray, isStringMap, keep, textOut, type JsonRecord } from './kept';
import type { ExpressionModel, SelectorModel } from './types';

export const SELECTOR_KEYS = ['matchLabels', 'matchExpressions'] as const;
export const EXPRESSION_KEYS = ['key', 'operator', 'values'] as const;
export const OPERATORS = ['In', 'NotIn', 'Exists', 'DoesNotExist'] as const;

export function emptySelector(): SelectorModel {
  return {
    kept: '',
    present: false,
    matchLabels: { rows: [], empty: false },
    matchExpressions: { items: [], empty: false },
  };
}

export function toSelector(v: JsonRecord): SelectorModel {
  const labels = isStringMap(v.matchLabels) ? v.matchLabels : undefined;
  const exprs = Array.isArray(v.matchExpressions) ? v.matchExpressions : undefined;
  return {
    kept: keep(v, SELECTOR_KEYS, (k) => (k === 'matchLabels' ? labels !== undefined : exprs !== undefined)),
    present: true,
    matchLabels: toMap(labels),
    matchExpressions: toList(exprs, toExpression),
  };
}

export function fromSelector(m: SelectorModel): JsonRecord {
  return assemble(m.kept, SELECTOR_KEYS, {
    matchLabels: fromMap(m.matchLabels),
    matchExpressions: fromList(m.matchExpressions, fromExpression),
  });
}

export function newExpression(): ExpressionModel {
  return { kept: '', opaque: '', key: '', keyOrig: null, operator: encode('In'), values: '', valuesOrig: '' };
}

export function toExpression(v: unknown): ExpressionModel {
  if (!isRecord(v)) return { ...newExpression(), operator: '', opaque: encode(v) };
  const key = typeof v.key === 'string' ? v.key : null;
  const op = typeof v.operator === 'string' ? v.operator : undefined;
  const values = isStringArray(v.values) ? v.values : undefined;
  const edited: Record<string, boolean> = {
    key: key !== null,
    operator: op !== undefined,
    values: values !== undefined,
  };
  return {
    kept: keep(v, EXPRESSION_KEYS, (k) => edited[k] === true),
    opaque: '',
    key: key ?? '',
    keyOrig: key,
    operator: op === undefined ? '' : encode(op),
    values: formatValues(values),
    valuesOrig: values === undefined ? '' : encode(values),
  };
}

export function fromExpression(m: ExpressionModel): unknown {
  if (m.opaque !== '') return decode(m.opaque);
  return assemble(m.kept, EXPRESSION_KEYS, {
    key: textOut(m.key, m.keyOrig),
    operator: m.operator === '' ? undefined : decode(m.operator),
    values: valuesOut(m.values, m.valuesOrig),
  });
}

export function formatValues(values: readonly string[] | undefined): string {
  return values === undefined ? '' : values.join(', ');
}

/** The original list while the text still shows it; otherwise the comma-separated entries. */
export function valuesOut(text: string, orig: string): string[] | undefined {
  const original = orig === '' ? undefined : (decode(orig) as string[]);
  if (text === formatValues(original)) return original;
  const parts = text
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  return parts.length === 0 ? undefined : parts;
}

/** Whether a selector model selects everything (no labels, no expressions). */
export function selectorIsEmpty(m: Pick<SelectorModel, 'matchLabels' | 'matchExpressions'>): boolean {
  return m.matchLabels.rows.length === 0 && m.matchExpressions.items.length === 0;
}
