// "Matches N of M pods" for the podSelector and each peer, each with an expandable list of the
// matched pods (namespace/name and labels).
import { memo } from 'react';
import type { NetworkPolicy } from '../../../k8s/networking/types';
import { affectedPods, matchesText, type AffectedGroup } from '../model/affected-pods';
import type { ClusterIndex } from '../model/engine';

const labelsText = (labels: Record<string, string>): string =>
  Object.entries(labels)
    .map(([k, v]) => `${k}=${v}`)
    .join(', ') || '(no labels)';

function Group({ g }: { g: AffectedGroup }) {
  const count = matchesText(g);
  return (
    <li className="review-affected" aria-label={`${g.title}: ${count}`}>
      <p>
        <strong>{g.title}</strong> <code>{g.field}</code>: {g.description}
      </p>
      <details>
        <summary data-testid="affected-count">{count}</summary>
        {g.matched.length === 0 ? (
          <p className="review-muted">No pod matches right now.</p>
        ) : (
          <ul aria-label={`Pods matched by ${g.field}`}>
            {g.matched.map((p) => (
              <li key={`${p.namespace}/${p.name}`}>
                <code>
                  {p.namespace}/{p.name}
                </code>{' '}
                <span className="review-muted">{labelsText(p.labels)}</span>
              </li>
            ))}
          </ul>
        )}
      </details>
      {g.note && <p className="review-muted">{g.note}</p>}
    </li>
  );
}

export const AffectedPodsView = memo(function AffectedPodsView({
  policy,
  index,
}: {
  policy: NetworkPolicy;
  index: ClusterIndex | null;
}) {
  if (index === null) return <p role="status">Loading the cluster&apos;s pods…</p>;
  const groups = affectedPods(policy, index);
  return (
    <ul className="review-affected-list" aria-label="Affected pods">
      {groups.map((g) => (
        <Group key={g.field} g={g} />
      ))}
    </ul>
  );
});
