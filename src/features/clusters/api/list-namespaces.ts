// GET /api/v1/namespaces of one cluster: the names offered by the namespace picker.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { clusterKeys } from './keys';
import { namespacesPath } from './paths';

interface NamespaceList {
  items?: { metadata?: { name?: string } }[];
}

export async function listNamespaceNames(cluster: string, signal?: AbortSignal): Promise<string[]> {
  const res = await apiRequest<NamespaceList>(namespacesPath(cluster), signal === undefined ? {} : { signal });
  const items = Array.isArray(res.body?.items) ? res.body.items : [];
  return items
    .map((n) => n.metadata?.name ?? '')
    .filter((n) => n !== '')
    .sort();
}

export const namespaceNamesQueryOptions = (cluster: string) =>
  queryOptions({
    queryKey: clusterKeys.namespaces(cluster),
    queryFn: ({ signal }) => listNamespaceNames(cluster, signal),
    retry: false,
  });

export const useNamespaceNames = (cluster: string) => useQuery(namespaceNamesQueryOptions(cluster));
