// GET /api/v1/pods or /api/v1/namespaces/{namespace}/pods: Pod objects (labels, ports, IPs).
import { getListItems, namespaceSegment, scopedPath, type ListScope } from './list';

export const podsPath = (scope: ListScope): string =>
  scopedPath(`/api/v1${namespaceSegment(scope)}/pods`, scope.cluster);

/** The pods of the scope, as the API returns them (kind not restored). */
export const listPods = (scope: ListScope, signal?: AbortSignal): Promise<unknown[]> =>
  getListItems(podsPath(scope), signal);
