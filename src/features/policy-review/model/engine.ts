// The engine's exports the review uses, in one place, plus small helpers over them.
import { effectivePolicyTypes } from '../../../k8s/networking/defaults';
import type { NetworkPolicy, PolicyType } from '../../../k8s/networking/types';

export * from '../../../k8s/networking/semantics';

export const effectiveTypes = (policy: NetworkPolicy): PolicyType[] => effectivePolicyTypes(policy.spec ?? {});

/** Coerces a half-typed draft into the shape the engine's wording functions expect (the core's own). */
export { sanitizePolicy } from '../../../k8s/networking/semantics/sanitize';
