// The accessible plain-textarea editor: same behaviour as Monaco (text in, parsed draft out),
// with the errors listed by line number instead of squiggles.
import type { MarkerSpec } from '../model/markers';

interface Props {
  readonly id: string;
  readonly value: string;
  readonly label: string;
  readonly markers: readonly MarkerSpec[];
  readonly onChange: (text: string) => void;
}

export function PlainTextEditor({ id, value, label, markers, onChange }: Props) {
  return (
    <div>
      <label htmlFor={id} className="sr-only">
        {label}
      </label>
      <textarea
        id={id}
        className="plain-editor"
        value={value}
        spellCheck={false}
        aria-invalid={markers.length > 0}
        aria-describedby={markers.length > 0 ? `${id}-errors` : undefined}
        onChange={(e) => onChange(e.target.value)}
      />
      {markers.length > 0 && (
        <ul id={`${id}-errors`} className="text-errors" aria-label="Errors in the text">
          {markers.map((m, i) => (
            <li key={i}>
              Line {m.startLineNumber}, column {m.startColumn}: {m.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
