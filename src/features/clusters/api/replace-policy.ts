// PUT one NetworkPolicy with metadata.resourceVersion: the server refuses it with 409 Conflict
// when the object changed since that version.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import type { NetworkPolicy } from '../../../k8s/networking/types';
import { withResourceVersion } from '../model/opened-policy';
import { clusterKeys } from './keys';
import { policyPath } from './paths';

export interface ReplacePolicyInput {
  readonly cluster: string;
  readonly namespace: string;
  readonly name: string;
  readonly policy: NetworkPolicy;
  readonly resourceVersion: string;
}

export async function replacePolicy(input: ReplacePolicyInput): Promise<NetworkPolicy> {
  const body = withResourceVersion(
    { ...input.policy, metadata: { ...(input.policy.metadata ?? {}), namespace: input.namespace } },
    input.resourceVersion,
  );
  const res = await apiRequest<NetworkPolicy>(policyPath(input.cluster, input.namespace, input.name), {
    method: 'PUT',
    body,
  });
  if (res.body === undefined) throw new Error('the server answered the update without the object');
  return res.body;
}

export function useReplacePolicy() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: replacePolicy,
    onSettled: (_d, _e, input) =>
      queryClient.invalidateQueries({ queryKey: clusterKeys.policies(input.cluster, input.namespace) }),
  });
}
