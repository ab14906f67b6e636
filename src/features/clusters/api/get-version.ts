// GET /clusters/{name}/version: the connection check behind the cluster bar's state.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { clusterKeys } from './keys';
import { versionPath } from './paths';

export async function getVersion(cluster: string, signal?: AbortSignal): Promise<unknown> {
  const res = await apiRequest<unknown>(versionPath(cluster), signal === undefined ? {} : { signal });
  return res.body;
}

export const versionQueryOptions = (cluster: string) =>
  queryOptions({
    queryKey: clusterKeys.version(cluster),
    queryFn: ({ signal }) => getVersion(cluster, signal),
    // A 401 or 403 will not change by retrying; the state must show at once.
    retry: false,
    staleTime: 60_000,
  });

export const useClusterVersion = (cluster: string) => useQuery(versionQueryOptions(cluster));
