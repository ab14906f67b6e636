// GET /apis/networking.k8s.io/v1/networkpolicies: the policies already in the cluster, all namespaces.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { withKind } from '../../../lib/k8s-api/list';
import { listNetworkPolicies } from '../../../lib/k8s-api/network-policies';
import type { NetworkPolicy } from '../../../k8s/networking/types';
import { reviewKeys } from './keys';

export async function listAllNetworkPolicies(signal?: AbortSignal): Promise<NetworkPolicy[]> {
  return withKind(await listNetworkPolicies({}, signal), 'NetworkPolicy') as NetworkPolicy[];
}

export const allNetworkPoliciesQueryOptions = () =>
  queryOptions({ queryKey: reviewKeys.networkPolicies(), queryFn: ({ signal }) => listAllNetworkPolicies(signal) });

export const useAllNetworkPolicies = () => useQuery(allNetworkPoliciesQueryOptions());
