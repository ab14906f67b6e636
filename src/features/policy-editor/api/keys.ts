// Query keys for the editor's server state; mutations invalidate through these same builders.
export const namespaceKeys = {
  all: ['namespaces'] as const,
  list: () => [...namespaceKeys.all, 'list'] as const,
};

export const networkPolicyKeys = {
  all: ['networkpolicies'] as const,
  lists: () => [...networkPolicyKeys.all, 'list'] as const,
  list: (namespace: string) => [...networkPolicyKeys.lists(), namespace] as const,
};
