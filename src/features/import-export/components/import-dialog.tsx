// The Import dialog: paste, choose a file or drop one; shows what was found (choosing among several
// NetworkPolicies), what was refused and why, and asks before replacing a draft that has changes.
import { useDeferredValue, useId, useMemo, useState, type DragEvent } from 'react';
import type { NetworkPolicy } from '../../../k8s/networking/types';
import { analyseImport } from '../model/import-text';
import { ModalDialog } from '../../../components/ui/modal-dialog';

const MAX_FILE_BYTES = 5 * 1024 * 1024;

interface Props {
  readonly hasChanges: () => boolean;
  readonly onImport: (policy: NetworkPolicy) => void;
  readonly onClose: () => void;
}

export function ImportDialog({ hasChanges, onImport, onClose }: Props) {
  const [text, setText] = useState('');
  const [fileNote, setFileNote] = useState('');
  const [choice, setChoice] = useState(0);
  const [confirming, setConfirming] = useState(false);
  const ids = useId();
  const deferred = useDeferredValue(text);
  const analysis = useMemo(() => (deferred.trim() === '' ? undefined : analyseImport(deferred)), [deferred]);
  const candidates = analysis?.ok === true ? analysis.candidates : [];
  const chosen = candidates[Math.min(choice, candidates.length - 1)];

  const readFile = async (file: File | undefined) => {
    if (file === undefined) return;
    if (file.size > MAX_FILE_BYTES) {
      setFileNote(`${file.name} is larger than 5 MiB; it was not read.`);
      return;
    }
    setText(await file.text());
    setChoice(0);
    setConfirming(false);
    setFileNote(`Read ${file.name}.`);
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    void readFile(e.dataTransfer.files[0]);
  };
  const commit = () => {
    // The list shown may lag the text by a frame (deferred); never import from a stale analysis.
    const fresh = deferred === text ? analysis : analyseImport(text);
    const pick = fresh?.ok === true ? fresh.candidates[Math.min(choice, fresh.candidates.length - 1)] : undefined;
    if (pick === undefined) return;
    if (!confirming && hasChanges()) {
      setConfirming(true);
      return;
    }
    onImport(pick.policy);
  };

  return (
    <ModalDialog title="Import" onClose={onClose}>
      {/* Dropping anywhere in the dialog reads the file; the zone below is the visible target. */}
      <div className="io-drop-area" onDragOver={(e) => e.preventDefault()} onDrop={onDrop}>
        <p>
          Paste a NetworkPolicy as YAML or JSON (several documents or a <code>kind: List</code> are fine), choose a
          file, or drop one here.
        </p>
        <label htmlFor={`${ids}-text`}>Policy text</label>
        <textarea
          id={`${ids}-text`}
          className="io-textarea mono"
          rows={12}
          spellCheck={false}
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            setChoice(0);
            setConfirming(false);
            setFileNote('');
          }}
        />
        <div className="io-file-row">
          <label>
            Choose a file
            <input
              type="file"
              accept=".yaml,.yml,.json,application/json,application/yaml,text/yaml,text/plain"
              onChange={(e) => void readFile(e.target.files?.[0])}
            />
          </label>
          <span className="io-drop-zone" aria-hidden="true">
            or drop a file here
          </span>
          <span role="status">{fileNote}</span>
        </div>
      </div>

      {analysis !== undefined && !analysis.ok && (
        <div role="alert" className="io-errors">
          {analysis.errors.map((m) => (
            <p key={m}>{m}</p>
          ))}
        </div>
      )}
      {analysis !== undefined && analysis.refused.length > 0 && (
        <div className="io-refused">
          <p>Not imported:</p>
          <ul>
            {analysis.refused.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </div>
      )}
      {candidates.length > 1 && (
        <fieldset className="io-choices">
          <legend>NetworkPolicy to edit</legend>
          {candidates.map((c, i) => (
            <label key={c.label} className="inline">
              <input
                type="radio"
                name={`${ids}-choice`}
                checked={chosen === c}
                onChange={() => {
                  setChoice(i);
                  setConfirming(false);
                }}
              />
              {c.label}
            </label>
          ))}
        </fieldset>
      )}
      {candidates.length === 1 && chosen !== undefined && <p>Found one NetworkPolicy: {chosen.label}.</p>}

      {confirming && (
        <p role="alert" className="io-confirm">
          Your current draft has changes. Importing replaces it; the changes are lost.
        </p>
      )}
      <div className="io-dialog-actions">
        <button type="button" className="primary" disabled={chosen === undefined} onClick={commit}>
          {confirming ? 'Replace my draft' : 'Import policy'}
        </button>
        <button type="button" onClick={confirming ? () => setConfirming(false) : onClose}>
          {confirming ? 'Keep my draft' : 'Cancel'}
        </button>
      </div>
    </ModalDialog>
  );
}
