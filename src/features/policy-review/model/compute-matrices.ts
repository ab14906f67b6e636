// The work the matrix worker does, as a pure function (so it is testable and benchable in Node).
import type { NetworkPolicy } from '../../../k8s/networking/types';
import { indexCluster, reachabilityMatrix, type Cluster, type Probe } from './engine';
import { diffCounts } from './simulation';

export interface MatrixRequest {
  id: number;
  cluster: Cluster;
  /** The cluster's policies as they are; null skips the "before" matrix. */
  before: NetworkPolicy[] | null;
  /** The cluster's policies with the draft applied. */
  after: NetworkPolicy[];
  probe: Probe;
}

export interface MatrixResult {
  id: number;
  pods: string[];
  before: Uint8Array | null;
  after: Uint8Array;
  /** Changed ordered pairs (self pairs excluded); null without a before matrix. Counted here, off the main thread. */
  diff: { opened: number; closed: number } | null;
  /** Time spent computing inside the worker (compile + both matrices + diff). */
  ms: number;
}

export type MatrixResponse = { ok: true; result: MatrixResult } | { ok: false; id: number; error: string };

export function computeMatrices(req: MatrixRequest, now: () => number = () => performance.now()): MatrixResult {
  const started = now();
  const index = indexCluster(req.cluster);
  const after = reachabilityMatrix(index, req.after, req.probe);
  const before = req.before === null ? null : reachabilityMatrix(index, req.before, req.probe).allowed;
  const diff = before === null ? null : diffCounts(before, after.allowed, after.pods.length);
  return { id: req.id, pods: after.pods, before, after: after.allowed, diff, ms: now() - started };
}
