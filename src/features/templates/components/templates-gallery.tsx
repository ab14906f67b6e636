// The "Templates" button and its gallery dialog: each template with its one-line purpose, applied
// to the draft's namespace; asks before replacing a draft that has changes.
import { useId, useState } from 'react';
import { ModalDialog } from '../../../components/ui/modal-dialog';
import type { NetworkPolicy } from '../../../k8s/networking/types';
import { POLICY_TEMPLATES, templateNamespace, type PolicyTemplate } from '../model/templates';
import './templates.css';

export interface TemplatesButtonProps {
  readonly policy: NetworkPolicy;
  readonly hasChanges: () => boolean;
  /** Replaces the whole draft with the template's policy. */
  readonly onApply: (policy: NetworkPolicy) => void;
}

export function TemplatesButton({ policy, hasChanges, onApply }: TemplatesButtonProps) {
  const [open, setOpen] = useState(false);
  const [applied, setApplied] = useState('');
  return (
    <div className="tpl-launch">
      <button type="button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        Templates
      </button>
      <span role="status">{applied}</span>
      {open && (
        <TemplatesDialog
          namespace={templateNamespace(policy)}
          hasChanges={hasChanges}
          onClose={() => setOpen(false)}
          onApply={(t, p) => {
            onApply(p);
            setOpen(false);
            setApplied(`Applied the template “${t.title}”.`);
          }}
        />
      )}
    </div>
  );
}

interface DialogProps {
  readonly namespace: string;
  readonly hasChanges: () => boolean;
  readonly onClose: () => void;
  readonly onApply: (t: PolicyTemplate, p: NetworkPolicy) => void;
}

function TemplatesDialog({ namespace, hasChanges, onClose, onApply }: DialogProps) {
  const descId = useId();
  const [pending, setPending] = useState<PolicyTemplate | undefined>(undefined);
  const apply = (t: PolicyTemplate) => {
    if (pending !== t && hasChanges()) {
      setPending(t);
      return;
    }
    onApply(t, t.build(namespace));
  };
  return (
    <ModalDialog title="Templates" onClose={onClose} className="tpl-dialog">
      <p>
        Common policies, applied to namespace <strong>{namespace}</strong> (the draft&apos;s). Labels such as{' '}
        <code>app=api</code> are examples: change them in the form afterwards.
      </p>
      {pending !== undefined && (
        <div role="alert" className="tpl-confirm">
          <span>Your current draft has changes. Applying “{pending.title}” replaces it; the changes are lost.</span>
          <button type="button" className="primary" onClick={() => apply(pending)}>
            Replace my draft
          </button>
          <button type="button" onClick={() => setPending(undefined)}>
            Keep my draft
          </button>
        </div>
      )}
      <ul className="tpl-list">
        {POLICY_TEMPLATES.map((t) => (
          <li key={t.id} className="tpl-item">
            <h3>{t.title}</h3>
            <p id={`${descId}-${t.id}`}>{t.purpose}</p>
            <button
              type="button"
              aria-describedby={`${descId}-${t.id}`}
              aria-label={`Apply ${t.title}`}
              onClick={() => apply(t)}
            >
              Apply
            </button>
          </li>
        ))}
      </ul>
    </ModalDialog>
  );
}
