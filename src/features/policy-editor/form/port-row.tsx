// One NetworkPolicyPort: protocol (or the server's default), a number or named port, endPort.
import { memo } from 'react';
import { useWatch } from 'react-hook-form';
import { Button } from '../../../components/ui/button';
import { decode, encode, type PortType } from '../form-model';
import { Group, SelectField, TextField } from './fields';
import { useFormHandles } from './form-context';
import { KeptNote } from './kept-note';
import { named } from './labels';

function protocolOptions(current: string): { value: string; label: string }[] {
  const opts = [
    { value: '', label: '(default: TCP)' },
    ...['TCP', 'UDP', 'SCTP'].map((p) => ({ value: encode(p), label: p })),
  ];
  if (!opts.some((o) => o.value === current))
    opts.push({ value: current, label: `${JSON.stringify(decode(current))} (unsupported)` });
  return opts;
}

const PORT_TYPES: { value: PortType; label: string }[] = [
  { value: 'number', label: 'Number' },
  { value: 'name', label: 'Named port' },
];

interface Props {
  name: string;
  context: string;
  onRemove: () => void;
}

export const PortRow = memo(function PortRow(props: Props) {
  const { control } = useFormHandles();
  const { name, context } = props;
  const [portType, opaque, protocol] = useWatch({
    control,
    name: [`${name}.portType`, `${name}.opaque`, `${name}.protocol`],
    exact: true,
  }) as [PortType, string, string];
  if (opaque !== '') {
    return (
      <Group name={name} legend={context} className="item port opaque">
        <p>Not an object ({opaque}); kept as is. Edit it in the JSON or YAML text.</p>
        <Button onClick={props.onRemove}>Remove port</Button>
      </Group>
    );
  }
  return (
    <Group name={name} legend={context} className="item port">
      <KeptNote name={name} />
      <SelectField
        name={`${name}.protocol`}
        label="Protocol"
        ariaLabel={named(context, 'protocol')}
        options={protocolOptions(protocol)}
      />
      <SelectField
        name={`${name}.portType`}
        label="Port type"
        ariaLabel={named(context, 'port type')}
        options={PORT_TYPES}
      />
      <TextField
        key={portType}
        name={`${name}.port`}
        label="Port"
        ariaLabel={named(context, 'port')}
        type={portType === 'name' ? 'text' : 'number'}
        hint={
          portType === 'name'
            ? 'A container port name; "80" here stays the string "80".'
            : 'Empty: every port of this protocol.'
        }
      />
      <TextField
        name={`${name}.endPort`}
        label="End port"
        ariaLabel={named(context, 'end port')}
        type="number"
        hint="Optional: the last port of a range starting at Port."
      />
      <Button onClick={props.onRemove}>Remove port</Button>
    </Group>
  );
});
