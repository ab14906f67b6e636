// The cluster the review evaluates against: Namespace and Pod objects built into the engine's
// model (indexed once), and the policies already in the cluster.
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import type { NetworkPolicy } from '../../../k8s/networking/types';
import { useAllNetworkPolicies } from '../api/list-all-network-policies';
import { useNamespaceObjects } from '../api/list-namespaces';
import { reviewKeys } from '../api/keys';
import { usePods } from '../api/list-pods';
import { buildCluster, indexCluster, type ClusterIndex } from '../model/engine';

export interface ReviewCluster {
  /** null until namespaces and pods have loaded. */
  index: ClusterIndex | null;
  existing: NetworkPolicy[];
  loading: boolean;
  /** The first load error, in words. */
  error: string | null;
  notes: string[];
}

const EMPTY: NetworkPolicy[] = [];

export function useReviewCluster(): ReviewCluster {
  const namespaces = useNamespaceObjects();
  const pods = usePods();
  const policies = useAllNetworkPolicies();
  const client = useQueryClient();
  // Any successful write (the editor's Create) may change the cluster's policies: refetch them, so
  // that "before" is the cluster as it now is. Subscribing keeps the editor's code unaware of us.
  useEffect(
    () =>
      client.getMutationCache().subscribe((e) => {
        if (e.type === 'updated' && e.action.type === 'success') {
          void client.invalidateQueries({ queryKey: reviewKeys.networkPolicies() });
        }
      }),
    [client],
  );
  const built = useMemo(() => {
    if (namespaces.data === undefined || pods.data === undefined) return null;
    const { cluster, notes } = buildCluster([...namespaces.data, ...pods.data]);
    return { index: indexCluster(cluster), notes };
  }, [namespaces.data, pods.data]);
  const failed = [namespaces.error, pods.error, policies.error].find((e) => e !== null && e !== undefined);
  return {
    index: built?.index ?? null,
    existing: policies.data ?? EMPTY,
    loading: namespaces.isPending || pods.isPending || policies.isPending,
    error: failed ? failed.message : null,
    notes: built?.notes ?? [],
  };
}
