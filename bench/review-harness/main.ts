// Browser harness for bench/review.bench.ts: the review's own matrix worker and engine, timed in
// the page, plus a probe of main-thread responsiveness while the worker computes.
import { createMatrixWorker } from '../../src/features/policy-review/hooks/use-matrix-worker';
import {
  computeMatrices,
  type MatrixRequest,
  type MatrixResponse,
} from '../../src/features/policy-review/model/compute-matrices';
import { naiveReachabilityMatrix } from '../../src/k8s/networking/semantics';
import { syntheticCluster, syntheticPolicies } from '../review-synthetic';

const cluster = syntheticCluster(1000, 20);
const policies = syntheticPolicies(200, 20);
const probe = { port: 8080, protocol: 'TCP' };
const worker = createMatrixWorker();
let nextId = 0;

/** Counts allowed pairs after the timing, so that the count is not charged to the main thread. */
const count = (a: Uint8Array): number => {
  let n = 0;
  for (let i = 0; i < a.length; i++) n += a[i] ?? 0;
  return n;
};
let lastAfter: Uint8Array = new Uint8Array(0);

function inWorker(before: boolean): Promise<{ ms: number; workerMs: number; postMs: number }> {
  if (worker === null) return Promise.reject(new Error('no Worker in this browser'));
  const w = worker;
  const req: MatrixRequest = {
    id: ++nextId,
    cluster,
    before: before ? policies.slice(1) : null,
    after: policies,
    probe,
  };
  return new Promise((resolve, reject) => {
    const started = performance.now();
    w.onmessage = (e: MessageEvent<MatrixResponse>) => {
      const ms = performance.now() - started;
      if (!e.data.ok) return reject(new Error(e.data.error));
      const r = e.data.result;
      lastAfter = r.after;
      resolve({ ms, workerMs: r.ms, postMs });
    };
    w.postMessage(req);
    const postMs = performance.now() - started;
  });
}

function onMainThread(before: boolean): { ms: number } {
  const started = performance.now();
  const r = computeMatrices({ id: 0, cluster, before: before ? policies.slice(1) : null, after: policies, probe });
  const ms = performance.now() - started;
  lastAfter = r.after;
  return { ms };
}

/** The naive per-pair evaluation on `rows` source rows (all destinations), for scaling. */
function naive(rows: number): { ms: number; rows: number } {
  const started = performance.now();
  naiveReachabilityMatrix(cluster, policies, probe, rows);
  return { ms: performance.now() - started, rows };
}

/**
 * Runs `work` while a 1 ms timer loop measures the largest gap between its ticks (event-loop delay,
 * what typing would feel) and a PerformanceObserver collects long tasks.
 */
async function responsiveness(where: 'worker' | 'main'): Promise<{ maxDelay: number; longest: number; ms: number }> {
  const longTasks: number[] = [];
  const obs = new PerformanceObserver((list) => list.getEntries().forEach((e) => longTasks.push(e.duration)));
  obs.observe({ entryTypes: ['longtask'] });
  let maxDelay = 0;
  let last = performance.now();
  let running = true;
  const tick = (): void => {
    const now = performance.now();
    maxDelay = Math.max(maxDelay, now - last);
    last = now;
    if (running) setTimeout(tick, 1);
  };
  setTimeout(tick, 1);
  await new Promise((r) => setTimeout(r, 20));
  const started = performance.now();
  if (where === 'worker') await inWorker(true);
  else onMainThread(true);
  const ms = performance.now() - started;
  await new Promise((r) => setTimeout(r, 20));
  running = false;
  obs.disconnect();
  return { maxDelay, longest: longTasks.length === 0 ? 0 : Math.max(...longTasks), ms };
}

const allowedPairs = (): number => count(lastAfter);
const api = {
  inWorker,
  onMainThread,
  allowedPairs,
  naive,
  responsiveness,
  pods: cluster.pods.length,
  policies: policies.length,
};
(globalThis as unknown as { __reviewBench: typeof api }).__reviewBench = api;
const ready = globalThis.document.getElementById('ready');
if (ready) ready.textContent = 'ready';
