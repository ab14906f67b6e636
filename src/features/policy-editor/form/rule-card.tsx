// One ingress or egress rule: its peers (OR between them) and its ports, each list telling
// "not set" from "empty" (both mean all sources/destinations or all ports).
import { memo } from 'react';
import { useWatch } from 'react-hook-form';
import { Button } from '../../../components/ui/button';
import { newPeer, newPort, type Direction } from '../form-model';
import { CheckboxField, Group } from './fields';
import { useFormHandles, useListOps } from './form-context';
import { KeptNote } from './kept-note';
import { named, peerContext, portContext, ruleContext } from './labels';
import { PeerCard } from './peer-card';
import { PortRow } from './port-row';
import { useProgressive } from './use-progressive';

interface Props {
  dir: Direction;
  index: number;
  isFirst: boolean;
  isLast: boolean;
  onMove: (from: number, to: number) => void;
  onRemove: (index: number) => void;
}

export const RuleCard = memo(function RuleCard({ dir, index, isFirst, isLast, onMove, onRemove }: Props) {
  const { control } = useFormHandles();
  const name = `spec.${dir}.items.${index}`;
  const context = ruleContext(dir, index);
  const opaque = useWatch({ control, name: `${name}.opaque`, exact: true }) as string;
  return (
    <Group name={name} legend={context} className="rule">
      <div className="rule-actions">
        <Button disabled={isFirst} onClick={() => onMove(index, index - 1)}>
          Move rule up
        </Button>
        <Button disabled={isLast} onClick={() => onMove(index, index + 1)}>
          Move rule down
        </Button>
        <Button onClick={() => onRemove(index)}>Remove rule</Button>
      </div>
      {opaque !== '' ? (
        <p>Not an object ({opaque}); kept as is. Edit it in the JSON or YAML text.</p>
      ) : (
        <>
          <KeptNote name={name} />
          <Peers dir={dir} name={name} context={context} />
          <Ports name={name} context={context} />
        </>
      )}
    </Group>
  );
});

function Peers({ dir, name, context }: { dir: Direction; name: string; context: string }) {
  const { fields, append, remove } = useListOps(`${name}.peers.items`);
  const shown = useProgressive(fields.length);
  const key = dir === 'ingress' ? 'from' : 'to';
  const who = dir === 'ingress' ? 'sources' : 'destinations';
  return (
    <Group name={`${name}.peers`} legend={dir === 'ingress' ? 'From (sources)' : 'To (destinations)'}>
      {fields.length === 0 ? (
        <>
          <p className="list-meaning">No peers: this rule allows all {who}.</p>
          <CheckboxField
            name={`${name}.peers.empty`}
            label={`Write "${key}: []" (same meaning as leaving it out)`}
            ariaLabel={named(context, `empty ${key} list`)}
          />
        </>
      ) : (
        <p className="list-meaning">Traffic matches if it matches any peer below (OR).</p>
      )}
      {fields.slice(0, shown).map((f, j) => (
        <div key={f.id} className="peer-slot">
          {j > 0 && (
            <p className="or-joiner" aria-hidden="true">
              OR
            </p>
          )}
          <PeerCard name={`${name}.peers.items.${j}`} context={peerContext(context, j)} onRemove={() => remove(j)} />
        </div>
      ))}
      <Button onClick={() => append(newPeer())}>Add peer</Button>
    </Group>
  );
}

function Ports({ name, context }: { name: string; context: string }) {
  const { fields, append, remove } = useListOps(`${name}.ports.items`);
  const shownPorts = useProgressive(fields.length);
  return (
    <Group name={`${name}.ports`} legend="Ports">
      {fields.length === 0 ? (
        <>
          <p className="list-meaning">No ports: this rule allows all ports.</p>
          <CheckboxField
            name={`${name}.ports.empty`}
            label='Write "ports: []" (same meaning as leaving it out)'
            ariaLabel={named(context, 'empty ports list')}
          />
        </>
      ) : (
        <p className="list-meaning">Traffic matches if it matches any port below (OR).</p>
      )}
      {fields.slice(0, shownPorts).map((f, j) => (
        <PortRow
          key={f.id}
          name={`${name}.ports.items.${j}`}
          context={portContext(context, j)}
          onRemove={() => remove(j)}
        />
      ))}
      <Button onClick={() => append(newPort())}>Add port</Button>
    </Group>
  );
}
