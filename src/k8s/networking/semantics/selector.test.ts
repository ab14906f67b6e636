import { describe, expect, it } from 'vitest';
import { compileSelector, formatLabelSelector, selectorMatches } from './selector';

const labels = { app: 'web', tier: 'front' };

describe('selectorMatches (labels.Selector semantics)', () => {
  it.each([
    ['empty selector matches everything', {}, labels, true],
    ['empty matchLabels matches everything', { matchLabels: {} }, {}, true],
    ['matchLabels equal', { matchLabels: { app: 'web' } }, labels, true],
    ['matchLabels differ', { matchLabels: { app: 'db' } }, labels, false],
    ['matchLabels key absent', { matchLabels: { env: 'prod' } }, labels, false],
    ['matchLabels are ANDed', { matchLabels: { app: 'web', tier: 'back' } }, labels, false],
    ['In listed', { matchExpressions: [{ key: 'app', operator: 'In', values: ['db', 'web'] }] }, labels, true],
    ['In not listed', { matchExpressions: [{ key: 'app', operator: 'In', values: ['db'] }] }, labels, false],
    ['In key absent', { matchExpressions: [{ key: 'env', operator: 'In', values: ['prod'] }] }, labels, false],
    ['NotIn listed', { matchExpressions: [{ key: 'app', operator: 'NotIn', values: ['web'] }] }, labels, false],
    ['NotIn not listed', { matchExpressions: [{ key: 'app', operator: 'NotIn', values: ['db'] }] }, labels, true],
    [
      'NotIn key absent matches',
      { matchExpressions: [{ key: 'env', operator: 'NotIn', values: ['prod'] }] },
      labels,
      true,
    ],
    ['Exists present', { matchExpressions: [{ key: 'app', operator: 'Exists' }] }, labels, true],
    ['Exists absent', { matchExpressions: [{ key: 'env', operator: 'Exists' }] }, labels, false],
    ['DoesNotExist absent', { matchExpressions: [{ key: 'env', operator: 'DoesNotExist' }] }, labels, true],
    ['DoesNotExist present', { matchExpressions: [{ key: 'app', operator: 'DoesNotExist' }] }, labels, false],
    ['empty value is a value', { matchLabels: { app: '' } }, { app: '' }, true],
    [
      'matchLabels AND matchExpressions',
      { matchLabels: { app: 'web' }, matchExpressions: [{ key: 'tier', operator: 'In', values: ['back'] }] },
      labels,
      false,
    ],
  ] as const)('%s', (_name, sel, l, want) => {
    expect(selectorMatches(sel as never, l)).toBe(want);
  });

  it('does not treat inherited object properties as labels', () => {
    expect(selectorMatches({ matchExpressions: [{ key: 'toString', operator: 'Exists' }] }, {})).toBe(false);
  });
});

describe('invalid selectors match nothing and say why', () => {
  it.each([
    [{ key: 'a', operator: 'In', values: [] }, "values set can't be empty"],
    [{ key: 'a', operator: 'NotIn' }, "values set can't be empty"],
    [{ key: 'a', operator: 'Exists', values: ['x'] }, 'values set must be empty'],
    [{ key: 'a', operator: 'Equals', values: ['x'] }, 'not a valid label selector operator'],
  ])('%j', (req, msg) => {
    const c = compileSelector({ matchExpressions: [req] });
    expect(c.valid).toBe(false);
    expect(c.error).toContain(msg);
    expect(c.matches({ a: 'x' })).toBe(false);
    expect(c.matches({})).toBe(false);
  });
});

describe('formatLabelSelector (metav1.FormatLabelSelector)', () => {
  it.each([
    [undefined, '<none>'],
    [{}, '<none>'],
    [{ matchLabels: { b: '2', a: '1' } }, 'a=1,b=2'],
    [{ matchExpressions: [{ key: 'env', operator: 'In', values: ['prod', 'dev'] }] }, 'env in (dev,prod)'],
    [{ matchExpressions: [{ key: 'env', operator: 'NotIn', values: ['x'] }] }, 'env notin (x)'],
    [{ matchExpressions: [{ key: 'env', operator: 'Exists' }] }, 'env'],
    [{ matchExpressions: [{ key: 'env', operator: 'DoesNotExist' }] }, '!env'],
    [{ matchExpressions: [{ key: 'env', operator: 'In', values: [] }] }, '<error>'],
    // matchLabels is selection.Equals ("k=v") even beside an In expression on the same key and value.
    [
      { matchLabels: { pod: 'b' }, matchExpressions: [{ key: 'pod', operator: 'In', values: ['b'] }] },
      'pod=b,pod in (b)',
    ],
  ] as const)('%j -> %s', (sel, want) => {
    expect(formatLabelSelector(sel as never)).toBe(want);
  });
});
