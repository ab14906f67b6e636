// Delete with confirmation: the user types the policy's name; the server's answer (403, 401,
// unreachable) is shown in the dialog.
import { useEffect, useRef, useState } from 'react';
import { useDeletePolicy } from '../api/delete-policy';
import { getOpenedPolicy, setOpenedPolicy } from '../model/opened-policy';
import { RequestError } from './request-error';

interface Props {
  readonly cluster: string;
  readonly namespace: string;
  readonly name: string;
  readonly onClose: () => void;
}

export function DeleteDialog({ cluster, namespace, name, onClose }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const [typed, setTyped] = useState('');
  const del = useDeletePolicy();

  useEffect(() => {
    const d = ref.current;
    if (d !== null && !d.open && typeof d.showModal === 'function') d.showModal();
  }, []);

  const confirm = () => {
    if (typed !== name) return;
    del.mutate(
      { cluster, namespace, name },
      {
        onSuccess: () => {
          const o = getOpenedPolicy();
          if (o?.cluster === cluster && o.namespace === namespace && o.name === name) setOpenedPolicy(undefined);
          onClose();
        },
      },
    );
  };

  return (
    <dialog ref={ref} className="delete-dialog" aria-labelledby="delete-title" onClose={onClose}>
      <form
        method="dialog"
        onSubmit={(e) => {
          e.preventDefault();
          confirm();
        }}
      >
        <h2 id="delete-title">Delete NetworkPolicy {name}?</h2>
        <p>
          This deletes{' '}
          <span className="mono">
            {namespace}/{name}
          </span>{' '}
          from cluster <strong>{cluster}</strong>. The pods it selects lose its rules at once: traffic it allowed may be
          cut, or traffic it isolated opened.
        </p>
        <label>
          Type <span className="mono">{name}</span> to confirm
          <input value={typed} onChange={(e) => setTyped(e.target.value)} autoComplete="off" spellCheck={false} />
        </label>
        {del.isError && <RequestError what="Could not delete it" error={del.error} />}
        <div className="dialog-actions">
          <button type="submit" className="danger" disabled={typed !== name || del.isPending}>
            {del.isPending ? 'Deleting…' : 'Delete'}
          </button>
          <button type="button" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </dialog>
  );
}
