// Opening a share link: reads the URL fragment on load (and when it changes), restores the draft
// from it, then removes it from the address bar so a reload does not undo later edits. A broken
// link leaves the draft alone and says why.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { NetworkPolicy } from '../../../k8s/networking/types';
import { decodeShareFragment, isShareFragment } from '../model/share-link';

export type ShareRestoreState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'restored'; readonly previous: NetworkPolicy }
  | { readonly kind: 'failed'; readonly message: string };

function clearFragment(): void {
  const { pathname, search } = window.location;
  window.history.replaceState(window.history.state, '', `${pathname}${search}`);
}

export function useShareLinkRestore(current: NetworkPolicy, onReplace: (policy: NetworkPolicy) => void) {
  const [state, setState] = useState<ShareRestoreState>({ kind: 'idle' });
  // Read through refs so the hash listener is installed once and still sees the latest draft.
  const currentRef = useRef(current);
  const replaceRef = useRef(onReplace);
  useEffect(() => {
    currentRef.current = current;
    replaceRef.current = onReplace;
  });

  useEffect(() => {
    let cancelled = false;
    const check = async () => {
      const hash = window.location.hash;
      if (!isShareFragment(hash)) return;
      const r = await decodeShareFragment(hash);
      if (cancelled) return;
      clearFragment();
      if (r.ok) {
        const previous = currentRef.current;
        replaceRef.current(r.policy);
        setState({ kind: 'restored', previous });
      } else {
        setState({ kind: 'failed', message: r.message });
      }
    };
    void check();
    const onHash = () => void check();
    window.addEventListener('hashchange', onHash);
    return () => {
      cancelled = true;
      window.removeEventListener('hashchange', onHash);
    };
  }, []);

  const dismiss = useCallback(() => setState({ kind: 'idle' }), []);
  const undo = useCallback(() => {
    if (state.kind === 'restored') replaceRef.current(state.previous);
    setState({ kind: 'idle' });
  }, [state]);
  return { state, dismiss, undo };
}
