// GET /api/v1/namespaces/{namespace}/pods of one cluster: labels for counting selected pods.
// Optional: when pods are not readable (403) the list shows the selector text instead.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { podLabelsOf, type PodLabels } from '../model/policy-row';
import { clusterKeys } from './keys';
import { podsPath } from './paths';

export async function listPodLabels(cluster: string, namespace: string, signal?: AbortSignal): Promise<PodLabels[]> {
  const res = await apiRequest<{ items?: unknown[] }>(
    podsPath(cluster, namespace),
    signal === undefined ? {} : { signal },
  );
  return podLabelsOf(Array.isArray(res.body?.items) ? res.body.items : []);
}

export const podLabelsQueryOptions = (cluster: string, namespace: string) =>
  queryOptions({
    queryKey: clusterKeys.pods(cluster, namespace),
    queryFn: ({ signal }) => listPodLabels(cluster, namespace, signal),
    retry: false,
  });

export const usePodLabels = (cluster: string, namespace: string) => useQuery(podLabelsQueryOptions(cluster, namespace));
