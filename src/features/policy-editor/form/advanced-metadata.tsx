// "Advanced metadata": a collapsed-by-default disclosure with the finalizers and ownerReferences
// editors; it opens when an error lands inside or a link targets a field inside (so it can focus).
import { memo, useEffect, useLayoutEffect, useRef, useState } from 'react';
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
  const ref = useRef<HTMLDetailsElement>(null);
  useLayoutEffect(() => {
    if (errors > 0 && !hadErrors.current) setOpen(true);
    hadErrors.current = errors > 0;
  }, [errors]);
  useEffect(() => openForLinks(ref, setOpen), []);
  const counts = `${plural(finalizers.fields.length, 'finalizer', 'finalizers')}, ${plural(
    owners.fields.length,
    'owner reference',
    'owner references',
  )}`;
  return (
    <details ref={ref} className="advanced-metadata" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
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

/**
 * A click on an in-page link (`href="#id"`) to an element inside the closed disclosure opens it
 * first (capture phase, before the link's own handler focuses the element): a field inside a
 * closed <details> is not rendered and cannot take focus.
 */
function openForLinks(ref: { current: HTMLDetailsElement | null }, setOpen: (open: boolean) => void): () => void {
  const onClick = (e: MouseEvent) => {
    const details = ref.current;
    const link = e.target instanceof Element ? e.target.closest('a[href^="#"]') : null;
    if (details === null || details.open || link === null) return;
    const id = decodeURIComponent((link.getAttribute('href') ?? '').slice(1));
    const target = id === '' ? null : document.getElementById(id);
    if (target === null || !details.contains(target) || target === details) return;
    details.open = true;
    setOpen(true);
  };
  document.addEventListener('click', onClick, true);
  return () => document.removeEventListener('click', onClick, true);
}
