// Query keys for the cluster state the review reads (all namespaces, all pods, all policies).
export const reviewKeys = {
  all: ['policy-review'] as const,
  namespaces: () => [...reviewKeys.all, 'namespaces'] as const,
  pods: () => [...reviewKeys.all, 'pods'] as const,
  networkPolicies: () => [...reviewKeys.all, 'networkpolicies'] as const,
};
