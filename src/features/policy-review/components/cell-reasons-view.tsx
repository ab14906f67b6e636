// Why the chosen cell is allowed or denied (after the draft, and before it in the diff view).
import type { CellReasons } from '../model/cell-reasons';

export function CellReasonsView({ after, before }: { after: CellReasons; before: CellReasons | null }) {
  return (
    <section className="cell-reasons" aria-label="Why" aria-live="polite">
      <h4>{after.headline}</h4>
      <ul>
        {after.lines.map((l) => (
          <li key={l}>{l}</li>
        ))}
      </ul>
      {before !== null && (
        <>
          <p>
            <strong>Before the draft: </strong>
            {before.allowed ? 'allowed' : 'denied'}
            {before.allowed === after.allowed ? ' (no change).' : ' (the draft changes this connection).'}
          </p>
          <ul>
            {before.lines.slice(0, -1).map((l) => (
              <li key={l}>{l}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
