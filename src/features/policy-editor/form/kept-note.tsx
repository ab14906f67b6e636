// Says which fields at this level the form keeps without editing (unknown or wrong-shaped).
import { keptKeys } from '../form-model';
import { useDerived, useFormHandles } from './form-context';

export function KeptNote({ name }: { name: string }) {
  const { getValues } = useFormHandles();
  const path = name === '' ? 'kept' : `${name}.kept`;
  // `kept` changes only by a reset (or with its item, which re-renders this with a new name).
  const kept = useDerived(path, () => (getValues(path) as string | undefined) ?? '');
  const keys = kept ? keptKeys(kept) : [];
  if (keys.length === 0) return null;
  return (
    <p className="kept-note">
      Kept as is (edit in the JSON or YAML text): {keys.map((k) => JSON.stringify(k)).join(', ')}
    </p>
  );
}
