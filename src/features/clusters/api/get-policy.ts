// GET one NetworkPolicy: "Open in editor" and "Reload from server" read the server's copy, and
// "Overwrite" its current resourceVersion.
import { apiRequest } from '../../../lib/api-client';
import type { NetworkPolicy } from '../../../k8s/networking/types';
import { policyPath } from './paths';

export async function getPolicy(cluster: string, namespace: string, name: string): Promise<NetworkPolicy> {
  const res = await apiRequest<NetworkPolicy>(policyPath(cluster, namespace, name));
  if (res.body === undefined) throw new Error(`the server sent no object for ${namespace}/${name}`);
  return res.body;
}
