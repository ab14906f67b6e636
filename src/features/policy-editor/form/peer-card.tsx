// One NetworkPolicyPeer: pods, namespaces, both (AND) or an ipBlock. "AND" is written between the
// two selectors of one peer; the rule card writes "OR" between peers.
import { memo } from 'react';
import { useWatch } from 'react-hook-form';
import { Button } from '../../../components/ui/button';
import { peerKind, peerKindParts, type ExceptRow, type PeerKind } from '../form-model';
import { Group, TextField } from './fields';
import { useFormHandles, useListOps } from './form-context';
import { KeptNote } from './kept-note';
import { named } from './labels';
import { SelectorEditor } from './selector-editor';

const KINDS: { value: PeerKind; label: string }[] = [
  { value: 'pods', label: 'Pods (podSelector)' },
  { value: 'namespaces', label: 'Namespaces (namespaceSelector)' },
  { value: 'both', label: 'Pods AND namespaces (both selectors in one peer)' },
  { value: 'ipBlock', label: 'IP block (ipBlock)' },
];

interface Props {
  /** Form name of the PeerModel. */
  name: string;
  context: string;
  onRemove: () => void;
}

export const PeerCard = memo(function PeerCard(props: Props) {
  const { control, setValue } = useFormHandles();
  const { name, context } = props;
  const [pod, ns, ip, opaque] = useWatch({
    control,
    name: [
      `${name}.podSelector.present`,
      `${name}.namespaceSelector.present`,
      `${name}.ipBlock.present`,
      `${name}.opaque`,
    ],
    exact: true,
  }) as [boolean, boolean, boolean, string];
  const kind = peerKind(pod, ns, ip);
  const kindId = `pf-${name.replace(/\./g, '-')}-kind`;
  const onKind = (value: string) => {
    if (value === 'other') return;
    const parts = peerKindParts(value as Exclude<PeerKind, 'other'>);
    setValue(`${name}.podSelector.present`, parts.pod, { shouldDirty: true });
    setValue(`${name}.namespaceSelector.present`, parts.ns, { shouldDirty: true });
    setValue(`${name}.ipBlock.present`, parts.ip, { shouldDirty: true });
  };
  if (opaque !== '') {
    return (
      <Group name={name} legend={context} className="item peer opaque">
        <p>Not an object ({opaque}); kept as is. Edit it in the JSON or YAML text.</p>
        <Button onClick={props.onRemove}>Remove peer</Button>
      </Group>
    );
  }
  const podMeaning = "Selects all pods in the policy's namespace.";
  return (
    <Group name={name} legend={context} className="item peer">
      <KeptNote name={name} />
      <div className="field">
        <label htmlFor={kindId}>Kind</label>
        <select id={kindId} aria-label={named(context, 'kind')} value={kind} onChange={(e) => onKind(e.target.value)}>
          {KINDS.map((k) => (
            <option key={k.value} value={k.value}>
              {k.label}
            </option>
          ))}
          {kind === 'other' && <option value="other">Other combination (not valid: choose one)</option>}
        </select>
      </div>
      {pod && (
        <SelectorEditor
          name={`${name}.podSelector`}
          context={named(context, 'pod selector')}
          legend="Pod selector"
          emptyMeaning={ns ? 'Selects all pods in the namespaces below.' : podMeaning}
        />
      )}
      {pod && ns && (
        <p className="and-joiner" aria-hidden="true">
          AND
        </p>
      )}
      {ns && (
        <SelectorEditor
          name={`${name}.namespaceSelector`}
          context={named(context, 'namespace selector')}
          legend={pod ? 'AND namespace selector' : 'Namespace selector'}
          emptyMeaning="Selects all namespaces."
        />
      )}
      {ip && <IpBlockEditor name={`${name}.ipBlock`} context={named(context, 'IP block')} />}
      {!pod && !ns && !ip && <p className="field-warning">This peer selects nothing: choose a kind.</p>}
      <Button onClick={props.onRemove}>Remove peer</Button>
    </Group>
  );
});

function IpBlockEditor({ name, context }: { name: string; context: string }) {
  const { fields, append, remove } = useListOps(`${name}.except.items`);
  return (
    <Group name={name} legend="IP block" className="ip-block">
      <KeptNote name={name} />
      <TextField name={`${name}.cidr`} label="CIDR" ariaLabel={named(context, 'CIDR')} placeholder="10.0.0.0/16" />
      <Group name={`${name}.except`} legend="Except (CIDRs inside the block to leave out)">
        {fields.map((f, i) => (
          <div key={f.id} className="kv-row">
            <TextField
              name={`${name}.except.items.${i}.value`}
              label={`Except ${i + 1}`}
              ariaLabel={named(context, `except ${i + 1}`)}
            />
            <Button aria-label={named(context, `remove except ${i + 1}`)} onClick={() => remove(i)}>
              Remove
            </Button>
          </div>
        ))}
        <Button onClick={() => append({ value: '' } satisfies ExceptRow)}>Add exception</Button>
      </Group>
    </Group>
  );
}
