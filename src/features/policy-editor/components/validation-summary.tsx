// Lists every error (client and server) as a link that focuses its field; says why Create is blocked.
import { errorBody } from '../../../k8s/field';
import { focusTargetId } from '../model/focus-target';
import type { TextSyntaxError } from '../model/draft-state';
import type { DraftWarning } from '../model/draft-warnings';
import type { EditorFieldError } from '../model/server-errors';

interface Props {
  readonly errors: readonly EditorFieldError[];
  readonly clientErrorCount: number;
  readonly syntaxError: TextSyntaxError | undefined;
  readonly domIdFor: (path: string) => string;
  /** The apiserver's create warnings for the draft; shown, never blocking. */
  readonly warnings?: readonly DraftWarning[];
}

function focusField(field: string, domIdFor: (path: string) => string): boolean {
  const id = focusTargetId(field, domIdFor, (x) => document.getElementById(x) !== null);
  const el = id === undefined ? null : document.getElementById(id);
  if (el === null) return false;
  el.scrollIntoView({ block: 'center' });
  el.focus();
  return true;
}

export function ValidationSummary({ errors, clientErrorCount, syntaxError, domIdFor, warnings = [] }: Props) {
  const blocked = clientErrorCount > 0 || syntaxError !== undefined;
  return (
    <section className="panel summary" aria-labelledby="validation-summary-title">
      <h2 id="validation-summary-title">Validation</h2>
      <div role="status" aria-live="polite">
        {!blocked && errors.length === 0 && <p className="message ok">No errors: the policy is valid.</p>}
        {blocked && (
          <p className="message error">
            Create is blocked:{' '}
            {clientErrorCount > 0 &&
              `${clientErrorCount} ${clientErrorCount === 1 ? 'error' : 'errors'} must be fixed first`}
            {clientErrorCount > 0 && syntaxError !== undefined && '; '}
            {syntaxError !== undefined &&
              `the editor text does not parse (line ${syntaxError.line}, column ${syntaxError.column})`}
            .
          </p>
        )}
        {!blocked && errors.length > 0 && (
          <p className="message info">The server rejected the last submission of this draft:</p>
        )}
      </div>
      {errors.length > 0 && (
        <ul aria-label="Validation errors">
          {errors.map((e, i) => (
            <li key={`${e.origin ?? 'client'}-${e.field}-${i}`}>
              <a
                href={`#${domIdFor(e.field)}`}
                onClick={(ev) => {
                  if (focusField(e.field, domIdFor)) ev.preventDefault();
                }}
              >
                <span className="mono">{e.field}</span>: {errorBody(e)}
              </a>
              {e.origin === 'server' && <span className="origin">from server</span>}
            </li>
          ))}
        </ul>
      )}
      {warnings.length > 0 && (
        <>
          <p className="message warning">
            {warnings.length === 1 ? 'A warning' : `${warnings.length} warnings`} the apiserver will send with its
            answer (Create is not blocked):
          </p>
          <ul aria-label="Warnings" className="draft-warnings">
            {warnings.map((w, i) => (
              <li key={`${w.field}-${i}`}>
                <a
                  href={`#${domIdFor(w.field)}`}
                  onClick={(ev) => {
                    if (focusField(w.field, domIdFor)) ev.preventDefault();
                  }}
                >
                  Warning: {w.message}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
