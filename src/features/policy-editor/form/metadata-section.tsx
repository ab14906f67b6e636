// Metadata: name or generateName (a toggle), namespace (server suggestions, free text allowed),
// labels, annotations; finalizers and ownerReferences under "Advanced metadata" (advanced-metadata.tsx).
import { memo, useId, type ChangeEvent } from 'react';
import { ErrorMessages } from '../../../components/ui/field-shell';
import { domIdForName } from '../form-model';
import { AdvancedMetadata } from './advanced-metadata';
import { useFieldErrors } from './error-store';
import { Group, TextField } from './fields';
import { useDerived, useFormHandles } from './form-context';
import { KeptNote } from './kept-note';
import { KeyValueRows } from './key-value-rows';

export const MetadataSection = memo(function MetadataSection(props: {
  namespaces: readonly string[];
  namespacesLoading: boolean;
}) {
  const listId = useId();
  return (
    <Group name="metadata" legend="Metadata" className="metadata">
      <KeptNote name="metadata" />
      <NameFields />
      <TextField
        name="metadata.namespace"
        label="Namespace"
        list={listId}
        hint={props.namespacesLoading ? 'Loading namespaces…' : 'Pick one of the cluster namespaces or type any name.'}
      />
      <datalist id={listId}>
        {props.namespaces.map((ns) => (
          <option key={ns} value={ns} />
        ))}
      </datalist>
      <KeyValueRows name="metadata.labels" legend="Labels" context="" noun="label" addLabel="Add label" />
      <KeyValueRows
        name="metadata.annotations"
        legend="Annotations"
        context=""
        noun="annotation"
        addLabel="Add annotation"
      />
      <AdvancedMetadata />
    </Group>
  );
});

function NameFields() {
  const { control, getValues, setValue, bus } = useFormHandles();
  // Read through the field bus, not useWatch: a watcher on these would make react-hook-form
  // deep-clone all values whenever they are set (e.g. when the text changes the name).
  const useGenerate = useDerived('metadata.useGenerateName', () => getValues('metadata.useGenerateName') === true);
  const nameOrig = useDerived('metadata.nameOrig', () => getValues('metadata.nameOrig') as string | null);
  const generateOrig = useDerived(
    'metadata.generateNameOrig',
    () => getValues('metadata.generateNameOrig') as string | null,
  );
  // The toggle picks one field; an object that came with both shows both (name wins on the server).
  const bothSet = nameOrig !== null && generateOrig !== null;
  const showName = !useGenerate || bothSet;
  const showGenerate = useGenerate || bothSet;
  const toggleId = domIdForName('metadata.useGenerateName');
  const reg = control.register('metadata.useGenerateName');
  // Moving the text across keeps what was typed when switching between the two.
  const onToggle = (e: ChangeEvent<HTMLInputElement>) => {
    const on = e.target.checked;
    const [name, generate] = getValues(['metadata.name', 'metadata.generateName']) as [string, string];
    if (on && generate === '') {
      setValue('metadata.generateName', name, { shouldDirty: true });
      setValue('metadata.name', '', { shouldDirty: true });
    } else if (!on && name === '') {
      setValue('metadata.name', generate, { shouldDirty: true });
      setValue('metadata.generateName', '', { shouldDirty: true });
    }
    void reg.onChange(e);
    bus.changed('metadata.name');
    bus.changed('metadata.generateName');
  };
  return (
    <>
      <div className="field field-checkbox">
        <input id={toggleId} type="checkbox" {...reg} onChange={onToggle} />
        <label htmlFor={toggleId}>Let the server generate the name (generateName)</label>
      </div>
      {showName && <TextField name="metadata.name" label="Name" />}
      {showGenerate && (
        <TextField
          name="metadata.generateName"
          label="Generate name"
          hint="A prefix; the server appends a unique suffix."
        />
      )}
      {!showName && <HiddenNameErrors />}
    </>
  );
}

/** With only generateName shown, errors on metadata.name ("name or generateName is required") go here. */
function HiddenNameErrors() {
  const messages = useFieldErrors('metadata.name');
  const id = domIdForName('metadata.name');
  return (
    <div id={id} tabIndex={-1} className="name-errors">
      <ErrorMessages id={id} messages={messages} />
    </div>
  );
}
