// The "Server response" region: the answer in full (status and reason, time taken, body), a
// loading state while the request runs, and a clear message when the server cannot be reached.
import { Suspense, lazy } from 'react';
import { LoadBoundary } from './load-boundary';
import { ApiNetworkError, ApiStatusError, type ApiResponse } from '../../../lib/api-client';

const MonacoTextEditor = lazy(() => import('./monaco-text-editor'));

export type SubmitOutcome =
  | { readonly kind: 'idle' }
  | { readonly kind: 'pending'; readonly url: string }
  | { readonly kind: 'answer'; readonly url: string; readonly response: ApiResponse }
  | { readonly kind: 'network'; readonly url: string; readonly message: string };

/** What the region shows for a finished mutation. */
export function outcomeOf(url: string, result: { data?: ApiResponse; error?: unknown }): SubmitOutcome {
  if (result.data !== undefined) return { kind: 'answer', url, response: result.data };
  const err = result.error;
  if (err instanceof ApiStatusError) return { kind: 'answer', url, response: err.response };
  if (err instanceof ApiNetworkError) return { kind: 'network', url, message: err.message };
  return { kind: 'network', url, message: err instanceof Error ? err.message : String(err) };
}

function fmtDuration(ms: number): string {
  return ms < 10 ? `${ms.toFixed(1)} ms` : `${Math.round(ms)} ms`;
}

export function ServerResponse({ outcome }: { readonly outcome: SubmitOutcome }) {
  return (
    <section className="panel" aria-labelledby="server-response-title" aria-busy={outcome.kind === 'pending'}>
      <h2 id="server-response-title">Server response</h2>
      <div aria-live="polite">
        {outcome.kind === 'idle' && <p>Nothing sent yet. Press Create to submit the draft.</p>}
        {outcome.kind === 'pending' && (
          <p role="status">
            Sending <span className="mono">POST {outcome.url}</span>…
          </p>
        )}
        {outcome.kind === 'network' && (
          <p className="message error" role="alert">
            Could not reach the server: {outcome.message}
          </p>
        )}
        {outcome.kind === 'answer' && <Answer url={outcome.url} response={outcome.response} />}
      </div>
    </section>
  );
}

function Answer({ url, response }: { url: string; response: ApiResponse }) {
  const ok = response.status >= 200 && response.status < 300;
  return (
    <>
      <div className="response-meta">
        <strong className={`status-code ${ok ? 'ok' : 'error'}`} data-testid="response-status">
          {response.status} {response.reason}
        </strong>
        <span data-testid="response-time">Time taken: {fmtDuration(response.durationMs)}</span>
        <span className="mono">POST {url}</span>
      </div>
      {response.warnings.length > 0 && (
        <ul className="response-warnings" aria-label="Warnings from the server">
          {response.warnings.map((w, i) => (
            <li key={i} className="message warning">
              Warning: {w}
            </li>
          ))}
        </ul>
      )}
      <LoadBoundary
        fallback={() => (
          // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrollable region must be reachable by keyboard (WCAG 2.1.1; axe scrollable-region-focusable)
          <pre className="code-fallback" aria-label="Response body" tabIndex={0}>
            {response.text}
          </pre>
        )}
      >
        <Suspense
          fallback={
            // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrollable region must be reachable by keyboard (WCAG 2.1.1; axe scrollable-region-focusable)
            <pre className="code-fallback" aria-label="Response body" tabIndex={0}>
              {response.text}
            </pre>
          }
        >
          <MonacoTextEditor
            value={response.text}
            language="json"
            ariaLabel="Response body"
            readOnly
            modelUri="inmemory://netpol/response"
            className="editor-host small"
          />
        </Suspense>
      </LoadBoundary>
      <pre className="sr-only" aria-hidden="true" data-testid="response-body">
        {response.text}
      </pre>
    </>
  );
}
