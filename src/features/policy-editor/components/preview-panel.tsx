// The live preview: JSON and YAML tabs over one editor (Monaco, lazy; or a plain textarea), with
// syntax errors and field errors as markers. Text typed here goes back into the draft.
import { Suspense, lazy, useMemo } from 'react';
import type { NetworkPolicy } from '../../../k8s/networking/types';
import type { DraftState, TextFormat, TextParseResult, TextSyntaxError } from '../model/draft-state';
import { WARNING_OWNER, warningMarkers, type DraftWarning } from '../model/draft-warnings';
import { SYNTAX_OWNER, VALIDATION_OWNER, fieldErrorMarkers, syntaxErrorMarkers } from '../model/markers';
import { locatorFor, parseText, previewText } from '../model/preview-text';
import type { EditorFieldError } from '../model/server-errors';
import { LoadBoundary } from './load-boundary';
import { PlainTextEditor } from './plain-text-editor';

const MonacoTextEditor = lazy(() => import('./monaco-text-editor'));

export interface PreviewPanelProps {
  readonly policy: NetworkPolicy;
  readonly text: DraftState['text'];
  readonly syntaxError: TextSyntaxError | undefined;
  readonly errors: readonly EditorFieldError[];
  /** The apiserver's warnings for the draft: warning markers, never errors. */
  readonly warnings?: readonly DraftWarning[];
  readonly format: TextFormat;
  readonly plain: boolean;
  readonly onFormatChange: (f: TextFormat) => void;
  readonly onPlainChange: (plain: boolean) => void;
  readonly onTextChange: (format: TextFormat, text: string, parsed: TextParseResult) => void;
}

const NO_WARNINGS: readonly DraftWarning[] = [];

const FORMATS: readonly { id: TextFormat; label: string }[] = [
  { id: 'json', label: 'JSON' },
  { id: 'yaml', label: 'YAML' },
];

// Default export: the page loads this panel lazily, so the codec (and the yaml library) stay out
// of the JS the form needs.
export default function PreviewPanel(p: PreviewPanelProps) {
  const { policy, text, syntaxError, errors, format, warnings = NO_WARNINGS } = p;
  const shown = text !== undefined && text.format === format ? text.value : previewText(policy, format);
  // While the text does not parse, field errors cannot be placed on it; they stay in the summary.
  const fieldMarkers = useMemo(
    () =>
      syntaxError !== undefined || errors.length === 0 ? [] : fieldErrorMarkers(errors, locatorFor(shown, format)),
    [errors, shown, format, syntaxError],
  );
  const warnMarkers = useMemo(
    () =>
      syntaxError !== undefined || warnings.length === 0 ? [] : warningMarkers(warnings, locatorFor(shown, format)),
    [warnings, shown, format, syntaxError],
  );
  const syntaxMarkers = useMemo(() => syntaxErrorMarkers(syntaxError), [syntaxError]);
  const markers = useMemo(
    () => ({ [VALIDATION_OWNER]: fieldMarkers, [SYNTAX_OWNER]: syntaxMarkers, [WARNING_OWNER]: warnMarkers }),
    [fieldMarkers, syntaxMarkers, warnMarkers],
  );
  const label = format === 'json' ? 'Policy as JSON' : 'Policy as YAML';
  const onChange = (t: string) => p.onTextChange(format, t, parseText(t, format));

  const onTabKey = (e: React.KeyboardEvent) => {
    if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
    const next = format === 'json' ? 'yaml' : 'json';
    p.onFormatChange(next);
    document.getElementById(`preview-tab-${next}`)?.focus();
  };

  return (
    <section className="panel preview-panel" aria-labelledby="preview-title">
      <h2 id="preview-title">Preview</h2>
      <div className="toolbar">
        <div className="tabs" role="tablist" aria-label="Format">
          {FORMATS.map((f) => (
            <button
              key={f.id}
              id={`preview-tab-${f.id}`}
              type="button"
              role="tab"
              aria-selected={format === f.id}
              aria-controls="preview-tabpanel"
              tabIndex={format === f.id ? 0 : -1}
              onClick={() => p.onFormatChange(f.id)}
              onKeyDown={onTabKey}
            >
              {f.label}
            </button>
          ))}
        </div>
        <span className="spacer" />
        <label className="inline">
          <input type="checkbox" checked={p.plain} onChange={(e) => p.onPlainChange(e.target.checked)} />
          Plain text editor
        </label>
      </div>
      {syntaxError !== undefined && (
        <p className="message error" role="alert">
          {format === 'json' ? 'JSON' : 'YAML'} syntax error at line {syntaxError.line}, column {syntaxError.column}:{' '}
          {syntaxError.message.replace(/\.$/, '')}. The form keeps the last valid text.
        </p>
      )}
      <div id="preview-tabpanel" role="tabpanel" aria-labelledby={`preview-tab-${format}`}>
        {p.plain ? (
          <PlainTextEditor
            id="preview-text"
            value={shown}
            label={label}
            markers={[...syntaxMarkers, ...fieldMarkers]}
            onChange={onChange}
          />
        ) : (
          <LoadBoundary
            fallback={(e) => (
              <>
                <p className="message info">
                  The code editor could not be loaded ({e.message}); using the plain text editor.
                </p>
                <PlainTextEditor
                  id="preview-text"
                  value={shown}
                  label={label}
                  markers={[...syntaxMarkers, ...fieldMarkers]}
                  onChange={onChange}
                />
              </>
            )}
          >
            <Suspense
              fallback={
                // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrollable region must be reachable by keyboard (WCAG 2.1.1; axe scrollable-region-focusable)
                <pre className="code-fallback" aria-label={label} tabIndex={0}>
                  {shown}
                </pre>
              }
            >
              <MonacoTextEditor
                value={shown}
                language={format}
                ariaLabel={label}
                markers={markers}
                onChange={onChange}
                modelUri="inmemory://netpol/preview"
              />
            </Suspense>
          </LoadBoundary>
        )}
      </div>
      {!p.plain && (
        <p className="hint">
          In the code editor, Tab moves to the next control; Ctrl+M makes Tab insert indentation instead.
        </p>
      )}
    </section>
  );
}
