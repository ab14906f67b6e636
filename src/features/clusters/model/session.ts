// Keeps the selected cluster, namespace and opened policy across a reload of the tab
// (sessionStorage: per tab, like the browser's own session), and picks the start selection.
import type { ClusterList } from '../api/get-clusters';
import type { OpenedPolicy } from './opened-policy';

const KEY = 'netpol.clusters.session';

export interface SavedSession {
  readonly cluster?: string;
  readonly namespace?: string;
  readonly opened?: OpenedPolicy;
}

export interface SessionStorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export function tabStorage(): SessionStorageLike | undefined {
  try {
    return typeof sessionStorage === 'undefined' ? undefined : sessionStorage;
  } catch {
    return undefined;
  }
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

export function loadSession(storage: SessionStorageLike | undefined): SavedSession {
  try {
    const raw = JSON.parse(storage?.getItem(KEY) ?? '{}') as Record<string, unknown>;
    const o = (typeof raw.opened === 'object' && raw.opened !== null ? raw.opened : {}) as Record<string, unknown>;
    const opened =
      str(o.cluster) !== undefined && str(o.namespace) !== undefined && str(o.name) !== undefined
        ? {
            cluster: String(o.cluster),
            namespace: String(o.namespace),
            name: String(o.name),
            resourceVersion: typeof o.resourceVersion === 'string' ? o.resourceVersion : '',
          }
        : undefined;
    const cluster = str(raw.cluster);
    const namespace = str(raw.namespace);
    return {
      ...(cluster !== undefined ? { cluster } : {}),
      ...(namespace !== undefined ? { namespace } : {}),
      ...(opened !== undefined ? { opened } : {}),
    };
  } catch {
    return {};
  }
}

export function saveSession(storage: SessionStorageLike | undefined, s: SavedSession): void {
  try {
    storage?.setItem(KEY, JSON.stringify(s));
  } catch {
    // Storage full or refused: the selection just does not survive a reload.
  }
}

/** The saved cluster when the server still offers it, else the server's selected one. */
export function startSession(
  list: ClusterList,
  saved: SavedSession,
): Required<Pick<SavedSession, 'cluster' | 'namespace'>> & SavedSession {
  const known = list.items.find((c) => c.name === saved.cluster);
  const start = known ?? list.items.find((c) => c.name === list.current) ?? list.items[0];
  const cluster = start?.name ?? 'demo';
  const namespace =
    known !== undefined && saved.namespace !== undefined ? saved.namespace : start?.namespace || 'default';
  const opened =
    saved.opened !== undefined && list.items.some((c) => c.name === saved.opened?.cluster) ? saved.opened : undefined;
  return { cluster, namespace, ...(opened !== undefined ? { opened } : {}) };
}
