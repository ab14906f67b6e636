// Errors reach only the controls they concern: an external store keyed by form field name, so a
// new error list re-renders the few fields whose messages changed, not the whole form.
import { createContext, useCallback, useContext, useSyncExternalStore } from 'react';
import { errorBody, errorString, parseFieldPath, type FieldError } from '../../../k8s/field';
import { formFieldName } from '../form-model';

const NONE: readonly string[] = Object.freeze([]);

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** The form field (or group) name an error is shown beside; "root" for paths outside the form. */
export function errorFieldName(e: FieldError): string {
  return formFieldName(parseFieldPath(e.field)) ?? 'root';
}

// Upstream reports ownerReferences errors without an index (`metadata.ownerReferences.uid`), so they
// are shown on the whole list; the full path says which field of which kind each one is about.
const UNINDEXED_OWNER_FIELD = /^metadata\.ownerReferences\.[A-Za-z]+$/;

/** The text shown beside the field: apimachinery's ErrorBody, with the path where the field is not its own. */
export function errorText(e: FieldError): string {
  return UNINDEXED_OWNER_FIELD.test(e.field) ? errorString(e) : errorBody(e);
}

export class ErrorStore {
  private byName = new Map<string, readonly string[]>();
  private listeners = new Map<string, Set<() => void>>();
  private anyListeners = new Set<() => void>();

  set(errors: readonly FieldError[]): void {
    const next = new Map<string, string[]>();
    for (const e of errors) {
      const name = errorFieldName(e);
      const list = next.get(name) ?? [];
      list.push(errorText(e));
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
    if (changed.length > 0) this.anyListeners.forEach((f) => f());
  }

  /** How many messages are shown at `name` or below it (e.g. inside a collapsed section). */
  countUnder(name: string): number {
    let n = 0;
    for (const [k, list] of this.byName) if (k === name || k.startsWith(`${name}.`)) n += list.length;
    return n;
  }

  /** Called whenever any field's messages change. */
  subscribeAny(listener: () => void): () => void {
    this.anyListeners.add(listener);
    return () => {
      this.anyListeners.delete(listener);
    };
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

/** The number of messages at any of `names` or below them; updates when errors change. */
export function useErrorCountUnder(names: readonly string[]): number {
  const store = useContext(ErrorStoreContext);
  const key = names.join('\n');
  const subscribe = useCallback((cb: () => void) => store.subscribeAny(cb), [store]);
  const get = useCallback(() => key.split('\n').reduce((n, name) => n + store.countUnder(name), 0), [store, key]);
  return useSyncExternalStore(subscribe, get, get);
}

/** The apiserver messages for one form field name (stable array while unchanged). */
export function useFieldErrors(name: string): readonly string[] {
  const store = useContext(ErrorStoreContext);
  const subscribe = useCallback((cb: () => void) => store.subscribe(name, cb), [store, name]);
  const get = useCallback(() => store.get(name), [store, name]);
  return useSyncExternalStore(subscribe, get, get);
}
