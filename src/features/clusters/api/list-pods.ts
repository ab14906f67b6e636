// GET /api/v1/namespaces/{namespace}/pods of one cluster: labels for counting selected pods.
// Optional: when pods are not readable (403) the list shows the selector text instead.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { listPods } from '../../../lib/k8s-api/pods';
import { podLabelsOf, type PodLabels } from '../model/policy-row';
import { clusterKeys } from './keys';

export async function listPodLabels(cluster: string, namespace: string, signal?: AbortSignal): Promise<PodLabels[]> {
  return podLabelsOf(await listPods({ cluster, namespace }, signal));
}

export const podLabelsQueryOptions = (cluster: string, namespace: string) =>
  queryOptions({
    queryKey: clusterKeys.pods(cluster, namespace),
    queryFn: ({ signal }) => listPodLabels(cluster, namespace, signal),
    retry: false,
  });

export const usePodLabels = (cluster: string, namespace: string) => useQuery(podLabelsQueryOptions(cluster, namespace));
