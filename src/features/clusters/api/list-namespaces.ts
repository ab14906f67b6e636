// GET /api/v1/namespaces of one cluster: the names offered by the namespace picker.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { listNamespaceNames } from '../../../lib/k8s-api/namespaces';
import { clusterKeys } from './keys';

export const namespaceNamesQueryOptions = (cluster: string) =>
  queryOptions({
    queryKey: clusterKeys.namespaces(cluster),
    queryFn: ({ signal }) => listNamespaceNames(cluster, signal),
    retry: false,
  });

export const useNamespaceNames = (cluster: string) => useQuery(namespaceNamesQueryOptions(cluster));
