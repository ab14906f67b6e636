// Replays an upstream e2e test step on the x/y/z model: computes the matrix (fast and naive) and
// compares it with the test's Reachability table on every pair except loopback (ignoreLoopback).
import type { NetworkPolicy } from '../../types';
import { matrixGet, naiveReachabilityMatrix, reachabilityMatrix } from '../matrix';
import type { Cluster } from '../model';
import { allPodStrings, Reachability, renderTable, xyzCluster } from './xyz-model';

export interface Step {
  /** The full set of policies present at this ValidateOrFail, namespaces set. */
  policies: NetworkPolicy[];
  port: number;
  protocol: 'TCP' | 'UDP' | 'SCTP';
  /** Label changes made by the test before this step (AddPodLabels, AddNamespaceLabel). */
  mutate?: (c: Cluster) => void;
  expect: (r: Reachability) => void;
}

export interface Scenario {
  /** The upstream test name (f.It / ginkgo.It). */
  name: string;
  steps: Step[];
}

export interface StepResult {
  mismatches: string[];
  fastVsNaive: string[];
  expected: string;
  actual: string;
}

export function runStep(step: Step): StepResult {
  const cluster = xyzCluster();
  step.mutate?.(cluster);
  const pods = allPodStrings();
  const r = new Reachability(pods, true);
  step.expect(r);
  const probe = { port: step.port, protocol: step.protocol };
  const fast = reachabilityMatrix(cluster, step.policies, probe);
  const naive = naiveReachabilityMatrix(cluster, step.policies, probe);
  const idx = new Map(fast.pods.map((p, i) => [p, i]));
  const get = (f: string, t: string): boolean => matrixGet(fast, idx.get(f) ?? -1, idx.get(t) ?? -1);
  const mismatches: string[] = [];
  const fastVsNaive: string[] = [];
  for (const f of pods) {
    for (const t of pods) {
      const i = idx.get(f) ?? -1;
      const j = idx.get(t) ?? -1;
      if (matrixGet(fast, i, j) !== matrixGet(naive, i, j)) fastVsNaive.push(`${f} -> ${t}`);
      if (f === t) continue;
      if (get(f, t) !== r.get(f, t)) mismatches.push(`${f} -> ${t}: expected ${r.get(f, t)}, got ${get(f, t)}`);
    }
  }
  return {
    mismatches,
    fastVsNaive,
    expected: renderTable(pods, (f, t) => r.get(f, t)),
    actual: renderTable(pods, get),
  };
}
