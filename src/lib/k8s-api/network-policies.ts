// GET /apis/networking.k8s.io/v1[/namespaces/{namespace}]/networkpolicies: NetworkPolicy objects.
import type { NetworkPolicy } from '../../k8s/networking/types';
import { getListItems, namespaceSegment, scopedPath, type ListScope } from './list';

export const networkPoliciesPath = (scope: ListScope): string =>
  scopedPath(`/apis/networking.k8s.io/v1${namespaceSegment(scope)}/networkpolicies`, scope.cluster);

/** The policies of the scope, as the API returns them (kind not restored). */
export const listNetworkPolicies = (scope: ListScope, signal?: AbortSignal): Promise<NetworkPolicy[]> =>
  getListItems<NetworkPolicy>(networkPoliciesPath(scope), signal);
