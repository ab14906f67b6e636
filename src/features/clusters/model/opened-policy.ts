// Which cluster object the draft was opened from (cluster, namespace, name, resourceVersion), so
// "Save changes" can PUT it back. A small external store: the policy list writes it, the save bar
// next to Create reads it.
import type { NetworkPolicy } from '../../../k8s/networking/types';

export interface OpenedPolicy {
  readonly cluster: string;
  readonly namespace: string;
  readonly name: string;
  /** The resourceVersion the local edits are based on. */
  readonly resourceVersion: string;
}

let opened: OpenedPolicy | undefined;
const listeners = new Set<() => void>();

export function getOpenedPolicy(): OpenedPolicy | undefined {
  return opened;
}

export function setOpenedPolicy(next: OpenedPolicy | undefined): void {
  opened = next;
  for (const l of [...listeners]) l();
}

export function subscribeOpenedPolicy(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/**
 * The object as a draft: server-set metadata and status dropped (Create would refuse a
 * resourceVersion; Save changes adds the right one back), everything the user owns kept.
 */
export function toDraft(obj: NetworkPolicy): NetworkPolicy {
  const { status: _status, ...rest } = obj as NetworkPolicy & { status?: unknown };
  const {
    resourceVersion: _rv,
    uid: _uid,
    creationTimestamp: _ct,
    generation: _gen,
    managedFields: _mf,
    selfLink: _sl,
    ...metadata
  } = (obj.metadata ?? {}) as Record<string, unknown>;
  return {
    ...rest,
    apiVersion: obj.apiVersion ?? 'networking.k8s.io/v1',
    kind: obj.kind ?? 'NetworkPolicy',
    metadata,
  } as NetworkPolicy;
}

/** The PUT body: the draft with the resourceVersion the update is conditional on. */
export function withResourceVersion(policy: NetworkPolicy, resourceVersion: string): NetworkPolicy {
  return { ...policy, metadata: { ...(policy.metadata ?? {}), resourceVersion } };
}

/** Why the draft cannot be saved over the opened object, or undefined when it can. */
export function saveBlocker(policy: NetworkPolicy, link: OpenedPolicy): string | undefined {
  const name = policy.metadata?.name ?? '';
  const ns = policy.metadata?.namespace ?? '';
  if (name !== link.name || (ns !== '' && ns !== link.namespace)) {
    return `The draft is no longer ${link.namespace}/${link.name} (name or namespace changed); Create makes a new policy.`;
  }
  return undefined;
}
