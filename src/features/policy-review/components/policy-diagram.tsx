// The policy as an inline SVG: sources -> selected pods -> destinations, ports on the edges. The
// figure carries a caption and a text equivalent (the same sentences) for screen readers.
import { memo, useId } from 'react';
import type { NetworkPolicy } from '../../../k8s/networking/types';
import { DIAGRAM_W, NODE_H, NODE_W, COLUMN_X, layoutDiagram, type DiagramNode } from '../model/diagram-layout';

/** About what fits in a node at 12px; longer text wraps to three lines, then is cut (full text in <title>). */
const LINE_CHARS = 33;
const LINES = 3;
const LABEL_CHARS = 32;
const clip = (s: string, n: number): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** Wraps at spaces into at most LINES lines of LINE_CHARS; the last line is cut with an ellipsis. */
export function wrapText(text: string): string[] {
  const lines: string[] = [];
  let rest = text;
  while (rest.length > 0 && lines.length < LINES - 1) {
    if (rest.length <= LINE_CHARS) break;
    const cut = rest.lastIndexOf(' ', LINE_CHARS);
    const at = cut > 10 ? cut : LINE_CHARS;
    lines.push(rest.slice(0, at));
    rest = rest.slice(at).trim();
  }
  if (rest.length > 0) lines.push(clip(rest, LINE_CHARS));
  return lines;
}

function Node({ n }: { n: DiagramNode }) {
  const lines = wrapText(n.text);
  const top = n.y + NODE_H / 2 - ((lines.length - 1) * 15) / 2 + 4;
  return (
    <g className={`diagram-node diagram-${n.kind}`}>
      <title>{n.text}</title>
      <rect x={n.x} y={n.y} width={NODE_W} height={NODE_H} rx={6} />
      {lines.map((l, i) => (
        <text key={i} x={n.x + 8} y={top + i * 15}>
          {l}
        </text>
      ))}
    </g>
  );
}

export const PolicyDiagram = memo(function PolicyDiagram({ policy }: { policy: NetworkPolicy }) {
  const layout = layoutDiagram(policy);
  const captionId = useId();
  const arrowId = `${useId()}-arrow`.replace(/:/g, '');
  const byId = new Map(layout.nodes.map((n) => [n.id, n]));
  const labelRow = new Map<string, number>();
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
          const muted = e.ports === '';
          const label = muted ? '' : `${e.rules.length > 0 ? `rule ${e.rules.join(', ')}: ` : ''}${e.ports}`;
          // Labels sit at the peer's end of the edge, one row per edge of that peer, so none overlap.
          const peerIsSource = a.id !== 'selected';
          const peer = peerIsSource ? a : b;
          const k = (labelRow.get(peer.id) ?? 0) + 1;
          labelRow.set(peer.id, k);
          const ly = peer.y + NODE_H / 2 - 4 + (k - 1) * 13;
          return (
            <g key={`${e.from}-${e.to}-${i}`} className={muted ? 'diagram-edge diagram-edge-muted' : 'diagram-edge'}>
              <title>{label || (a.kind === 'deny' || b.kind === 'deny' ? 'denied' : 'not restricted')}</title>
              <path
                d={`M${x1},${y1} C${x1 + 80},${y1} ${x2 - 80},${y2} ${x2},${y2}`}
                markerEnd={muted ? undefined : `url(#${arrowId})`}
              />
              {label && (
                <text
                  x={peerIsSource ? x1 + 6 : x2 - 8}
                  y={ly}
                  textAnchor={peerIsSource ? 'start' : 'end'}
                  className="diagram-port"
                >
                  {clip(label, LABEL_CHARS)}
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
});
