// @vitest-environment happy-dom
// The draft loses nothing: an edit is saved when the page unmounts (an error boundary above caught
// a crash, or the page is torn down) even inside the save debounce; a new draft starts in the
// namespace in use.
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { getClusterSelection, setClusterSelection } from '../../../lib/current-cluster';
import { DRAFT_STORAGE_KEY, loadDraft } from '../model/persistence';
import { newPolicyTemplate } from '../model/template';
import { useDraft } from './use-draft';

afterEach(() => {
  cleanup();
  localStorage.clear();
});

describe('useDraft', () => {
  it('saves the last edit at once on unmount, inside the debounce window', () => {
    const view = renderHook(() => useDraft());
    const edited = { ...newPolicyTemplate(), metadata: { name: 'typed-just-now', namespace: 'default' } };
    act(() => view.result.current.dispatch({ type: 'form-changed', policy: edited }));
    expect(view.result.current.state.policy).toBe(edited);
    expect(localStorage.getItem(DRAFT_STORAGE_KEY)).toBeNull();
    view.unmount();
    expect(loadDraft(localStorage)?.metadata?.name).toBe('typed-just-now');
  });

  it('starts a new draft, and Start over, in the namespace in use', () => {
    const before = getClusterSelection();
    try {
      setClusterSelection({ cluster: before.cluster, namespace: 'payments' });
      const { result } = renderHook(() => useDraft());
      expect(result.current.state.policy).toEqual(newPolicyTemplate('payments'));
      setClusterSelection({ cluster: before.cluster, namespace: 'team-a' });
      act(() => result.current.startOver());
      expect(result.current.state.policy).toEqual(newPolicyTemplate('team-a'));
    } finally {
      setClusterSelection(before);
    }
  });
});
