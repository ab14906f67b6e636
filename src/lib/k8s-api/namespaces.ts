// GET /api/v1/namespaces: whole Namespace objects (labels) or just the sorted names (pickers).
import { getListItems, scopedPath, withKind } from './list';

export const namespacesPath = (cluster?: string): string => scopedPath('/api/v1/namespaces', cluster);

/** Namespace objects with their kind restored. */
export async function listNamespaces(cluster?: string, signal?: AbortSignal): Promise<unknown[]> {
  return withKind(await getListItems(namespacesPath(cluster), signal), 'Namespace');
}

interface NamespaceItem {
  metadata?: { name?: unknown };
}

/** The namespaces' names, sorted, without blanks or repeats. */
export async function listNamespaceNames(cluster?: string, signal?: AbortSignal): Promise<string[]> {
  const items = await getListItems<NamespaceItem>(namespacesPath(cluster), signal);
  const names = items.map((n) => n.metadata?.name).filter((n): n is string => typeof n === 'string' && n !== '');
  return [...new Set(names)].sort();
}
