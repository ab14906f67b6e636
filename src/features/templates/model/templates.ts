// The template gallery's data: common NetworkPolicies as pure functions of the namespace they are
// applied to. Each one is valid as it stands and is checked against its purpose in templates.test.ts.
import type { NetworkPolicy, NetworkPolicySpec } from '../../../k8s/networking/types';

export interface PolicyTemplate {
  readonly id: string;
  readonly title: string;
  /** One line: what the policy does once applied. */
  readonly purpose: string;
  build(namespace: string): NetworkPolicy;
}

/** Labels the templates use; shown in the form after applying, so the user edits them there. */
export const TEMPLATE_LABELS = {
  app: { app: 'api' },
  web: { app: 'web' },
  db: { app: 'db' },
  dbClient: { role: 'db-client' },
  frontendNamespace: { team: 'frontend' },
  dns: { 'k8s-app': 'kube-dns' },
} as const;

export const EXTERNAL_CIDR = '203.0.113.0/24';
export const EXTERNAL_EXCEPT = '203.0.113.128/25';
export const PORT_RANGE = { port: 32000, endPort: 32768 } as const;
export const DB_PORT = 5432;

const policy = (name: string, namespace: string, spec: NetworkPolicySpec): NetworkPolicy => ({
  apiVersion: 'networking.k8s.io/v1',
  kind: 'NetworkPolicy',
  metadata: { name, namespace },
  spec,
});

export const POLICY_TEMPLATES: readonly PolicyTemplate[] = [
  {
    id: 'default-deny-ingress',
    title: 'Default deny ingress',
    purpose:
      'Isolates every pod of the namespace for ingress: no connection reaches them until other policies allow it.',
    build: (ns) => policy('default-deny-ingress', ns, { podSelector: {}, policyTypes: ['Ingress'] }),
  },
  {
    id: 'default-deny-egress',
    title: 'Default deny egress',
    purpose: 'Isolates every pod of the namespace for egress: they cannot open any connection (DNS included).',
    build: (ns) => policy('default-deny-egress', ns, { podSelector: {}, policyTypes: ['Egress'] }),
  },
  {
    id: 'deny-all',
    title: 'Deny all',
    purpose: 'Isolates every pod of the namespace in both directions: nothing in, nothing out.',
    build: (ns) => policy('deny-all', ns, { podSelector: {}, policyTypes: ['Ingress', 'Egress'] }),
  },
  {
    id: 'allow-all-ingress',
    title: 'Allow all ingress',
    purpose: 'Allows every connection to every pod of the namespace, whatever other policies isolate them.',
    build: (ns) => policy('allow-all-ingress', ns, { podSelector: {}, ingress: [{}], policyTypes: ['Ingress'] }),
  },
  {
    id: 'allow-same-namespace',
    title: 'Allow only from the same namespace',
    purpose: 'Pods of the namespace accept connections from pods of the same namespace only.',
    build: (ns) =>
      policy('allow-same-namespace', ns, {
        podSelector: {},
        ingress: [{ from: [{ podSelector: {} }] }],
        policyTypes: ['Ingress'],
      }),
  },
  {
    id: 'allow-from-labelled-namespace',
    title: 'Allow from a labelled namespace',
    purpose: 'Pods with app=api accept connections from any pod in namespaces labelled team=frontend only.',
    build: (ns) =>
      policy('allow-from-frontend-namespaces', ns, {
        podSelector: { matchLabels: { ...TEMPLATE_LABELS.app } },
        ingress: [{ from: [{ namespaceSelector: { matchLabels: { ...TEMPLATE_LABELS.frontendNamespace } } }] }],
        policyTypes: ['Ingress'],
      }),
  },
  {
    id: 'allow-from-pods-in-labelled-namespace',
    title: 'Allow from labelled pods in a labelled namespace (AND)',
    purpose:
      'Pods with app=api accept connections only from pods with app=web that run in namespaces labelled team=frontend (both must match).',
    build: (ns) =>
      policy('allow-from-frontend-web', ns, {
        podSelector: { matchLabels: { ...TEMPLATE_LABELS.app } },
        ingress: [
          {
            from: [
              {
                namespaceSelector: { matchLabels: { ...TEMPLATE_LABELS.frontendNamespace } },
                podSelector: { matchLabels: { ...TEMPLATE_LABELS.web } },
              },
            ],
          },
        ],
        policyTypes: ['Ingress'],
      }),
  },
  {
    id: 'allow-dns-egress',
    title: 'Allow DNS egress to kube-system',
    purpose:
      'Pods of the namespace may only reach the cluster DNS (k8s-app=kube-dns in kube-system) on UDP and TCP port 53; all other egress is denied.',
    build: (ns) =>
      policy('allow-dns-egress', ns, {
        podSelector: {},
        egress: [
          {
            to: [
              {
                namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'kube-system' } },
                podSelector: { matchLabels: { ...TEMPLATE_LABELS.dns } },
              },
            ],
            ports: [
              { protocol: 'UDP', port: 53 },
              { protocol: 'TCP', port: 53 },
            ],
          },
        ],
        policyTypes: ['Egress'],
      }),
  },
  {
    id: 'allow-egress-cidr-except',
    title: 'Allow egress to an external CIDR except a range',
    purpose: `Pods with app=api may connect to ${EXTERNAL_CIDR} except ${EXTERNAL_EXCEPT}; all their other egress is denied.`,
    build: (ns) =>
      policy('allow-egress-to-partner-network', ns, {
        podSelector: { matchLabels: { ...TEMPLATE_LABELS.app } },
        egress: [{ to: [{ ipBlock: { cidr: EXTERNAL_CIDR, except: [EXTERNAL_EXCEPT] } }] }],
        policyTypes: ['Egress'],
      }),
  },
  {
    id: 'allow-port-range',
    title: 'Allow a port range (endPort)',
    purpose: `Pods with app=api accept TCP connections from anywhere on ports ${PORT_RANGE.port}–${PORT_RANGE.endPort} only.`,
    build: (ns) =>
      policy('allow-port-range', ns, {
        podSelector: { matchLabels: { ...TEMPLATE_LABELS.app } },
        ingress: [{ ports: [{ protocol: 'TCP', port: PORT_RANGE.port, endPort: PORT_RANGE.endPort }] }],
        policyTypes: ['Ingress'],
      }),
  },
  {
    id: 'limit-database-to-clients',
    title: 'Limit a database to its clients on one port',
    purpose: `Pods with app=db accept only TCP port ${DB_PORT}, and only from pods with role=db-client in the same namespace.`,
    build: (ns) =>
      policy('limit-db-to-clients', ns, {
        podSelector: { matchLabels: { ...TEMPLATE_LABELS.db } },
        ingress: [
          {
            from: [{ podSelector: { matchLabels: { ...TEMPLATE_LABELS.dbClient } } }],
            ports: [{ protocol: 'TCP', port: DB_PORT }],
          },
        ],
        policyTypes: ['Ingress'],
      }),
  },
];

/** The namespace a template is applied to: the draft's, else "default" (what kubectl would use). */
export function templateNamespace(draft: NetworkPolicy | undefined): string {
  const ns = draft?.metadata?.namespace;
  return typeof ns === 'string' && ns !== '' ? ns : 'default';
}

export function findTemplate(id: string): PolicyTemplate | undefined {
  return POLICY_TEMPLATES.find((t) => t.id === id);
}
