// Ports of apimachinery apis/meta/v1/validation TestValidateLabels and TestLabelSelectorMatchExpression,
// plus the selector rules of ValidateLabelSelectorRequirement with exact types, paths and messages.
import { describe, expect, it } from 'vitest';
import { errorString, type FieldError } from '../field';
import { validateLabelSelector, validateLabels } from './labels';

const labelsErrs = (labels: Record<string, unknown>): FieldError[] => {
  const out: FieldError[] = [];
  validateLabels(out, labels, 'field');
  return out;
};
const selErrs = (sel: unknown, allowInvalid = false): FieldError[] => {
  const out: FieldError[] = [];
  validateLabelSelector(out, sel, { allowInvalidLabelValueInSelector: allowInvalid }, 'labelSelector');
  return out;
};

describe('TestValidateLabels', () => {
  const good = [
    ...['simple', 'now-with-dashes', '1-starts-with-num', '1234', 'simple/simple', 'now-with-dashes/simple'],
    ...['now-with-dashes/now-with-dashes', 'now.with.dots/simple', 'now-with.dashes-and.dots/simple'],
    ...['1-num.2-num/3-num', '1234/5678', '1.2.3.4/5678', 'UpperCaseAreOK123'],
  ].map((k) => ({ [k]: 'bar' }));
  it.each([...good, { goodvalue: '123_-.BaR' }])('accepts %j', (labels) => expect(labelsErrs(labels)).toEqual([]));

  it.each([
    [{ 'nospecialchars^=@': 'bar' }, 'name part must consist of'],
    [{ 'cantendwithadash-': 'bar' }, 'name part must consist of'],
    [{ 'only/one/slash': 'bar' }, 'a valid label key must consist of'],
    [{ ['a'.repeat(254)]: 'bar' }, 'must be no more than'],
    [{ toolongvalue: 'a'.repeat(64) }, 'must be no more than'],
    [{ backslashesinvalue: 'some\\bad\\value' }, 'a valid label must be an empty string or consist of'],
    [{ nocommasallowed: 'bad,value' }, 'a valid label must be an empty string or consist of'],
    [{ strangecharsinvalue: '?#$notsogood' }, 'a valid label must be an empty string or consist of'],
  ])('rejects %j with one error containing %j at the map path', (labels, want) => {
    const errs = labelsErrs(labels);
    expect(errs).toHaveLength(1);
    expect(errs[0]?.type).toBe('FieldValueInvalid');
    expect(errs[0]?.field).toBe('field');
    expect(errs[0]?.detail).toContain(want);
  });

  it('shows the key or the value as the bad value, never the key in the path', () => {
    const errs = labelsErrs({ 'Bad Key': 'bad value' });
    expect(errs.map((e) => [e.field, e.badValue])).toEqual([
      ['field', { kind: 'string', value: 'Bad Key' }],
      ['field', { kind: 'string', value: 'bad value' }],
    ]);
  });
});

describe('TestLabelSelectorMatchExpression', () => {
  it.each([
    ['Valid LabelSelector', { key: 'key', operator: 'In', values: ['value'] }, 0, ''],
    [
      "MatchExpression's key name isn't valid",
      { key: '-key', operator: 'In', values: ['value'] },
      1,
      'name part must consist of alphanumeric characters',
    ],
    [
      "MatchExpression's operator isn't valid",
      { key: 'key', operator: 'abc', values: ['value'] },
      1,
      'not a valid selector operator',
    ],
    [
      "MatchExpression's value name isn't valid",
      { key: 'key', operator: 'In', values: ['-value'] },
      1,
      'a valid label must be an empty string or consist of',
    ],
  ])('%s', (_name, expr, n, want) => {
    const errs = selErrs({ matchExpressions: [expr] });
    expect(errs).toHaveLength(n);
    if (n > 0) expect(errs.map(errorString).join('\n')).toContain(want);
  });
});

describe('ValidateLabelSelectorRequirement rules', () => {
  it('In/NotIn need values (Required), Exists/DoesNotExist forbid them (Forbidden)', () => {
    expect(selErrs({ matchExpressions: [{ key: 'k', operator: 'In' }] }).map(errorString)).toEqual([
      "labelSelector.matchExpressions[0].values: Required value: must be specified when `operator` is 'In' or 'NotIn'",
    ]);
    expect(selErrs({ matchExpressions: [{ key: 'k', operator: 'NotIn', values: [] }] })[0]?.type).toBe(
      'FieldValueRequired',
    );
    expect(selErrs({ matchExpressions: [{ key: 'k', operator: 'Exists', values: ['a'] }] }).map(errorString)).toEqual([
      "labelSelector.matchExpressions[0].values: Forbidden: may not be specified when `operator` is 'Exists' or 'DoesNotExist'",
    ]);
    expect(selErrs({ matchExpressions: [{ key: 'k', operator: 'DoesNotExist' }] })).toEqual([]);
  });
  it('rejects other operators case-sensitively, rendering them as JSON, without a values-presence check', () => {
    expect(selErrs({ matchExpressions: [{ key: 'k', operator: 'in' }] }).map(errorString)).toEqual([
      'labelSelector.matchExpressions[0].operator: Invalid value: "in": not a valid selector operator',
    ]);
    expect(selErrs({ matchExpressions: [{ key: 'k', operator: '' }] })).toHaveLength(1);
    expect(selErrs({ matchExpressions: [{ key: 'k' }] })).toHaveLength(1);
  });
  it('checks operator, then key, then each value at values[i]', () => {
    const errs = selErrs({ matchExpressions: [{ key: 'a/b/c', operator: 'bad', values: ['ok', '-x', 'y-'] }] });
    expect(errs.map((e) => e.field)).toEqual([
      'labelSelector.matchExpressions[0].operator',
      'labelSelector.matchExpressions[0].key',
      'labelSelector.matchExpressions[0].values[1]',
      'labelSelector.matchExpressions[0].values[2]',
    ]);
  });
  it('skips the value check only with AllowInvalidLabelValueInSelector', () => {
    const sel = { matchExpressions: [{ key: 'k', operator: 'In', values: ['-x'] }] };
    expect(selErrs(sel, false)).toHaveLength(1);
    expect(selErrs(sel, true)).toEqual([]);
  });
  it('reports matchLabels at <sel>.matchLabels and accepts the empty selector', () => {
    expect(selErrs({})).toEqual([]);
    expect(selErrs(null)).toEqual([]);
    expect(selErrs({ matchLabels: { 'a b': 'c' } }).map((e) => e.field)).toEqual(['labelSelector.matchLabels']);
  });
});
