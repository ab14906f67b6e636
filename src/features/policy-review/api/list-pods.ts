// GET /api/v1/pods: every pod in every namespace (labels, container ports, pod IPs).
import { queryOptions, useQuery } from '@tanstack/react-query';
import { withKind } from '../../../lib/k8s-api/list';
import { listPods as fetchPods } from '../../../lib/k8s-api/pods';
import { reviewKeys } from './keys';

export async function listPods(signal?: AbortSignal): Promise<unknown[]> {
  return withKind(await fetchPods({}, signal), 'Pod');
}

export const podsQueryOptions = () =>
  queryOptions({ queryKey: reviewKeys.pods(), queryFn: ({ signal }) => listPods(signal) });

export const usePods = () => useQuery(podsQueryOptions());
