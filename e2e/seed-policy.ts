// The example request of /work/shared/seed/creating-a-networkpolicy.md, verbatim as an object.
export const SEED_POLICY = {
  apiVersion: 'networking.k8s.io/v1',
  kind: 'NetworkPolicy',
  metadata: {
    name: 'test-network-policy',
    namespace: 'default',
    labels: { app: 'nginx' },
  },
  spec: {
    podSelector: { matchLabels: { app: 'nginx' } },
    ingress: [
      {
        from: [{ podSelector: { matchLabels: { app: 'naginx1' } } }],
        ports: [{ protocol: 'TCP', port: 6379 }],
      },
    ],
  },
} as const;
