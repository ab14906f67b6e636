// Keeps the draft across reloads in localStorage under a versioned key. Anything unreadable
// (bad JSON, a non-object, storage that throws) is treated as "no draft", never as a crash.
import { isRecord } from '../../../k8s/json';
import type { NetworkPolicy } from '../../../k8s/networking/types';
import { findUnholdable } from './text-guards';

export const DRAFT_STORAGE_KEY = 'netpol-studio:draft:v1';

/** The slice of Storage this module needs (localStorage, or a fake in tests). */
export type DraftStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

interface StoredDraft {
  readonly version: 1;
  readonly savedAt: string;
  readonly policy: NetworkPolicy;
}

/** The stored draft, or undefined when there is none or it cannot be read. */
export function loadDraft(storage: DraftStorage | undefined): NetworkPolicy | undefined {
  if (storage === undefined) return undefined;
  try {
    const raw = storage.getItem(DRAFT_STORAGE_KEY);
    if (raw === null) return undefined;
    const parsed: unknown = JSON.parse(raw);
    if (!isRecord(parsed) || parsed.version !== 1 || !isRecord(parsed.policy)) return undefined;
    // Written by hand, a stored draft could nest deeper than the editor can show.
    if (findUnholdable(parsed.policy) !== undefined) return undefined;
    return parsed.policy as NetworkPolicy;
  } catch {
    return undefined;
  }
}

/** Saves the draft; returns false when storage refused (quota, private mode). */
export function saveDraft(storage: DraftStorage | undefined, policy: NetworkPolicy, now = new Date()): boolean {
  if (storage === undefined) return false;
  const record: StoredDraft = { version: 1, savedAt: now.toISOString(), policy };
  try {
    storage.setItem(DRAFT_STORAGE_KEY, JSON.stringify(record));
    return true;
  } catch {
    return false;
  }
}

export function clearDraft(storage: DraftStorage | undefined): void {
  try {
    storage?.removeItem(DRAFT_STORAGE_KEY);
  } catch {
    // Storage that cannot be written cannot hold a stale draft either.
  }
}

/** localStorage when the browser lets us use it (it throws in some privacy modes). */
export function browserStorage(): DraftStorage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}
