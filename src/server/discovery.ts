// Version, API discovery (aggregated v2 and legacy) and the OpenAPI v3 documents kubectl needs,
// for the resources the demo cluster serves.
import { createHash } from 'node:crypto';

interface ResourceInfo {
  group: string;
  version: string;
  resource: string;
  singular: string;
  kind: string;
  namespaced: boolean;
  verbs: string[];
  shortNames: string[];
  categories?: string[];
}

export const SERVED: readonly ResourceInfo[] = [
  {
    group: '',
    version: 'v1',
    resource: 'namespaces',
    singular: 'namespace',
    kind: 'Namespace',
    namespaced: false,
    verbs: ['create', 'delete', 'get', 'list', 'watch'],
    shortNames: ['ns'],
  },
  {
    group: '',
    version: 'v1',
    resource: 'pods',
    singular: 'pod',
    kind: 'Pod',
    namespaced: true,
    verbs: ['create', 'delete', 'get', 'list', 'watch'],
    shortNames: ['po'],
    categories: ['all'],
  },
  {
    group: 'networking.k8s.io',
    version: 'v1',
    resource: 'networkpolicies',
    singular: 'networkpolicy',
    kind: 'NetworkPolicy',
    namespaced: true,
    verbs: ['create', 'delete', 'get', 'list', 'patch', 'update', 'watch'],
    shortNames: ['netpol'],
  },
];

/**
 * The kubectl on the project's machines is a dispatcher that runs the bundled kubectl matching the
 * server's minor version; "33" selects kubectl 1.33 (toolchain notes §9.1). The API behaviour
 * itself follows v1.36 (see kube-apiserver-networkpolicy.md).
 */
export function versionInfo(): Record<string, string> {
  return {
    major: '1',
    minor: '33',
    emulationMajor: '1',
    emulationMinor: '33',
    minCompatibilityMajor: '1',
    minCompatibilityMinor: '32',
    gitVersion: 'v1.33.0',
    gitCommit: '0000000000000000000000000000000000000000',
    gitTreeState: 'clean',
    buildDate: '2026-01-01T00:00:00Z',
    goVersion: `node${process.versions.node}`,
    compiler: 'gc',
    platform: `${process.platform}/${process.arch === 'x64' ? 'amd64' : process.arch}`,
  };
}

const inGroup = (group: string) => SERVED.filter((r) => r.group === group);

function aggregatedGroup(group: string): Record<string, unknown> {
  const metadata: Record<string, unknown> = { creationTimestamp: null };
  if (group !== '') metadata.name = group;
  return {
    metadata,
    versions: [
      {
        version: 'v1',
        resources: inGroup(group).map((r) => {
          const out: Record<string, unknown> = {
            resource: r.resource,
            responseKind: { group: r.group, version: r.version, kind: r.kind },
            scope: r.namespaced ? 'Namespaced' : 'Cluster',
            singularResource: r.singular,
            verbs: r.verbs,
            shortNames: r.shortNames,
          };
          if (r.categories !== undefined) out.categories = r.categories;
          return out;
        }),
        freshness: 'Current',
      },
    ],
  };
}

/** `/api` or `/apis` as APIGroupDiscoveryList (apidiscovery.k8s.io/v2). */
export function aggregatedDiscovery(which: 'api' | 'apis'): Record<string, unknown> {
  return {
    kind: 'APIGroupDiscoveryList',
    apiVersion: 'apidiscovery.k8s.io/v2',
    metadata: {},
    items: [aggregatedGroup(which === 'api' ? '' : 'networking.k8s.io')],
  };
}

export function apiVersions(host: string): Record<string, unknown> {
  return {
    kind: 'APIVersions',
    versions: ['v1'],
    serverAddressByClientCIDRs: [{ clientCIDR: '0.0.0.0/0', serverAddress: host }],
  };
}

const networkingGroup = (): Record<string, unknown> => ({
  name: 'networking.k8s.io',
  versions: [{ groupVersion: 'networking.k8s.io/v1', version: 'v1' }],
  preferredVersion: { groupVersion: 'networking.k8s.io/v1', version: 'v1' },
});

export const apiGroupList = (): Record<string, unknown> => ({
  kind: 'APIGroupList',
  apiVersion: 'v1',
  groups: [networkingGroup()],
});

export const apiGroup = (): Record<string, unknown> => ({ kind: 'APIGroup', apiVersion: 'v1', ...networkingGroup() });

export function apiResourceList(group: string): Record<string, unknown> {
  const out: Record<string, unknown> = { kind: 'APIResourceList' };
  if (group !== '') out.apiVersion = 'v1';
  out.groupVersion = group === '' ? 'v1' : `${group}/v1`;
  out.resources = inGroup(group).map((r) => {
    const e: Record<string, unknown> = {
      name: r.resource,
      singularName: r.singular,
      namespaced: r.namespaced,
      kind: r.kind,
      verbs: r.verbs,
      shortNames: r.shortNames,
    };
    if (r.categories !== undefined) e.categories = r.categories;
    return e;
  });
  return out;
}

/**
 * kubectl (validation on) looks for a PATCH operation tagged with the kind's
 * x-kubernetes-group-version-kind that declares the `fieldValidation` query parameter; then it
 * leaves validation to the server (toolchain notes §9.4). Schemas are deliberately left out:
 * without them kubectl computes strategic merge patches from its built-in scheme.
 */
export function openapiGroupVersion(group: string): Record<string, unknown> {
  const paths: Record<string, unknown> = {};
  for (const r of inGroup(group)) {
    const base = group === '' ? '/api/v1' : `/apis/${group}/v1`;
    const path = r.namespaced ? `${base}/namespaces/{namespace}/${r.resource}/{name}` : `${base}/${r.resource}/{name}`;
    const gvk = { group: r.group, version: r.version, kind: r.kind };
    const param = (name: string) => ({ name, in: 'query', schema: { type: 'string', uniqueItems: true } });
    const op = (action: string, params: string[]) => ({
      'x-kubernetes-action': action,
      'x-kubernetes-group-version-kind': gvk,
      parameters: params.map(param),
      responses: { '200': { description: 'OK' } },
    });
    paths[path] = {
      get: op('get', ['pretty']),
      put: op('put', ['dryRun', 'fieldManager', 'fieldValidation', 'pretty']),
      patch: op('patch', ['dryRun', 'fieldManager', 'fieldValidation', 'force', 'pretty']),
      delete: op('delete', ['dryRun', 'pretty']),
    };
  }
  return {
    openapi: '3.0.0',
    info: { title: 'Kubernetes', version: 'v1.33.0' },
    paths,
    components: { schemas: {} },
  };
}

const hashOf = (v: unknown): string =>
  createHash('sha512').update(JSON.stringify(v)).digest('hex').slice(0, 128).toUpperCase();

export function openapiRoot(): Record<string, unknown> {
  return {
    paths: {
      'api/v1': { serverRelativeURL: `/openapi/v3/api/v1?hash=${hashOf(openapiGroupVersion(''))}` },
      'apis/networking.k8s.io/v1': {
        serverRelativeURL: `/openapi/v3/apis/networking.k8s.io/v1?hash=${hashOf(openapiGroupVersion('networking.k8s.io'))}`,
      },
    },
  };
}
