// Traffic simulation: the chosen namespaces' pods x pods for one port/protocol, with the draft
// applied to the cluster's policies, before/after/diff, and the reasons for a clicked cell.
import { memo, useMemo, useState } from 'react';
import type { NetworkPolicy } from '../../../k8s/networking/types';
import { PROTOCOLS } from '../../../k8s/networking/types';
import { useMatrixWorker } from '../hooks/use-matrix-worker';
import { cellReasons } from '../model/cell-reasons';
import { policyNamespace, type ClusterIndex, type ClusterPod, type Probe } from '../model/engine';
import { defaultNamespaces, defaultProbe, replacesExisting, subsetCluster, withDraft } from '../model/simulation';
import { CellReasonsView } from './cell-reasons-view';
import { MAX_RENDERED_PODS, MatrixGrid, type MatrixView } from './matrix-grid';
import { SimulationControls } from './simulation-controls';

interface Props {
  policy: NetworkPolicy;
  index: ClusterIndex;
  existing: NetworkPolicy[];
}

export const TrafficSimulation = memo(function TrafficSimulation({ policy, index, existing }: Props) {
  const [chosen, setChosen] = useState<string[] | null>(null);
  const [probeChoice, setProbeChoice] = useState<Probe | null>(null);
  const [view, setView] = useState<MatrixView>('diff');
  const [selected, setSelected] = useState<{ from: string; to: string } | null>(null);

  const defaults = defaultNamespaces(policy, index.cluster);
  const namespaces = chosen ?? defaults;
  const nsKey = namespaces.join(',');
  const draftProbe = defaultProbe(policy, index.cluster.pods);
  const probe = probeChoice ?? draftProbe;
  const { port, protocol } = probe;

  const input = useMemo(
    () => ({
      cluster: subsetCluster(index.cluster, nsKey === '' ? [] : nsKey.split(',')),
      before: existing,
      after: withDraft(existing, policy),
      probe: { port, protocol },
    }),
    [index, nsKey, existing, policy, port, protocol],
  );
  const { result, computing, error } = useMatrixWorker(input);

  const podsByKey = useMemo(() => new Map(index.cluster.pods.map((p) => [`${p.namespace}/${p.name}`, p])), [index]);
  const draftKey = `${policyNamespace(policy)}/${policy.metadata?.name ?? ''}`;
  const reasons = useMemo(() => {
    if (selected === null) return null;
    const from = podsByKey.get(selected.from);
    const to = podsByKey.get(selected.to);
    if (from === undefined || to === undefined) return null;
    const why = (ps: NetworkPolicy[], a: ClusterPod, b: ClusterPod) => cellReasons(index, ps, a, b, probe, draftKey);
    const after = why(view === 'before' ? existing : input.after, from, to);
    const before = view === 'diff' ? why(existing, from, to) : null;
    return { after, before };
  }, [selected, podsByKey, index, existing, input.after, view, probe, draftKey]);

  const n = result?.pods.length ?? 0;
  const counts = result?.diff ?? null;
  const onSelect = useMemo(
    () => (a: number, b: number) => {
      const from = result?.pods[a];
      const to = result?.pods[b];
      if (from !== undefined && to !== undefined) setSelected({ from, to });
    },
    [result],
  );
  const selIdx =
    selected !== null && result !== null
      ? { from: result.pods.indexOf(selected.from), to: result.pods.indexOf(selected.to) }
      : null;

  return (
    <div className="simulation">
      <SimulationControls
        namespaces={index.cluster.namespaces.map((ns) => ns.name)}
        chosen={namespaces}
        isDefault={chosen === null}
        onChosen={setChosen}
        probe={probe}
        onProbe={setProbeChoice}
        protocols={PROTOCOLS}
        view={view}
        onView={setView}
      />
      <p className="review-muted">
        The draft {draftKey}{' '}
        {replacesExisting(existing, policy) ? 'replaces the policy of that name in the cluster' : 'is added'} to the{' '}
        {existing.length} {existing.length === 1 ? 'policy' : 'policies'} already in the cluster. Rows are sources,
        columns destinations.
      </p>
      <p role="status" aria-live="polite" data-testid="matrix-status">
        {computing
          ? 'Computing…'
          : error !== null
            ? `Could not compute the matrix: ${error}`
            : result === null
              ? ''
              : `${n} pods on ${probe.port}/${probe.protocol}, computed in ${result.ms.toFixed(1)} ms.` +
                (counts === null ? '' : ` The draft opens ${counts.opened} and closes ${counts.closed} connections.`)}
      </p>
      {result !== null && n > MAX_RENDERED_PODS && (
        <p className="review-muted">
          Showing the first {MAX_RENDERED_PODS} of {n} pods; choose fewer namespaces to see the rest.
        </p>
      )}
      {result !== null && (
        <div aria-busy={computing} className={computing ? 'matrix-stale' : undefined}>
          <MatrixGrid
            pods={result.pods}
            before={result.before}
            after={result.after}
            view={view}
            selected={selIdx}
            onSelect={onSelect}
          />
        </div>
      )}
      {reasons !== null && <CellReasonsView after={reasons.after} before={reasons.before} />}
    </div>
  );
});
