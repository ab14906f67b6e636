// One metadata.ownerReferences item: apiVersion, kind, name, uid, and the tri-state booleans
// controller / blockOwnerDeletion (absent stays absent until the checkbox is touched; "Unset" restores it).
import { memo, type ChangeEvent } from 'react';
import { Button } from '../../../components/ui/button';
import { describedBy, ErrorMessages, hintId } from '../../../components/ui/field-shell';
import { domIdForName } from '../form-model';
import { useFieldErrors } from './error-store';
import { Group, TextField } from './fields';
import { useDerived, useFormHandles } from './form-context';
import { KeptNote } from './kept-note';
import { named } from './labels';

interface Props {
  index: number;
  onRemove: (index: number) => void;
}

export const OwnerReferenceRow = memo(function OwnerReferenceRow({ index, onRemove }: Props) {
  const { getValues } = useFormHandles();
  const name = `metadata.ownerReferences.items.${index}`;
  const context = `Owner reference ${index + 1}`;
  // `opaque` changes only with a reset (the bus tells every listener then).
  const opaque = useDerived(`${name}.opaque`, () => (getValues(`${name}.opaque`) as string | undefined) ?? '');
  const remove = (
    <Button aria-label={`Remove owner reference ${index + 1}`} onClick={() => onRemove(index)}>
      Remove
    </Button>
  );
  if (opaque !== '') {
    return (
      <Group name={name} legend={context} className="item owner-reference opaque">
        <p>Not an object ({opaque}); kept as is. Edit it in the JSON or YAML text.</p>
        {remove}
      </Group>
    );
  }
  return (
    <Group name={name} legend={context} className="item owner-reference">
      <KeptNote name={name} />
      <TextField name={`${name}.apiVersion`} label="API version" ariaLabel={named(context, 'API version')} />
      <TextField name={`${name}.kind`} label="Kind" ariaLabel={named(context, 'kind')} />
      <TextField name={`${name}.name`} label="Name" ariaLabel={named(context, 'name')} />
      <TextField name={`${name}.uid`} label="UID" ariaLabel={named(context, 'UID')} />
      <TriStateCheckbox name={`${name}.controller`} label="Controller" context={context} />
      <TriStateCheckbox name={`${name}.blockOwnerDeletion`} label="Block owner deletion" context={context} />
      {remove}
    </Group>
  );
});

type TriState = 'absent' | 'true' | 'false';

/**
 * A checkbox for an optional boolean: `${name}Set` says whether it is written. Touching the box
 * writes its value (true or false); "Unset" makes the field absent again.
 */
function TriStateCheckbox(props: { name: string; label: string; context: string }) {
  const { control, getValues, setValue, notify, bus } = useFormHandles();
  const { name, label } = props;
  const setName = `${name}Set`;
  const id = domIdForName(name);
  const messages = useFieldErrors(name);
  // The prefix `name` also covers `${name}Set`.
  const state = useDerived<TriState>(name, () =>
    getValues(setName) === true ? (getValues(name) === true ? 'true' : 'false') : 'absent',
  );
  const reg = control.register(name);
  const onChange = (e: ChangeEvent<HTMLInputElement>) => {
    // Marked as set before the form's change handler (on the <form>) emits the object.
    setValue(setName, true);
    void reg.onChange(e);
  };
  const unset = () => {
    setValue(setName, false);
    setValue(name, false);
    bus.changed(name);
    notify();
  };
  const lower = label.toLowerCase();
  return (
    <div className="field field-checkbox tri-state">
      <input
        id={id}
        type="checkbox"
        aria-label={named(props.context, lower)}
        {...describedBy(id, messages, true)}
        {...reg}
        onChange={onChange}
      />
      <label htmlFor={id}>{label}</label>
      <span id={hintId(id)} className="field-hint">
        {state === 'absent' ? 'Not set (the same as false).' : `Set to ${state}.`}
      </span>
      {state !== 'absent' && <Button onClick={unset}>Unset {lower}</Button>}
      <ErrorMessages id={id} messages={messages} />
    </div>
  );
}
