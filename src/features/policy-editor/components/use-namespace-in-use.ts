// The header's cluster and namespace in use (issue 6, src/lib/current-cluster.ts) as the editor
// needs them: an untouched new draft moves to the namespace in use whenever it is known or changes.
import { useEffect, useRef, useSyncExternalStore, type Dispatch } from 'react';
import { getClusterSelection, subscribeClusterSelection, type ClusterSelection } from '../../../lib/current-cluster';
import type { DraftAction } from '../model/draft-state';

export function useNamespaceInUse(dispatch: Dispatch<DraftAction>): ClusterSelection {
  const selection = useSyncExternalStore(subscribeClusterSelection, getClusterSelection);
  const ns = selection.namespace;
  // The namespace the current template was made for: the one in use at the first render (as
  // use-draft's init), then each one seen since.
  const previous = useRef(getClusterSelection().namespace ?? 'default');
  useEffect(() => {
    if (ns === undefined) return;
    dispatch({ type: 'namespace-in-use', namespace: ns, previous: previous.current });
    previous.current = ns;
  }, [ns, dispatch]);
  return selection;
}
