// GET /api/v1/pods: every pod in every namespace (labels, container ports, pod IPs).
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { reviewKeys } from './keys';
import { itemsOf, type ObjectList } from './object-list';

export async function listPods(signal?: AbortSignal): Promise<unknown[]> {
  const res = await apiRequest<ObjectList>('/api/v1/pods', signal === undefined ? {} : { signal });
  return itemsOf(res.body, 'Pod');
}

export const podsQueryOptions = () =>
  queryOptions({ queryKey: reviewKeys.pods(), queryFn: ({ signal }) => listPods(signal) });

export const usePods = () => useQuery(podsQueryOptions());
