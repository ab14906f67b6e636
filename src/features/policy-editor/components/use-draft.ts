// The page's draft: the reducer, seeded from localStorage, saved back debounced.
import { useEffect, useReducer, useRef } from 'react';
import type { NetworkPolicy } from '../../../k8s/networking/types';
import { draftReducer, initialDraftState, type DraftState } from '../model/draft-state';
import { getClusterSelection } from '../../../lib/current-cluster';
import { browserStorage, clearDraft, loadDraft, saveDraft } from '../model/persistence';
import { newPolicyTemplate } from '../model/template';

const SAVE_DELAY_MS = 300;

/** The header's namespace in use, once the cluster list has told it; 'default' until then. */
const namespaceInUse = (): string => getClusterSelection().namespace ?? 'default';

function init(): DraftState {
  return initialDraftState(loadDraft(browserStorage()) ?? newPolicyTemplate(namespaceInUse()));
}

export function useDraft() {
  const [state, dispatch] = useReducer(draftReducer, undefined, init);
  const policy: NetworkPolicy = state.policy;
  const latest = useRef(policy);

  useEffect(() => {
    latest.current = policy;
    const storage = browserStorage();
    const timer = setTimeout(() => saveDraft(storage, policy), SAVE_DELAY_MS);
    // Saving right away on page hide means a reload within the debounce window loses nothing.
    const flush = () => saveDraft(storage, policy);
    window.addEventListener('pagehide', flush);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('pagehide', flush);
    };
  }, [policy]);

  // Unmounting (an error boundary above caught a crash, or the page is torn down) saves the last
  // committed draft at once, so the debounce window never loses an edit.
  useEffect(() => () => void saveDraft(browserStorage(), latest.current), []);

  const startOver = () => {
    clearDraft(browserStorage());
    dispatch({ type: 'reset', policy: newPolicyTemplate(namespaceInUse()) });
  };

  return { state, dispatch, startOver };
}
