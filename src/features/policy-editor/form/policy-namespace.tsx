// The policy's namespace as text, watched on its own so typing it re-renders only these spans.
import { useWatch } from 'react-hook-form';
import { useFormHandles } from './form-context';

export function PolicyNamespace() {
  const { control } = useFormHandles();
  const ns = useWatch({ control, name: 'metadata.namespace' }) as string | undefined;
  return <strong>{ns ? ns : '(the namespace it is created in)'}</strong>;
}
