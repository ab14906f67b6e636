// React bindings of the two small stores (the selected cluster/namespace and the opened policy),
// and the cluster switch that resets every cached answer of the previous cluster.
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useSyncExternalStore } from 'react';
import {
  getClusterSelection,
  setClusterSelection,
  subscribeClusterSelection,
  type ClusterSelection,
} from '../../lib/current-cluster';
import { clusterKeys } from './api/keys';
import { getOpenedPolicy, subscribeOpenedPolicy, type OpenedPolicy } from './model/opened-policy';

export function useClusterSelection(): ClusterSelection {
  return useSyncExternalStore(subscribeClusterSelection, getClusterSelection);
}

export function useOpenedPolicy(): OpenedPolicy | undefined {
  return useSyncExternalStore(subscribeOpenedPolicy, getOpenedPolicy);
}

const isClusterListKey = (key: readonly unknown[]): boolean =>
  key[0] === clusterKeys.all[0] && key[1] === clusterKeys.list()[1];

/** Selects a cluster; on a real switch every query but the cluster list starts over. */
export function useSelectCluster(): (next: ClusterSelection) => void {
  const queryClient = useQueryClient();
  return useCallback(
    (next: ClusterSelection) => {
      const before = getClusterSelection().cluster;
      setClusterSelection(next);
      if (before !== next.cluster) {
        // Keys of other features do not hold the cluster: drop their data so nothing from the
        // previous cluster is shown, and refetch what is on screen from the new one.
        void queryClient.resetQueries({ predicate: (q) => !isClusterListKey(q.queryKey) });
      }
    },
    [queryClient],
  );
}
