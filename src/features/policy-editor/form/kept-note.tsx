// Says which fields at this level the form keeps without editing (unknown or wrong-shaped).
import { useWatch } from 'react-hook-form';
import { keptKeys } from '../form-model';
import { useFormHandles } from './form-context';

export function KeptNote({ name }: { name: string }) {
  const { control } = useFormHandles();
  const kept = useWatch({ control, name: name === '' ? 'kept' : `${name}.kept` }) as string | undefined;
  const keys = kept ? keptKeys(kept) : [];
  if (keys.length === 0) return null;
  return (
    <p className="kept-note">
      Kept as is (edit in the JSON or YAML text): {keys.map((k) => JSON.stringify(k)).join(', ')}
    </p>
  );
}
