import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DEFAULT_FC_SEED, fastCheckSeed } from './fast-check-seed';

describe('fastCheckSeed', () => {
  it('defaults to the fixed CI seed, takes an integer, and "random" lets fast-check choose', () => {
    expect(fastCheckSeed(undefined)).toBe(DEFAULT_FC_SEED);
    expect(fastCheckSeed('')).toBe(DEFAULT_FC_SEED);
    expect(fastCheckSeed('-42')).toBe(-42);
    expect(fastCheckSeed('random')).toBeUndefined();
    expect(() => fastCheckSeed('abc')).toThrow(/FC_SEED must be an integer/);
  });

  it('is installed for this run: the global seed is the one FC_SEED asks for', () => {
    expect(fc.readConfigureGlobal().seed).toBe(fastCheckSeed(process.env.FC_SEED));
  });
});
