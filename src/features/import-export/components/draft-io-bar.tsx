// The draft's import/export toolbar: Import (dialog), the export buttons, and the message about a
// share link that was just opened (restored, with undo; or broken, draft untouched).
import { useState } from 'react';
import type { NetworkPolicy } from '../../../k8s/networking/types';
import { ExportActions } from './export-actions';
import { ImportDialog } from './import-dialog';
import { useShareLinkRestore } from './use-share-link-restore';
import './import-export.css';

export interface DraftIoBarProps {
  readonly policy: NetworkPolicy;
  /** Whether replacing the draft would lose work (asked only when an import is about to happen). */
  readonly hasChanges: () => boolean;
  /** Replaces the whole draft (form, text and preview). */
  readonly onReplace: (policy: NetworkPolicy) => void;
}

export function DraftIoBar({ policy, hasChanges, onReplace }: DraftIoBarProps) {
  const [importing, setImporting] = useState(false);
  const [imported, setImported] = useState('');
  const share = useShareLinkRestore(policy, onReplace);
  return (
    <div className="io-bar">
      <div className="io-import" role="group" aria-label="Import">
        <button type="button" aria-haspopup="dialog" onClick={() => setImporting(true)}>
          Import
        </button>
        <span role="status">{imported}</span>
      </div>
      <ExportActions policy={policy} />
      {share.state.kind === 'restored' && (
        <div role="status" className="io-banner io-banner-ok">
          <span>The draft was restored from the share link.</span>
          <button type="button" onClick={share.undo}>
            Undo (back to my previous draft)
          </button>
          <button type="button" onClick={share.dismiss}>
            Dismiss
          </button>
        </div>
      )}
      {share.state.kind === 'failed' && (
        <div role="alert" className="io-banner io-banner-error">
          <span>{share.state.message} Your current draft was left unchanged.</span>
          <button type="button" onClick={share.dismiss}>
            Dismiss
          </button>
        </div>
      )}
      {importing && (
        <ImportDialog
          hasChanges={hasChanges}
          onClose={() => setImporting(false)}
          onImport={(p) => {
            onReplace(p);
            setImporting(false);
            setImported(`Imported ${p.metadata?.name ?? 'the policy'}.`);
          }}
        />
      )}
    </div>
  );
}
