// The stable handles every form part needs (react-hook-form's control and setters, the change
// notifier), shared through one context whose value never changes, so providing it re-renders nothing.
import { createContext, useCallback, useContext, useSyncExternalStore } from 'react';
import {
  useFieldArray,
  type Control,
  type FieldValues,
  type UseFormGetValues,
  type UseFormSetValue,
} from 'react-hook-form';
import type { FieldBus } from './field-bus';

export interface FormHandles {
  control: Control<FieldValues>;
  setValue: UseFormSetValue<FieldValues>;
  getValues: UseFormGetValues<FieldValues>;
  /** Emit the current object (after a change that is not an input event: array ops, buttons). */
  notify: () => void;
  bus: FieldBus;
}

export const FormHandlesContext = createContext<FormHandles | null>(null);

export function useFormHandles(): FormHandles {
  const h = useContext(FormHandlesContext);
  if (h === null) throw new Error('form parts must be rendered inside PolicyForm');
  return h;
}

/**
 * A value derived from the form values that updates when an input under `prefix` changes or the
 * form resets; the component re-renders only when the derived value (a primitive) changes.
 */
export function useDerived<T extends string | number | boolean | null>(prefix: string, derive: () => T): T {
  const { bus } = useFormHandles();
  const subscribe = useCallback((cb: () => void) => bus.onPrefix(prefix, cb), [bus, prefix]);
  return useSyncExternalStore(subscribe, derive, derive);
}

/** useFieldArray whose operations also emit the changed object. */
export function useListOps(name: string) {
  const { control, notify } = useFormHandles();
  const { fields, append, remove, move } = useFieldArray({ control, name });
  return {
    fields,
    append: useCallback((item: object) => (append(item), notify()), [append, notify]),
    remove: useCallback((i: number) => (remove(i), notify()), [remove, notify]),
    move: useCallback((from: number, to: number) => (move(from, to), notify()), [move, notify]),
  };
}
