// "Advanced metadata": a disclosure (collapsed by default) with the finalizers and ownerReferences
// editors. It opens by itself when an error lands inside it, so the error is seen beside its field.
import { memo, useLayoutEffect, useRef, useState } from 'react';
import { Button } from '../../../components/ui/button';
import { newOwnerRef, type FinalizerRow } from '../form-model';
import { useErrorCountUnder } from './error-store';
import { Group, TextField } from './fields';
import { useListOps } from './form-context';
import { OwnerReferenceRow } from './owner-reference-row';

const ERROR_GROUPS = ['metadata.finalizers', 'metadata.ownerReferences'] as const;

function plural(n: number, one: string, many: string): string {
  return n === 0 ? `no ${many}` : `${n} ${n === 1 ? one : many}`;
}

export const AdvancedMetadata = memo(function AdvancedMetadata() {
  // Both lists live here (not in their editors) so the summary can say how long they are.
  const finalizers = useListOps('metadata.finalizers.items');
  const owners = useListOps('metadata.ownerReferences.items');
  const errors = useErrorCountUnder(ERROR_GROUPS);
  const [open, setOpen] = useState(false);
  const hadErrors = useRef(false);
  useLayoutEffect(() => {
    if (errors > 0 && !hadErrors.current) setOpen(true);
    hadErrors.current = errors > 0;
  }, [errors]);
  const counts = `${plural(finalizers.fields.length, 'finalizer', 'finalizers')}, ${plural(
    owners.fields.length,
    'owner reference',
    'owner references',
  )}`;
  return (
    <details className="advanced-metadata" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        Advanced metadata <span className="muted-inline">({counts})</span>
        {errors > 0 && (
          <span className="summary-errors">
            {' '}
            {errors} {errors === 1 ? 'error' : 'errors'}
          </span>
        )}
      </summary>
      <Group name="metadata.finalizers" legend="Finalizers (metadata.finalizers)" className="finalizers">
        <p className="field-hint">
          The object is deleted only once this list is empty. A name is fully qualified (example.com/cleanup) or one of
          kubernetes, orphan, foregroundDeletion.
        </p>
        {finalizers.fields.length === 0 && <p className="muted">No finalizers.</p>}
        {finalizers.fields.map((f, i) => (
          <div key={f.id} className="kv-row">
            <TextField name={`metadata.finalizers.items.${i}.value`} label={`Finalizer ${i + 1}`} />
            <Button aria-label={`Remove finalizer ${i + 1}`} onClick={() => finalizers.remove(i)}>
              Remove
            </Button>
          </div>
        ))}
        <Button onClick={() => finalizers.append({ value: '' } satisfies FinalizerRow)}>Add finalizer</Button>
      </Group>
      <Group
        name="metadata.ownerReferences"
        legend="Owner references (metadata.ownerReferences)"
        className="owner-references"
      >
        <p className="field-hint">
          Objects this one depends on: the garbage collector deletes it once they are gone. At most one may be the
          controller.
        </p>
        {owners.fields.length === 0 && <p className="muted">No owner references.</p>}
        {owners.fields.map((f, i) => (
          <OwnerReferenceRow key={f.id} index={i} onRemove={owners.remove} />
        ))}
        <Button onClick={() => owners.append(newOwnerRef())}>Add owner reference</Button>
      </Group>
    </details>
  );
});
