// "Policies in <namespace>": the namespace's NetworkPolicies on the selected cluster, with
// selected pods, rule counts and age, and the actions open in editor and delete.
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import type { NetworkPolicy } from '../../../k8s/networking/types';
import { clusterKeys } from '../api/keys';
import { usePodLabels } from '../api/list-pods';
import { usePolicies } from '../api/list-policies';
import { useClusterSelection } from '../hooks';
import { setOpenedPolicy, toDraft } from '../model/opened-policy';
import { policyRow } from '../model/policy-row';
import { DeleteDialog } from './delete-dialog';
import { RequestError } from './request-error';
import './clusters.css';

export interface ClusterPoliciesProps {
  /** True when the draft holds work that replacing it would lose. */
  readonly hasChanges: () => boolean;
  /** Replaces the editor's draft. */
  readonly onOpen: (policy: NetworkPolicy) => void;
}

export function ClusterPolicies({ hasChanges, onOpen }: ClusterPoliciesProps) {
  const { cluster, namespace } = useClusterSelection();
  if (namespace === undefined) return null;
  return (
    <PolicyTable
      key={`${cluster}/${namespace}`}
      cluster={cluster}
      namespace={namespace}
      hasChanges={hasChanges}
      onOpen={onOpen}
    />
  );
}

function PolicyTable({
  cluster,
  namespace,
  hasChanges,
  onOpen,
}: ClusterPoliciesProps & { cluster: string; namespace: string }) {
  const policies = usePolicies(cluster, namespace);
  const pods = usePodLabels(cluster, namespace);
  const queryClient = useQueryClient();
  const [deleting, setDeleting] = useState<string | undefined>(undefined);
  const [now, setNow] = useState(() => Date.now());

  // Writes made elsewhere (the editor's Create) change this list too.
  useEffect(
    () =>
      queryClient.getMutationCache().subscribe((e) => {
        if (e.type === 'updated' && e.action.type === 'success') {
          void queryClient.invalidateQueries({ queryKey: clusterKeys.policies(cluster, namespace) });
        }
      }),
    [queryClient, cluster, namespace],
  );
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(t);
  }, []);
  // Ages count from the newest of the clock tick and the list's own fetch time.
  const nowMs = Math.max(now, policies.dataUpdatedAt);

  const rows = useMemo(
    () => (policies.data ?? []).map((p) => ({ policy: p, row: policyRow(p, pods.data, nowMs) })),
    [policies.data, pods.data, nowMs],
  );

  const open = (p: NetworkPolicy) => {
    const name = p.metadata?.name ?? '';
    if (
      hasChanges() &&
      !window.confirm(`Open ${namespace}/${name} from ${cluster}? The current draft will be replaced.`)
    )
      return;
    onOpen(toDraft(p));
    setOpenedPolicy({ cluster, namespace, name, resourceVersion: p.metadata?.resourceVersion ?? '' });
  };

  return (
    <section className="panel cluster-policies" aria-labelledby="cluster-policies-title">
      <h2 id="cluster-policies-title">Policies in {namespace}</h2>
      <p className="hint">
        NetworkPolicies on cluster <strong>{cluster}</strong>, namespace <strong>{namespace}</strong>.
        {pods.isError && ' The pods cannot be read, so the selectors are shown instead of pod counts.'}{' '}
        <button
          type="button"
          onClick={() => void queryClient.invalidateQueries({ queryKey: clusterKeys.cluster(cluster) })}
          disabled={policies.isFetching}
        >
          Refresh
        </button>
      </p>
      {policies.isPending && <p role="status">Loading the policies…</p>}
      {policies.isError && <RequestError what="Could not list the policies" error={policies.error} />}
      {policies.isSuccess && rows.length === 0 && <p>No NetworkPolicies in {namespace}.</p>}
      {rows.length > 0 && (
        <div className="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Selected pods</th>
                <th scope="col">Ingress</th>
                <th scope="col">Egress</th>
                <th scope="col">Age</th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {rows.map(({ policy, row }) => (
                <tr key={row.name}>
                  <th scope="row" className="mono">
                    {row.name}
                  </th>
                  <td title={`podSelector: ${row.selector}`}>{row.selected}</td>
                  <td>{row.ingress}</td>
                  <td>{row.egress}</td>
                  <td>{row.age}</td>
                  <td className="actions">
                    <button type="button" onClick={() => open(policy)}>
                      Open in editor
                    </button>
                    <button type="button" className="danger" onClick={() => setDeleting(row.name)}>
                      Delete
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {deleting !== undefined && (
        <DeleteDialog cluster={cluster} namespace={namespace} name={deleting} onClose={() => setDeleting(undefined)} />
      )}
    </section>
  );
}
