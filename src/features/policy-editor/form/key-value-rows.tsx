// Key/value rows for a string map (labels, annotations, matchLabels): add and remove rows.
import { memo } from 'react';
import { Button } from '../../../components/ui/button';
import { duplicateKeys, type KeyValueRow } from '../form-model';
import { Group, TextField } from './fields';
import { useDerived, useFormHandles, useListOps } from './form-context';
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
  const { fields, append, remove } = useListOps(`${props.name}.rows`);
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
  const { getValues } = useFormHandles();
  const text = useDerived(`${name}.rows.`, () => {
    const rows = (getValues(`${name}.rows`) ?? []) as KeyValueRow[];
    return [...duplicateKeys(rows)].map((k) => JSON.stringify(k)).join(', ');
  });
  if (text === '') return null;
  return (
    <p className="field-warning" role="status">
      Duplicate {noun} key {text}: only the last row of each key is kept.
    </p>
  );
}
