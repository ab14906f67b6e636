// Key/value rows for a string map (labels, annotations, matchLabels): add and remove rows.
import { memo } from 'react';
import { useFieldArray, useWatch } from 'react-hook-form';
import { Button } from '../../../components/ui/button';
import { duplicateKeys, type KeyValueRow } from '../form-model';
import { Group, TextField } from './fields';
import { useFormHandles } from './form-context';
import { named } from './labels';

interface Props {
  /** Form name of the MapModel (rows live at `${name}.rows`). */
  name: string;
  legend: string;
  /** Context prefix for accessible names, e.g. "Pod selector" ('' for metadata maps: "Label 1, key"). */
  context: string;
  /** Singular noun for a row: "label", "annotation". */
  noun: string;
  addLabel: string;
}

export const KeyValueRows = memo(function KeyValueRows(props: Props) {
  const { control } = useFormHandles();
  const { fields, append, remove } = useFieldArray({ control, name: `${props.name}.rows` });
  return (
    <Group name={props.name} legend={props.legend} className="kv-rows">
      {fields.length === 0 && <p className="muted">No {props.noun}s.</p>}
      {fields.map((f, i) => {
        const item = `${props.noun} ${i + 1}`;
        const row = props.context === '' ? item.charAt(0).toUpperCase() + item.slice(1) : named(props.context, item);
        const base = `${props.name}.rows.${i}`;
        return (
          <div key={f.id} className="kv-row">
            <TextField name={`${base}.key`} label="Key" ariaLabel={`${row}, key`} />
            <TextField name={`${base}.value`} label="Value" ariaLabel={`${row}, value`} />
            <Button
              aria-label={props.context === '' ? `Remove ${item}` : `Remove ${item} of ${props.context}`}
              onClick={() => remove(i)}
            >
              Remove
            </Button>
          </div>
        );
      })}
      <DuplicateNote name={props.name} noun={props.noun} />
      <Button onClick={() => append({ key: '', value: '' } satisfies KeyValueRow)}>{props.addLabel}</Button>
    </Group>
  );
});

/** Two rows with one key make one map entry: say so, since the object cannot show it. */
function DuplicateNote({ name, noun }: { name: string; noun: string }) {
  const { control } = useFormHandles();
  const rows = (useWatch({ control, name: `${name}.rows` }) ?? []) as KeyValueRow[];
  const dup = [...duplicateKeys(rows)];
  if (dup.length === 0) return null;
  return (
    <p className="field-warning" role="status">
      Duplicate {noun} key{dup.length > 1 ? 's' : ''} {dup.map((k) => JSON.stringify(k)).join(', ')}: only the last row
      of each is kept.
    </p>
  );
}
