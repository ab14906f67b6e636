// The stable handles every form part needs (react-hook-form's control and setters), shared
// through one context whose value never changes, so providing it re-renders nothing.
import { createContext, useContext } from 'react';
import type { Control, FieldValues, UseFormGetValues, UseFormSetValue } from 'react-hook-form';

export interface FormHandles {
  control: Control<FieldValues>;
  setValue: UseFormSetValue<FieldValues>;
  getValues: UseFormGetValues<FieldValues>;
}

export const FormHandlesContext = createContext<FormHandles | null>(null);

export function useFormHandles(): FormHandles {
  const h = useContext(FormHandlesContext);
  if (h === null) throw new Error('form parts must be rendered inside PolicyForm');
  return h;
}

/** Options for setValue when the form itself changes a value: re-render watchers, emit onChange. */
export const SET = { shouldDirty: true } as const;
