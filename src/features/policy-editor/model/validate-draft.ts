// Validation as the apiserver does it: the namespace filled from the request when the object
// names none (rest.BeforeCreate), defaulting, then the shared validator. Memoised by object
// identity, so re-renders that do not change the draft cost nothing.
import type { FieldError } from '../../../k8s/field';
import { isRecord } from '../../../k8s/json';
import { applyNetworkPolicyDefaults } from '../../../k8s/networking/defaults';
import type { NetworkPolicy } from '../../../k8s/networking/types';
import { validateNetworkPolicy } from '../../../k8s/networking/validation';

const cache = new WeakMap<NetworkPolicy, { readonly ns: string | undefined; readonly errors: readonly FieldError[] }>();
// One shared empty list, so a still-valid draft hands consumers the same `errors` object.
const NONE: readonly FieldError[] = Object.freeze([]);

/**
 * The namespace the apiserver would fill in, or undefined when the object names one itself (or
 * its metadata is not an object, which the decoder refuses anyway).
 */
function filledNamespace(policy: NetworkPolicy, requestNamespace: string | undefined): string | undefined {
  if (requestNamespace === undefined || requestNamespace === '') return undefined;
  const meta: unknown = (policy as { metadata?: unknown }).metadata;
  if (meta !== undefined && !isRecord(meta)) return undefined;
  const ns = meta?.namespace;
  return ns === undefined || ns === '' ? requestNamespace : undefined;
}

/**
 * The errors the apiserver would answer a create of `policy` in `requestNamespace` with (the
 * namespace Create posts to). Without a request namespace, a draft naming none is invalid.
 */
export function validateDraft(policy: NetworkPolicy, requestNamespace?: string): readonly FieldError[] {
  const ns = filledNamespace(policy, requestNamespace);
  const hit = cache.get(policy);
  if (hit !== undefined && hit.ns === ns) return hit.errors;
  const subject: NetworkPolicy =
    ns === undefined ? policy : { ...policy, metadata: { ...(policy.metadata ?? {}), namespace: ns } };
  const found = validateNetworkPolicy(applyNetworkPolicyDefaults(subject));
  const errors = found.length === 0 ? NONE : found;
  cache.set(policy, { ns, errors });
  return errors;
}
