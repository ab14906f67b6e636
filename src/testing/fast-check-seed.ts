// Vitest setup: every fast-check property runs from one fixed seed by default, so a CI run of a
// given commit is reproducible and cannot pass or fail by the luck of the draw. `npm run fuzz`
// (scripts/fuzz.js) explores: it sets FC_SEED=random and repeats the property suites with fresh
// seeds, printing any failing seed so it can be replayed with FC_SEED=<seed> and turned into a test.
import fc from 'fast-check';

/** The seed CI uses; change it deliberately, never to make a failure go away. */
export const DEFAULT_FC_SEED = 20261124;

export function fastCheckSeed(value: string | undefined): number | undefined {
  if (value === 'random') return undefined;
  if (value === undefined || value === '') return DEFAULT_FC_SEED;
  const n = Number(value);
  if (!Number.isSafeInteger(n)) throw new Error(`FC_SEED must be an integer or "random", not ${JSON.stringify(value)}`);
  return n;
}

const seed = fastCheckSeed(process.env.FC_SEED);
if (seed !== undefined) fc.configureGlobal({ ...fc.readConfigureGlobal(), seed });
