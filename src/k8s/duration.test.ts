// The AGE column matches k8s.io/apimachinery/pkg/util/duration.HumanDuration at every
// boundary of its branches (the cutoffs read from the Go source), and formatAge's fallbacks.
import { describe, expect, it } from 'vitest';
import { formatAge, humanDuration } from './duration';

const S = 1000;
const M = 60 * S;
const H = 60 * M;
const D = 24 * H;

describe('humanDuration', () => {
  it.each([
    [-2 * S, '<invalid>'],
    [-1 * S, '0s'],
    [-500, '0s'],
    [0, '0s'],
    [59 * S, '59s'],
    [119 * S, '119s'],
    [2 * M, '2m'],
    [2 * M + 5 * S, '2m5s'],
    [9 * M + 59 * S, '9m59s'],
    [10 * M + 30 * S, '10m'],
    [179 * M, '179m'],
    [3 * H, '3h'],
    [3 * H + 20 * M, '3h20m'],
    [7 * H + 59 * M, '7h59m'],
    [8 * H + 30 * M, '8h'],
    [47 * H, '47h'],
    [2 * D, '2d'],
    [2 * D + 5 * H, '2d5h'],
    [7 * D + 23 * H, '7d23h'],
    [8 * D + 5 * H, '8d'],
    [729 * D, '729d'],
    [730 * D, '2y'],
    [731 * D, '2y1d'],
    [8 * 365 * D, '8y'],
    [20 * 365 * D + 3 * D, '20y'],
  ])('%d ms -> %s', (ms, want) => {
    expect(humanDuration(ms)).toBe(want);
  });
});

describe('formatAge', () => {
  const now = Date.parse('2026-01-10T12:00:00Z');
  it('measures from creationTimestamp', () => {
    expect(formatAge('2026-01-10T11:55:00Z', now)).toBe('5m');
    expect(formatAge('2026-01-08T12:00:00Z', now)).toBe('2d');
  });
  it('says <unknown> without a usable timestamp', () => {
    expect(formatAge(undefined, now)).toBe('<unknown>');
    expect(formatAge('', now)).toBe('<unknown>');
    expect(formatAge('yesterday', now)).toBe('<unknown>');
    expect(formatAge(1234, now)).toBe('<unknown>');
  });
});
