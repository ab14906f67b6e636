// The policy's namespace as text, updated when the Namespace input changes (and on reset) only.
import { useDerived, useFormHandles } from './form-context';

export function PolicyNamespace() {
  const { getValues } = useFormHandles();
  const ns = useDerived('metadata.namespace', () => (getValues('metadata.namespace') as string | undefined) ?? '');
  return <strong>{ns ? ns : '(the namespace it is created in)'}</strong>;
}
