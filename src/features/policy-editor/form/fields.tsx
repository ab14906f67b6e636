// Labelled, registered controls (uncontrolled, so typing re-renders nothing) with their errors.
import { useLayoutEffect, useRef, type ReactNode } from 'react';
import { describedBy, ErrorMessages, FieldShell } from '../../../components/ui/field-shell';
import { domIdForName } from '../form-model';
import { useFieldErrors } from './error-store';
import { useFormHandles } from './form-context';

interface FieldProps {
  name: string;
  /** Visible label. */
  label: string;
  /** Accessible name when the visible label needs context to be unique (contains the label). */
  ariaLabel?: string;
  hint?: ReactNode;
  className?: string;
}

export function TextField(
  props: FieldProps & {
    type?: 'text' | 'number';
    list?: string;
    disabled?: boolean;
    placeholder?: string;
    inputMode?: 'numeric' | 'text';
  },
) {
  const { control } = useFormHandles();
  const id = domIdForName(props.name);
  const messages = useFieldErrors(props.name);
  return (
    <FieldShell id={id} label={props.label} messages={messages} hint={props.hint} className={props.className}>
      <input
        id={id}
        type={props.type ?? 'text'}
        list={props.list}
        disabled={props.disabled}
        placeholder={props.placeholder}
        inputMode={props.inputMode}
        autoComplete="off"
        spellCheck={false}
        aria-label={props.ariaLabel}
        {...describedBy(id, messages, props.hint !== undefined)}
        {...control.register(props.name)}
      />
    </FieldShell>
  );
}

export function SelectField(props: FieldProps & { options: readonly { value: string; label: string }[] }) {
  const { control, getValues } = useFormHandles();
  const id = domIdForName(props.name);
  const messages = useFieldErrors(props.name);
  const { ref, ...reg } = control.register(props.name);
  const el = useRef<HTMLSelectElement | null>(null);
  const optionsKey = props.options.map((o) => o.value).join('\n');
  // A value set before its option existed (an unusual value from the text) selects it once it does.
  useLayoutEffect(() => {
    if (el.current) el.current.value = String(getValues(props.name) ?? '');
  }, [optionsKey, getValues, props.name]);
  return (
    <FieldShell id={id} label={props.label} messages={messages} hint={props.hint} className={props.className}>
      <select
        id={id}
        aria-label={props.ariaLabel}
        // The option is selected from the start: react-hook-form takes a select whose selection
        // differs from its default at registration for one the user edited, and reads it back.
        defaultValue={String(getValues(props.name) ?? '')}
        {...describedBy(id, messages, props.hint !== undefined)}
        {...reg}
        ref={(node) => {
          ref(node);
          el.current = node;
        }}
      >
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

/** A checkbox bound to a boolean; its id is derived from its own name (it never carries errors). */
export function CheckboxField(props: { name: string; label: string; ariaLabel?: string; hint?: ReactNode }) {
  const { control } = useFormHandles();
  const id = domIdForName(props.name);
  return (
    <div className="field field-checkbox">
      <input id={id} type="checkbox" aria-label={props.ariaLabel} {...control.register(props.name)} />
      <label htmlFor={id}>{props.label}</label>
      {props.hint}
    </div>
  );
}

/**
 * A fieldset for a group form name (a list, a map, a rule, a peer): carries the group's DOM id so
 * error links land on it, and shows the group's own errors under its legend.
 */
export function Group(props: { name: string; legend: ReactNode; className?: string; children: ReactNode }) {
  const id = domIdForName(props.name);
  const messages = useFieldErrors(props.name);
  return (
    <fieldset id={id} className={props.className} tabIndex={-1} {...describedBy(id, messages)}>
      <legend>{props.legend}</legend>
      <ErrorMessages id={id} messages={messages} />
      {props.children}
    </fieldset>
  );
}
