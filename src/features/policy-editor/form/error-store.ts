// Errors reach only the controls they concern: an external store keyed by form field name, so a
// new error list re-renders the few fields whose messages changed, not the whole form.
import { createContext, useCallback, useContext, useSyncExternalStore } from 'react';
import { errorBody, parseFieldPath, type FieldError } from '../../../k8s/field';
import { formFieldName } from '../form-model';

const NONE: readonly string[] = Object.freeze([]);

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** The form field (or group) name an error is shown beside; "root" for paths outside the form. */
export function errorFieldName(e: FieldError): string {
  return formFieldName(parseFieldPath(e.field)) ?? 'root';
}

export class ErrorStore {
  private byName = new Map<string, readonly string[]>();
  private listeners = new Map<string, Set<() => void>>();

  set(errors: readonly FieldError[]): void {
    const next = new Map<string, string[]>();
    for (const e of errors) {
      const name = errorFieldName(e);
      const list = next.get(name) ?? [];
      list.push(errorBody(e));
      next.set(name, list);
    }
    const changed: string[] = [];
    const merged = new Map<string, readonly string[]>();
    for (const [name, list] of next) {
      const old = this.byName.get(name);
      if (old !== undefined && sameList(old, list)) merged.set(name, old);
      else {
        merged.set(name, list);
        changed.push(name);
      }
    }
    for (const name of this.byName.keys()) if (!next.has(name)) changed.push(name);
    this.byName = merged;
    for (const name of changed) this.listeners.get(name)?.forEach((f) => f());
  }

  get(name: string): readonly string[] {
    return this.byName.get(name) ?? NONE;
  }

  subscribe(name: string, listener: () => void): () => void {
    let set = this.listeners.get(name);
    if (!set) this.listeners.set(name, (set = new Set()));
    set.add(listener);
    return () => {
      set.delete(listener);
    };
  }
}

export const ErrorStoreContext = createContext<ErrorStore>(new ErrorStore());

/** The apiserver messages for one form field name (stable array while unchanged). */
export function useFieldErrors(name: string): readonly string[] {
  const store = useContext(ErrorStoreContext);
  const subscribe = useCallback((cb: () => void) => store.subscribe(name, cb), [store, name]);
  const get = useCallback(() => store.get(name), [store, name]);
  return useSyncExternalStore(subscribe, get, get);
}
