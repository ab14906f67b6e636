// "Save changes" next to Create, for a draft opened from the cluster: PUT with the resourceVersion
// it was opened at. A 409 Conflict is explained, with "Reload from server" (discard the local
// edits) and "Overwrite" (PUT again over the server's current version, knowingly).
import { useReducer } from 'react';
import { ApiStatusError } from '../../../lib/api-client';
import type { NetworkPolicy } from '../../../k8s/networking/types';
import { getPolicy } from '../api/get-policy';
import { useReplacePolicy } from '../api/replace-policy';
import { useClusterSelection, useOpenedPolicy } from '../hooks';
import { describeFailure, failureOf } from '../model/connection-state';
import { saveBlocker, setOpenedPolicy, toDraft, type OpenedPolicy } from '../model/opened-policy';
import { INITIAL_SAVE_STATE, isBusy, saveReducer } from '../model/save-flow';
import './clusters.css';

export interface SaveChangesBarProps {
  /** The editor's current draft. */
  readonly policy: NetworkPolicy;
  /** Replaces the editor's draft (Reload from server). */
  readonly onReplace: (policy: NetworkPolicy) => void;
  /** True while the draft has errors that block submitting. */
  readonly blocked: boolean;
}

export function SaveChangesBar(props: SaveChangesBarProps) {
  const link = useOpenedPolicy();
  const { cluster } = useClusterSelection();
  if (link === undefined || link.cluster !== cluster) return null;
  return <SaveChanges key={`${link.cluster}/${link.namespace}/${link.name}`} link={link} {...props} />;
}

function SaveChanges({ link, policy, onReplace, blocked }: SaveChangesBarProps & { link: OpenedPolicy }) {
  const [state, dispatch] = useReducer(saveReducer, INITIAL_SAVE_STATE);
  const replace = useReplacePolicy();
  const blocker = saveBlocker(policy, link);
  const target = { cluster: link.cluster, namespace: link.namespace, name: link.name };

  const put = async (resourceVersion: string) => {
    try {
      const saved = await replace.mutateAsync({ ...target, policy, resourceVersion });
      const rv = saved.metadata?.resourceVersion ?? '';
      setOpenedPolicy({ ...link, resourceVersion: rv });
      dispatch({ type: 'succeeded', resourceVersion: rv });
    } catch (err) {
      if (err instanceof ApiStatusError && err.response.status === 409) {
        dispatch({ type: 'conflicted', message: err.message });
      } else dispatch({ type: 'failed', failure: failureOf(err) });
    }
  };

  const onSave = () => {
    if (blocked || blocker !== undefined || isBusy(state) || state.phase === 'conflict') return;
    dispatch({ type: 'save' });
    void put(link.resourceVersion);
  };
  const onOverwrite = async () => {
    dispatch({ type: 'overwrite' });
    try {
      const current = await getPolicy(link.cluster, link.namespace, link.name);
      await put(current.metadata?.resourceVersion ?? '');
    } catch (err) {
      dispatch({ type: 'failed', failure: failureOf(err) });
    }
  };
  const onReload = async () => {
    dispatch({ type: 'reload' });
    try {
      const current = await getPolicy(link.cluster, link.namespace, link.name);
      const rv = current.metadata?.resourceVersion ?? '';
      onReplace(toDraft(current));
      setOpenedPolicy({ ...link, resourceVersion: rv });
      dispatch({ type: 'succeeded', resourceVersion: rv });
    } catch (err) {
      dispatch({ type: 'failed', failure: failureOf(err) });
    }
  };

  const where = `${link.namespace}/${link.name}`;
  return (
    <div className="save-changes" role="group" aria-label="Update on the cluster">
      <button
        type="button"
        className="primary"
        onClick={onSave}
        disabled={blocked || blocker !== undefined || isBusy(state) || state.phase === 'conflict'}
      >
        {state.phase === 'saving' ? 'Saving…' : 'Save changes'}
      </button>
      <span className="mono">
        PUT {where} on {link.cluster} (resourceVersion {link.resourceVersion || 'unknown'})
      </span>
      <button type="button" className="link" onClick={() => setOpenedPolicy(undefined)} disabled={isBusy(state)}>
        Detach
      </button>
      <div aria-live="polite" className="save-outcome">
        {blocker !== undefined && <p className="message info">{blocker}</p>}
        {state.phase === 'saved' && (
          <p className="message ok" role="status">
            Saved (200 OK): {where} is now at resourceVersion {state.resourceVersion}.
          </p>
        )}
        {state.phase === 'reloaded' && (
          <p className="message ok" role="status">
            Reloaded {where} from the server (resourceVersion {state.resourceVersion}); your local edits were discarded.
          </p>
        )}
        {(state.phase === 'reloading' || state.phase === 'overwriting') && (
          <p role="status">{state.phase === 'reloading' ? 'Reloading from the server…' : 'Overwriting…'}</p>
        )}
        {state.phase === 'conflict' && (
          <div className="message error save-conflict" role="alert">
            <p>
              <strong>Conflict (409):</strong> {where} was changed on the server since you opened it. Saving now would
              overwrite those changes. Server message: {state.message}
            </p>
            <div className="dialog-actions">
              <button type="button" onClick={() => void onReload()}>
                Reload from server
              </button>
              <button type="button" className="danger" onClick={() => void onOverwrite()}>
                Overwrite
              </button>
            </div>
            <p className="hint">
              Reload from server discards your local edits. Overwrite replaces the server&apos;s version with your
              draft.
            </p>
          </div>
        )}
        {state.phase === 'failed' && (
          <p className="message error" role="alert">
            Could not save {where}: {describeFailure(state.failure)}
          </p>
        )}
      </div>
    </div>
  );
}
