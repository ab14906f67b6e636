// The upstream e2e NetworkPolicy suite (network_policy.go @9db638c0) replayed on the x/y/z model:
// every step's truth table must match the engine on all 72 non-loopback pairs, fast and naive alike.
import { describe, expect, it } from 'vitest';
import { extraScenarios } from './testing/extra-scenarios';
import { runStep, type Scenario } from './testing/scenario';
import { scenarios1 } from './testing/upstream-scenarios-1';
import { scenarios2 } from './testing/upstream-scenarios-2';
import { scenariosEarly } from './testing/upstream-scenarios-early';
import { scenariosEgress } from './testing/upstream-scenarios-egress';
import { scenariosIPBlock } from './testing/upstream-scenarios-ipblock';
import { scenariosPorts } from './testing/upstream-scenarios-ports';

function check(scenarios: Scenario[]): void {
  for (const s of scenarios) {
    it(s.name, () => {
      s.steps.forEach((step, i) => {
        const res = runStep(step);
        const label = `step ${i + 1} (${step.port}/${step.protocol})`;
        expect(res.fastVsNaive, `${label}: fast and naive differ`).toEqual([]);
        expect(res.mismatches, `${label}\nexpected:\n${res.expected}\nactual:\n${res.actual}`).toEqual([]);
      });
    });
  }
}

describe('upstream e2e: NetworkPolicy between server and client', () => {
  check(scenarios1);
  check(scenariosPorts);
  check(scenarios2);
  check(scenariosEgress);
  check(scenariosIPBlock);
});

describe('early e2e revision (tests and builder variants 9db638c0 dropped)', () => {
  check(scenariosEarly);
});

describe('early e2e revision DNS variants and endPort (computed from the rules)', () => {
  check(extraScenarios);
});

describe('the replay can fail', () => {
  it('reports a mismatch when the expectation is wrong', () => {
    const s = scenarios1[0];
    const step = s?.steps[0];
    if (step === undefined) throw new Error('no scenario');
    const res = runStep({ ...step, expect: () => undefined });
    // default-deny-ingress in x denies the 8 other pods -> each x pod: 3 x 8 = 24, minus 3 loopback = 24.
    expect(res.mismatches).toHaveLength(24);
  });

  it('counts the translated scenarios and steps', () => {
    const all = [...scenarios1, ...scenariosPorts, ...scenarios2, ...scenariosEgress, ...scenariosIPBlock];
    expect(all.length).toBeGreaterThanOrEqual(48);
    expect(all.reduce((n, s) => n + s.steps.length, 0)).toBeGreaterThanOrEqual(65);
    expect(scenariosEarly.length).toBeGreaterThanOrEqual(8);
  });
});
