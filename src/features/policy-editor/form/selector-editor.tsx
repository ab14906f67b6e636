// A LabelSelector: matchLabels rows and matchExpressions (key, operator, comma-separated values),
// with what an empty selector means said in words.
import { memo, type ReactNode } from 'react';
import { useWatch } from 'react-hook-form';
import { Button } from '../../../components/ui/button';
import { decode, encode, newExpression, OPERATORS, type KeyValueRow } from '../form-model';
import { Group, SelectField, TextField } from './fields';
import { useDerived, useFormHandles, useListOps } from './form-context';
import { KeyValueRows } from './key-value-rows';
import { KeptNote } from './kept-note';
import { named } from './labels';

interface Props {
  /** Form name of the SelectorModel. */
  name: string;
  /** Legend and accessible-name context, e.g. "Pod selector" or "Ingress rule 1, peer 1, pod selector". */
  context: string;
  legend: string;
  /** Sentence for an empty selector, e.g. "Selects all pods in namespace default". */
  emptyMeaning: ReactNode;
}

export const SelectorEditor = memo(function SelectorEditor(props: Props) {
  const { fields, append, remove } = useListOps(`${props.name}.matchExpressions.items`);
  return (
    <Group name={props.name} legend={props.legend} className="selector">
      <SelectorMeaning name={props.name} emptyMeaning={props.emptyMeaning} />
      <KeptNote name={props.name} />
      <KeyValueRows
        name={`${props.name}.matchLabels`}
        legend="Match labels"
        context={props.context}
        noun="label"
        addLabel="Add match label"
      />
      <Group name={`${props.name}.matchExpressions`} legend="Match expressions (all must match)">
        {fields.map((f, i) => (
          <ExpressionRow
            key={f.id}
            name={`${props.name}.matchExpressions.items.${i}`}
            context={named(props.context, `expression ${i + 1}`)}
            onRemove={() => remove(i)}
          />
        ))}
        <Button onClick={() => append(newExpression())}>Add match expression</Button>
      </Group>
    </Group>
  );
});

function SelectorMeaning({ name, emptyMeaning }: { name: string; emptyMeaning: ReactNode }) {
  const { control } = useFormHandles();
  const [labels, exprs] = useWatch({
    control,
    name: [`${name}.matchLabels.rows`, `${name}.matchExpressions.items`],
    exact: true,
  }) as [KeyValueRow[] | undefined, unknown[] | undefined];
  const empty = (labels ?? []).length === 0 && (exprs ?? []).length === 0;
  return (
    <p className="selector-meaning">
      {empty ? emptyMeaning : 'Selects what matches every label and expression below.'}
    </p>
  );
}

const EXISTS = new Set([encode('Exists'), encode('DoesNotExist')]);

function operatorOptions(current: string): { value: string; label: string }[] {
  const opts: { value: string; label: string }[] = OPERATORS.map((o) => ({ value: encode(o), label: o }));
  if (current === '') opts.unshift({ value: '', label: '(not set)' });
  else if (!opts.some((o) => o.value === current))
    opts.push({ value: current, label: `${String(decode(current))} (unsupported)` });
  return opts;
}

const ExpressionRow = memo(function ExpressionRow(props: { name: string; context: string; onRemove: () => void }) {
  const { control, getValues, setValue, notify, bus } = useFormHandles();
  const [operator, opaque] = useWatch({
    control,
    name: [`${props.name}.operator`, `${props.name}.opaque`],
    exact: true,
  }) as [string, string];
  const values = useDerived(`${props.name}.values`, () => getValues(`${props.name}.values`) as string);
  if (opaque !== '') {
    return (
      <Group name={props.name} legend={props.context} className="item opaque">
        <p>Not an object ({opaque}); kept as is. Edit it in the JSON or YAML text.</p>
        <Button onClick={props.onRemove}>Remove expression</Button>
      </Group>
    );
  }
  // Values do not apply to Exists/DoesNotExist; they stay editable while any are left to clear.
  const valuesOff = EXISTS.has(operator) && values === '';
  return (
    <Group name={props.name} legend={props.context} className="item expression">
      <KeptNote name={props.name} />
      <TextField name={`${props.name}.key`} label="Key" ariaLabel={named(props.context, 'key')} />
      <SelectField
        name={`${props.name}.operator`}
        label="Operator"
        ariaLabel={named(props.context, 'operator')}
        options={operatorOptions(operator)}
      />
      <TextField
        name={`${props.name}.values`}
        label="Values"
        ariaLabel={named(props.context, 'values')}
        disabled={valuesOff}
        hint={valuesOff ? 'Not used with Exists or DoesNotExist.' : 'Comma-separated, e.g. web, api.'}
      />
      {EXISTS.has(operator) && values !== '' && (
        <Button
          onClick={() => {
            setValue(`${props.name}.values`, '', { shouldDirty: true });
            bus.changed(`${props.name}.values`);
            notify();
          }}
        >
          Clear values
        </Button>
      )}
      <Button onClick={props.onRemove}>Remove expression</Button>
    </Group>
  );
});
