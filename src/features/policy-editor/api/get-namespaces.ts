// GET /api/v1/namespaces: the names for the namespace picker.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { namespaceKeys } from './keys';

interface NamespaceList {
  items?: { metadata?: { name?: string } }[];
}

export async function getNamespaces(signal?: AbortSignal): Promise<string[]> {
  const res = await apiRequest<NamespaceList>('/api/v1/namespaces', signal === undefined ? {} : { signal });
  const names = (res.body?.items ?? [])
    .map((ns) => ns.metadata?.name)
    .filter((n): n is string => typeof n === 'string');
  return [...new Set(names)].sort();
}

export const namespacesQueryOptions = () =>
  queryOptions({ queryKey: namespaceKeys.list(), queryFn: ({ signal }) => getNamespaces(signal) });

export const useNamespaces = () => useQuery(namespacesQueryOptions());
