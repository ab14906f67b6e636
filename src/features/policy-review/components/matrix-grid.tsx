// The pods x pods grid (rows = from, columns = to). Every cell is a button named
// "<from> to <to>: allowed|denied" (plus what it was before in the diff view).
import { memo } from 'react';
import { cellChange, type CellChange } from '../model/simulation';

export type MatrixView = 'before' | 'after' | 'diff';

/** Rendering n^2 buttons gets slow past this; the rest is summarised, not drawn. */
export const MAX_RENDERED_PODS = 60;

interface Props {
  pods: readonly string[];
  before: Uint8Array | null;
  after: Uint8Array;
  view: MatrixView;
  selected: { from: number; to: number } | null;
  onSelect: (from: number, to: number) => void;
}

const word = (v: boolean): string => (v ? 'allowed' : 'denied');
const shortName = (key: string): string => key.slice(key.indexOf('/') + 1);

function cellName(from: string, to: string, view: MatrixView, now: boolean, was: boolean, change: CellChange): string {
  const base = `${from} to ${to}: ${word(now)}`;
  if (view !== 'diff') return base;
  return change === 'same' ? `${base} (unchanged)` : `${base} (was ${word(was)})`;
}

function MatrixGridImpl({ pods, before, after, view, selected, onSelect }: Props) {
  const shown = pods.slice(0, MAX_RENDERED_PODS);
  const n = pods.length;
  return (
    <div className="matrix-scroll">
      <table className="matrix" aria-label={`Reachability matrix (${view})`}>
        <thead>
          <tr>
            <th scope="col">from \ to</th>
            {shown.map((p) => (
              <th key={p} scope="col" title={p} className="matrix-col">
                <span>{shortName(p)}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {shown.map((from, a) => (
            <tr key={from}>
              <th scope="row" title={from}>
                {from}
              </th>
              {shown.map((to, b) => {
                const i = a * n + b;
                const change = before === null ? 'same' : cellChange(before, after, i);
                const was = before === null ? after[i] === 1 : before[i] === 1;
                const now = view === 'before' ? was : after[i] === 1;
                const changed = view === 'diff' && change !== 'same';
                const isSel = selected?.from === a && selected.to === b;
                return (
                  <td key={to}>
                    <button
                      type="button"
                      className={`cell ${now ? 'cell-allowed' : 'cell-denied'}${changed ? ` cell-${change}` : ''}${a === b ? ' cell-self' : ''}`}
                      aria-label={cellName(from, to, view, now, was, change)}
                      aria-pressed={isSel}
                      onClick={() => onSelect(a, b)}
                    >
                      {now ? '✓' : '✗'}
                    </button>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export const MatrixGrid = memo(MatrixGridImpl);
