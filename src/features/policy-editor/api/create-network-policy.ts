// POST /apis/networking.k8s.io/v1/namespaces/{namespace}/networkpolicies, with dry run and pretty.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest, buildUrl, type ApiResponse } from '../../../lib/api-client';
import type { NetworkPolicy } from '../../../k8s/networking/types';
import { networkPoliciesPath } from '../../../lib/k8s-api/network-policies';
import { networkPolicyKeys } from './keys';

export interface CreateNetworkPolicyInput {
  readonly policy: NetworkPolicy;
  readonly dryRun: boolean;
  readonly pretty: boolean;
  /** Where a draft without metadata.namespace goes: the namespace in use ("default" if unset). */
  readonly defaultNamespace?: string;
}

/**
 * The namespace a create goes to: the draft's metadata.namespace; when it names none, the
 * namespace in use, as kubectl create uses the context's namespace (then "default").
 */
export function targetNamespace(policy: NetworkPolicy, defaultNamespace?: string): string {
  const ns = policy.metadata?.namespace;
  if (typeof ns === 'string' && ns !== '') return ns;
  return defaultNamespace !== undefined && defaultNamespace !== '' ? defaultNamespace : 'default';
}

export function createNetworkPolicyPath(namespace: string): string {
  return networkPoliciesPath({ namespace });
}

// `pretty` is always sent: without it the apiserver pretty-prints for any browser User-Agent
// (isPrettyPrint: "Mozilla/5.0", curl, Wget), so an unchecked Pretty would change nothing.
const createQuery = (input: Omit<CreateNetworkPolicyInput, 'policy'>) => ({
  dryRun: input.dryRun ? 'All' : undefined,
  pretty: input.pretty ? 'true' : 'false',
});

/** The full request URL, for showing what is (or was) sent. */
export function createNetworkPolicyUrl(input: CreateNetworkPolicyInput): string {
  return buildUrl(createNetworkPolicyPath(targetNamespace(input.policy, input.defaultNamespace)), createQuery(input));
}

export function createNetworkPolicy(input: CreateNetworkPolicyInput): Promise<ApiResponse<NetworkPolicy>> {
  return apiRequest<NetworkPolicy>(createNetworkPolicyPath(targetNamespace(input.policy, input.defaultNamespace)), {
    method: 'POST',
    body: input.policy,
    query: createQuery(input),
  });
}

export function useCreateNetworkPolicy() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createNetworkPolicy,
    onSuccess: (_res, input) =>
      queryClient.invalidateQueries({
        queryKey: networkPolicyKeys.list(targetNamespace(input.policy, input.defaultNamespace)),
      }),
  });
}
