// DELETE one NetworkPolicy (after the user confirmed it by typing its name).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { clusterKeys } from './keys';
import { policyPath } from './paths';

export interface DeletePolicyInput {
  readonly cluster: string;
  readonly namespace: string;
  readonly name: string;
}

export async function deletePolicy(input: DeletePolicyInput): Promise<void> {
  await apiRequest<unknown>(policyPath(input.cluster, input.namespace, input.name), { method: 'DELETE' });
}

export function useDeletePolicy() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deletePolicy,
    onSettled: (_d, _e, input) =>
      queryClient.invalidateQueries({ queryKey: clusterKeys.policies(input.cluster, input.namespace) }),
  });
}
