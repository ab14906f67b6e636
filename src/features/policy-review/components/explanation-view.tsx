// The policy in plain language (the engine's explanation): selected pods, each direction, each rule
// with its peers ORed and ports ORed, what is denied, and the `kubectl describe` text.
import { memo } from 'react';
import type { NetworkPolicy } from '../../../k8s/networking/types';
import { explainNetworkPolicy, type DirectionExplanation } from '../model/engine';

function deniedText(d: DirectionExplanation): string {
  const dir = d.direction.toLowerCase();
  if (!d.affected) return `Nothing is denied for ${dir}: this policy does not restrict it.`;
  if (d.denyAll)
    return `All ${dir} traffic of the selected pods is denied, unless another policy that selects them allows it.`;
  return `Any other ${dir} traffic of the selected pods (not matched by a rule above) is denied, unless another policy that selects them allows it.`;
}

function DirectionBlock({ d }: { d: DirectionExplanation }) {
  const id = `review-explain-${d.direction.toLowerCase()}`;
  return (
    <section aria-labelledby={id} className="review-direction">
      <h4 id={id}>{d.direction}</h4>
      <p>{d.summary}</p>
      {d.rules.length > 0 && (
        <ol className="review-rules" aria-label={`${d.direction} rules`}>
          {d.rules.map((r) => (
            <li key={r.path}>
              <p>{r.text}</p>
              {r.peers.length > 1 && (
                <p className="review-muted">
                  {r.peers.length} peers, ORed: a connection needs to match only one of them. Inside one peer,
                  podSelector AND namespaceSelector must both match.
                </p>
              )}
              {r.ports.length > 1 && (
                <p className="review-muted">{r.ports.length} ports, ORed: any one of them is enough.</p>
              )}
              {!r.allPeers && !r.allPorts && <p className="review-muted">The peer AND the port must both match.</p>}
            </li>
          ))}
        </ol>
      )}
      <p className="review-denied">
        <strong>Denied: </strong>
        {deniedText(d)}
      </p>
    </section>
  );
}

export const ExplanationView = memo(function ExplanationView({ policy }: { policy: NetworkPolicy }) {
  const e = explainNetworkPolicy(policy);
  return (
    <div className="review-explanation" data-testid="review-explanation">
      <p>
        <strong>{e.policy}</strong> selects {e.selectedPods}.
      </p>
      <p>
        {e.policyTypesDefaulted
          ? `policyTypes is not set; the API server defaults it to [${e.policyTypes.join(', ')}].`
          : `policyTypes: [${e.policyTypes.join(', ')}].`}
      </p>
      <DirectionBlock d={e.ingress} />
      <DirectionBlock d={e.egress} />
      {e.notes.map((n) => (
        <p key={n} className="review-note" role="note">
          <strong>Note: </strong>
          {n}
        </p>
      ))}
      <details>
        <summary>As kubectl describe networkpolicy shows it</summary>
        <pre className="review-pre">{e.describe}</pre>
      </details>
    </div>
  );
});
