// GET /api/v1/namespaces: the names for the namespace picker.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { listNamespaceNames } from '../../../lib/k8s-api/namespaces';
import { namespaceKeys } from './keys';

/** The selected cluster's namespace names (the key holds no cluster: switching resets every query). */
export const getNamespaces = (signal?: AbortSignal): Promise<string[]> => listNamespaceNames(undefined, signal);

export const namespacesQueryOptions = () =>
  queryOptions({ queryKey: namespaceKeys.list(), queryFn: ({ signal }) => getNamespaces(signal) });

export const useNamespaces = () => useQuery(namespacesQueryOptions());
