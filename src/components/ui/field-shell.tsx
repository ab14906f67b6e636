// A labelled control with its error messages beside it: the label points at the control, and the
// control's aria-describedby / aria-invalid come from `describedBy(id, messages)`.
import type { ReactNode } from 'react';

export function errorId(id: string): string {
  return `${id}-error`;
}

export function hintId(id: string): string {
  return `${id}-hint`;
}

/** Props to spread on the control so screen readers announce the hint and the errors. */
export function describedBy(
  id: string,
  messages: readonly string[],
  hasHint = false,
): { 'aria-invalid'?: true; 'aria-describedby'?: string } {
  const ids = [hasHint ? hintId(id) : '', messages.length > 0 ? errorId(id) : ''].filter((s) => s !== '');
  return {
    ...(messages.length > 0 ? { 'aria-invalid': true as const } : {}),
    ...(ids.length > 0 ? { 'aria-describedby': ids.join(' ') } : {}),
  };
}

export function ErrorMessages({ id, messages }: { id: string; messages: readonly string[] }) {
  if (messages.length === 0) return null;
  return (
    <ul id={errorId(id)} className="field-errors">
      {messages.map((m, i) => (
        <li key={i}>{m}</li>
      ))}
    </ul>
  );
}

export function FieldShell(props: {
  id: string;
  label: string;
  messages: readonly string[];
  hint?: ReactNode;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div className={props.className ? `field ${props.className}` : 'field'}>
      <label htmlFor={props.id}>{props.label}</label>
      {props.children}
      {props.hint !== undefined && (
        <p id={hintId(props.id)} className="field-hint">
          {props.hint}
        </p>
      )}
      <ErrorMessages id={props.id} messages={props.messages} />
    </div>
  );
}
