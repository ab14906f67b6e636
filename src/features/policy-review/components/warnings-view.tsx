// The engine's warnings for the draft, with the cluster's pods once they have loaded: severity,
// the field it is about, and the message.
import { memo } from 'react';
import type { NetworkPolicy } from '../../../k8s/networking/types';
import { policyWarnings, type ClusterIndex } from '../model/engine';

export const WarningsView = memo(function WarningsView({
  policy,
  index,
}: {
  policy: NetworkPolicy;
  index: ClusterIndex | null;
}) {
  const warnings = index === null ? policyWarnings(policy) : policyWarnings(policy, index);
  return (
    <div>
      <p role="status" className="review-muted">
        {warnings.length === 0
          ? 'No warnings.'
          : `${warnings.length} ${warnings.length === 1 ? 'warning' : 'warnings'}.`}
        {index === null ? ' Cluster-aware checks run once the cluster has loaded.' : ''}
      </p>
      {warnings.length > 0 && (
        <ul className="review-warnings" aria-label="Warnings">
          {warnings.map((w, i) => (
            <li key={`${w.code}-${w.field}-${i}`} className={`review-warning review-${w.severity}`}>
              <span className="review-badge">{w.severity === 'warning' ? 'Warning' : 'Info'}</span>{' '}
              <code>{w.field}</code>: {w.message} <span className="review-muted">({w.code})</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
});
