// The review of the current draft against the cluster: explanation, warnings, affected pods,
// diagram and traffic simulation, as tabs of one labelled region. Follows the draft live.
import { useDeferredValue, useId, useState, type KeyboardEvent } from 'react';
import type { NetworkPolicy } from '../../../k8s/networking/types';
import { useReviewCluster } from '../hooks/use-review-cluster';
import { AffectedPodsView } from './affected-pods-view';
import { ExplanationView } from './explanation-view';
import { PolicyDiagram } from './policy-diagram';
import { ReviewErrorBoundary } from './review-error-boundary';
import { TrafficSimulation } from './traffic-simulation';
import { WarningsView } from './warnings-view';
import './policy-review.css';

const TABS = ['Explanation', 'Warnings', 'Affected pods', 'Diagram', 'Traffic simulation'] as const;
type Tab = (typeof TABS)[number];

export function PolicyReviewPanel(props: { policy: NetworkPolicy }) {
  // The review renders at low priority: a keystroke in the form commits first, the review follows.
  const policy = useDeferredValue(props.policy);
  const [tab, setTab] = useState<Tab>('Explanation');
  const cluster = useReviewCluster();
  const base = useId();
  const tabId = (t: Tab) => `${base}-tab-${TABS.indexOf(t)}`;
  const panelId = (t: Tab) => `${base}-panel-${TABS.indexOf(t)}`;

  // Arrow keys move between tabs (WAI-ARIA tabs pattern, automatic activation).
  const onKeyDown = (e: KeyboardEvent<HTMLButtonElement>) => {
    const i = TABS.indexOf(tab);
    const next = e.key === 'ArrowRight' ? i + 1 : e.key === 'ArrowLeft' ? i - 1 : null;
    if (next === null) return;
    const t = TABS[(next + TABS.length) % TABS.length] ?? 'Explanation';
    setTab(t);
    document.getElementById(tabId(t))?.focus();
    e.preventDefault();
  };

  return (
    <section className="panel review-panel" aria-labelledby={`${base}-title`}>
      <h2 id={`${base}-title`}>Review</h2>
      {cluster.error !== null && (
        <p role="alert" className="review-error">
          Could not load the cluster: {cluster.error}. The explanation and warnings still work; pod counts and the
          simulation need the cluster.
        </p>
      )}
      <div role="tablist" aria-label="Review" className="review-tabs">
        {TABS.map((t) => (
          <button
            key={t}
            id={tabId(t)}
            type="button"
            role="tab"
            aria-selected={tab === t}
            aria-controls={panelId(t)}
            tabIndex={tab === t ? 0 : -1}
            onClick={() => setTab(t)}
            onKeyDown={onKeyDown}
          >
            {t}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={panelId(tab)} aria-labelledby={tabId(tab)} className="review-tabpanel">
        <ReviewErrorBoundary resetKey={policy}>
          {tab === 'Explanation' && <ExplanationView policy={policy} />}
          {tab === 'Warnings' && <WarningsView policy={policy} index={cluster.index} />}
          {tab === 'Affected pods' && <AffectedPodsView policy={policy} index={cluster.index} />}
          {tab === 'Diagram' && <PolicyDiagram policy={policy} />}
          {tab === 'Traffic simulation' &&
            (cluster.index === null ? (
              <p role="status">{cluster.loading ? 'Loading the cluster…' : 'The cluster is not available.'}</p>
            ) : (
              <>
                <ClusterNotes notes={cluster.notes} />
                <TrafficSimulation policy={policy} index={cluster.index} existing={cluster.existing} />
              </>
            ))}
        </ReviewErrorBoundary>
      </div>
    </section>
  );
}

/** What building the cluster model skipped or cannot model (completed pods, host-network pods, ...). */
function ClusterNotes({ notes }: { notes: readonly string[] }) {
  if (notes.length === 0) return null;
  return (
    <details className="review-muted">
      <summary>
        {notes.length} {notes.length === 1 ? 'note' : 'notes'} about the cluster&apos;s pods
      </summary>
      <ul aria-label="Notes about the cluster's pods">
        {notes.map((n) => (
          <li key={n}>{n}</li>
        ))}
      </ul>
    </details>
  );
}
