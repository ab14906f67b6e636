// The one GET-a-list fetcher behind every Kubernetes list endpoint the features read, and the
// scope (cluster, namespace) those endpoints share.
import { apiRequest } from '../api-client';
import { clusterPath } from '../current-cluster';

/**
 * Which cluster and namespace a list reads. Without `cluster` the path is left for the transport
 * to route to the selected cluster at request time; without `namespace` it lists all namespaces.
 */
export interface ListScope {
  readonly cluster?: string;
  readonly namespace?: string;
}

interface ObjectList<T> {
  items?: T[];
}

/** `path` routed to `cluster` when one is named (the query's URL then always matches its key). */
export const scopedPath = (path: string, cluster: string | undefined): string =>
  cluster === undefined ? path : clusterPath(path, cluster);

/** `/namespaces/{ns}` for a namespaced scope, '' for all namespaces. */
export const namespaceSegment = (scope: ListScope): string =>
  scope.namespace === undefined ? '' : `/namespaces/${encodeURIComponent(scope.namespace)}`;

/** GET a list: its items, or [] when the body has none. Errors are the transport's (ApiStatusError, …). */
export async function getListItems<T>(path: string, signal?: AbortSignal): Promise<T[]> {
  const res = await apiRequest<ObjectList<T>>(path, signal === undefined ? {} : { signal });
  return Array.isArray(res.body?.items) ? res.body.items : [];
}

/** List bodies omit each item's kind; restores it (and drops non-objects) for code that dispatches on it. */
export function withKind(items: readonly unknown[], kind: string): unknown[] {
  return items
    .filter((x): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x))
    .map((x) => (typeof x.kind === 'string' ? x : { ...x, kind }));
}
