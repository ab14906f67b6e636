// Test harness: PolicyForm inside a parent that keeps the policy as the editor shell does.
import { useLayoutEffect, useState } from 'react';
import type { FieldError } from '../../../k8s/field';
import type { NetworkPolicy } from '../../../k8s/networking/types';
import { PolicyForm } from './policy-form';

export interface HarnessHandle {
  emitted: NetworkPolicy[];
  setPolicy: (p: NetworkPolicy) => void;
  setErrors: (e: readonly FieldError[]) => void;
  /** Called by the harness with its state setters. */
  connect: (setPolicy: (p: NetworkPolicy) => void, setErrors: (e: readonly FieldError[]) => void) => void;
}

export function Harness(props: { initial: NetworkPolicy; handle: HarnessHandle; errors?: readonly FieldError[] }) {
  const [policy, setPolicy] = useState(props.initial);
  const [errors, setErrors] = useState<readonly FieldError[]>(props.errors ?? []);
  const { handle } = props;
  useLayoutEffect(() => handle.connect(setPolicy, setErrors), [handle]);
  return (
    <PolicyForm
      policy={policy}
      errors={errors}
      namespaces={['default', 'kube-system']}
      onChange={(p) => {
        props.handle.emitted.push(p);
        setPolicy(p);
      }}
    />
  );
}

export function newHandle(): HarnessHandle {
  const h: HarnessHandle = {
    emitted: [],
    setPolicy: () => undefined,
    setErrors: () => undefined,
    connect: (setPolicy, setErrors) => {
      h.setPolicy = setPolicy;
      h.setErrors = setErrors;
    },
  };
  return h;
}

export function last(h: HarnessHandle): NetworkPolicy {
  const p = h.emitted[h.emitted.length - 1];
  if (p === undefined) throw new Error('nothing emitted');
  return p;
}
