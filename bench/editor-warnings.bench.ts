// The editor's apiserver warnings (draftWarnings: getWarningsForNetworkPolicy on every ipBlock) on
// a 1,000-peer ipBlock policy, against the validation each keystroke runs. Node, not Chromium: both
// are pure functions of the draft. The page computes warnings from the deferred draft, after the
// keystroke's own update, so this is background work, not keystroke latency.
import type { NetworkPolicy } from '../src/k8s/networking/types';
import { draftWarnings } from '../src/features/policy-editor/model/draft-warnings';
import { validateDraft } from '../src/features/policy-editor/model/validate-draft';
import { fmtMs, percentile, type BenchRow } from './types';

const PEERS = 1000;
const RUNS = 200;

function ipBlockPolicy(): NetworkPolicy {
  return {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'NetworkPolicy',
    metadata: { name: 'bench', namespace: 'default' },
    spec: {
      podSelector: {},
      egress: [
        {
          // Every tenth one is an IPv6 spelling that draws the RFC 5952 warning.
          to: Array.from({ length: PEERS }, (_, i) => ({
            ipBlock:
              i % 10 === 0
                ? { cidr: `2001:DB8:${i.toString(16)}::/48` }
                : { cidr: `10.${i >> 8}.${i & 255}.0/24`, except: [`10.${i >> 8}.${i & 255}.128/25`] },
          })),
        },
      ],
    },
  };
}

/** p50 and p95 of `f` on a fresh copy of the draft each run (the memo is by identity, as after a keystroke). */
function measure(f: (p: NetworkPolicy) => unknown): { p50: number; p95: number; out: unknown } {
  const base = ipBlockPolicy();
  const times: number[] = [];
  let out: unknown;
  for (let i = 0; i < RUNS + 20; i++) {
    const copy = { ...base, metadata: { ...base.metadata, name: `bench-${i}` } };
    const t0 = performance.now();
    out = f(copy);
    const dt = performance.now() - t0;
    if (i >= 20) times.push(dt);
  }
  return { p50: percentile(times, 50), p95: percentile(times, 95), out };
}

export async function run(): Promise<BenchRow[]> {
  const warn = measure((p) => draftWarnings(p, []));
  const validate = measure((p) => validateDraft(p));
  const count = Array.isArray(warn.out) ? warn.out.length : 0;
  return [
    {
      name: `editor: apiserver warnings of a draft, 1,000 ipBlock peers (Node, p95 of ${RUNS}; ${count} warnings; deferred, off the keystroke path)`,
      result: `${fmtMs(warn.p95)} (p50 ${fmtMs(warn.p50)})`,
      baseline: `validateDraft on the same draft p95 ${fmtMs(validate.p95)}`,
      ratio: `${(warn.p95 / validate.p95).toFixed(2)}x`,
      target: 'with validation, inside one frame (16 ms)',
      met: warn.p95 + validate.p95 <= 16 ? 'yes' : 'no',
    },
  ];
}
