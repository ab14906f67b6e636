// GET /clusters: the clusters the server offers (demo, kubeconfig contexts, CCE) and the one
// selected at start. No credentials are ever part of it.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { clusterKeys } from './keys';

export interface ClusterInfo {
  readonly name: string;
  readonly kind: 'demo' | 'kubeconfig' | 'cce';
  /** The API server URL without user info or query; null for the demo cluster. */
  readonly server: string | null;
  readonly namespace: string;
  readonly current: boolean;
  readonly authKind: string;
  readonly insecureSkipTLSVerify: boolean;
  readonly problem?: string;
}

export interface ClusterList {
  readonly kind: 'ClusterList';
  readonly current: string;
  readonly items: readonly ClusterInfo[];
}

export const DEMO_ONLY: ClusterList = {
  kind: 'ClusterList',
  current: 'demo',
  items: [
    {
      name: 'demo',
      kind: 'demo',
      server: null,
      namespace: 'default',
      current: true,
      authKind: 'none',
      insecureSkipTLSVerify: false,
    },
  ],
};

const isClusterList = (v: unknown): v is ClusterList =>
  typeof v === 'object' &&
  v !== null &&
  (v as { kind?: unknown }).kind === 'ClusterList' &&
  Array.isArray((v as { items?: unknown }).items);

export async function getClusters(signal?: AbortSignal): Promise<ClusterList> {
  const res = await apiRequest<unknown>('/clusters', signal === undefined ? {} : { signal });
  return isClusterList(res.body) && res.body.items.length > 0 ? res.body : DEMO_ONLY;
}

export const clustersQueryOptions = () =>
  queryOptions({ queryKey: clusterKeys.list(), queryFn: ({ signal }) => getClusters(signal), staleTime: Infinity });

export const useClusters = () => useQuery(clustersQueryOptions());
