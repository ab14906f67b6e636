// GET /api/v1/namespaces: whole Namespace objects (the review needs their labels).
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { reviewKeys } from './keys';
import { itemsOf, type ObjectList } from './object-list';

export async function listNamespaces(signal?: AbortSignal): Promise<unknown[]> {
  const res = await apiRequest<ObjectList>('/api/v1/namespaces', signal === undefined ? {} : { signal });
  return itemsOf(res.body, 'Namespace');
}

export const namespaceObjectsQueryOptions = () =>
  queryOptions({ queryKey: reviewKeys.namespaces(), queryFn: ({ signal }) => listNamespaces(signal) });

export const useNamespaceObjects = () => useQuery(namespaceObjectsQueryOptions());
