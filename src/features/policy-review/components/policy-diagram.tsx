// The policy as an inline SVG: sources -> selected pods -> destinations, ports on the edges. The
// figure carries a caption and a text equivalent (the same sentences) for screen readers.
import { useId } from 'react';
import type { NetworkPolicy } from '../../../k8s/networking/types';
import { DIAGRAM_W, NODE_H, NODE_W, COLUMN_X, layoutDiagram, type DiagramNode } from '../model/diagram-layout';

const MAX_CHARS = 34;
const clip = (s: string, n = MAX_CHARS): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** Two lines of at most MAX_CHARS, cut at a space where possible. */
function twoLines(text: string): [string, string] {
  if (text.length <= MAX_CHARS) return [text, ''];
  const cut = text.lastIndexOf(' ', MAX_CHARS);
  const at = cut > 10 ? cut : MAX_CHARS;
  return [text.slice(0, at), clip(text.slice(at).trim())];
}

function Node({ n }: { n: DiagramNode }) {
  const [a, b] = twoLines(n.text);
  return (
    <g className={`diagram-node diagram-${n.kind}`}>
      <title>{n.text}</title>
      <rect x={n.x} y={n.y} width={NODE_W} height={NODE_H} rx={6} />
      <text x={n.x + 8} y={n.y + (b ? 18 : 27)}>
        {a}
      </text>
      {b && (
        <text x={n.x + 8} y={n.y + 36}>
          {b}
        </text>
      )}
    </g>
  );
}

export function PolicyDiagram({ policy }: { policy: NetworkPolicy }) {
  const layout = layoutDiagram(policy);
  const captionId = useId();
  const arrowId = `${useId()}-arrow`.replace(/:/g, '');
  const byId = new Map(layout.nodes.map((n) => [n.id, n]));
  return (
    <figure className="review-diagram" aria-labelledby={captionId}>
      <svg
        role="img"
        aria-label={layout.sentences.join(' ')}
        viewBox={`0 0 ${DIAGRAM_W} ${layout.height}`}
        width="100%"
        style={{ maxWidth: DIAGRAM_W }}
      >
        <defs>
          <marker id={arrowId} viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto">
            <path d="M0,0 L10,5 L0,10 z" className="diagram-arrow" />
          </marker>
        </defs>
        <text x={COLUMN_X[0]} y={18} className="diagram-heading">
          Sources (ingress)
        </text>
        <text x={COLUMN_X[1]} y={18} className="diagram-heading">
          Selected pods
        </text>
        <text x={COLUMN_X[2]} y={18} className="diagram-heading">
          Destinations (egress)
        </text>
        {layout.edges.map((e, i) => {
          const a = byId.get(e.from);
          const b = byId.get(e.to);
          if (!a || !b) return null;
          const x1 = a.x + NODE_W;
          const y1 = a.y + NODE_H / 2;
          const x2 = b.x;
          const y2 = b.y + NODE_H / 2;
          const marker = e.ports === '' ? undefined : `url(#${arrowId})`;
          const label = e.ports === '' ? '' : `${e.rules.length > 0 ? `rule ${e.rules.join(', ')}: ` : ''}${e.ports}`;
          return (
            <g
              key={`${e.from}-${e.to}-${i}`}
              className={e.ports === '' ? 'diagram-edge diagram-edge-muted' : 'diagram-edge'}
            >
              <title>{label || (a.kind === 'deny' || b.kind === 'deny' ? 'denied' : 'not restricted')}</title>
              <path d={`M${x1},${y1} C${x1 + 50},${y1} ${x2 - 50},${y2} ${x2},${y2}`} markerEnd={marker} />
              {label && (
                <text x={(x1 + x2) / 2} y={(y1 + y2) / 2 - 4} textAnchor="middle" className="diagram-port">
                  {clip(label, 30)}
                </text>
              )}
            </g>
          );
        })}
        {layout.nodes.map((n) => (
          <Node key={n.id} n={n} />
        ))}
      </svg>
      <figcaption id={captionId}>Diagram: who may connect to and from the selected pods</figcaption>
      <details>
        <summary>Text equivalent</summary>
        <ul aria-label="Diagram as text">
          {layout.sentences.map((s, i) => (
            <li key={i}>{s}</li>
          ))}
        </ul>
      </details>
    </figure>
  );
}
