// GET /api/v1/namespaces: whole Namespace objects (the review needs their labels).
import { queryOptions, useQuery } from '@tanstack/react-query';
import { listNamespaces as fetchNamespaces } from '../../../lib/k8s-api/namespaces';
import { reviewKeys } from './keys';

export async function listNamespaces(signal?: AbortSignal): Promise<unknown[]> {
  return fetchNamespaces(undefined, signal);
}

export const namespaceObjectsQueryOptions = () =>
  queryOptions({ queryKey: reviewKeys.namespaces(), queryFn: ({ signal }) => listNamespaces(signal) });

export const useNamespaceObjects = () => useQuery(namespaceObjectsQueryOptions());
