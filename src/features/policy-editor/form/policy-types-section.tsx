// spec.policyTypes: Ingress/Egress, or left to the server's default (whose value is shown).
import { memo, type ChangeEvent } from 'react';
import { useWatch } from 'react-hook-form';
import type { PolicyTypesModel } from '../form-model';
import { CheckboxField, Group } from './fields';
import { useFormHandles } from './form-context';
import { domIdForName, decode } from '../form-model';
import { defaultTypesText, POLICY_TYPES_FIELDS } from './policy-effect';

export const PolicyTypesSection = memo(function PolicyTypesSection() {
  const { control, getValues, setValue } = useFormHandles();
  const [useDefault, ingress, egressType, orig, egress] = useWatch({
    control,
    name: [...POLICY_TYPES_FIELDS, 'spec.egress.items'],
    exact: true,
  }) as [boolean, boolean, boolean, string, unknown[] | undefined];
  const types: PolicyTypesModel = { useDefault, ingress, egress: egressType, orig };
  const egressCount = (egress ?? []).length;
  const reg = control.register('spec.policyTypes.useDefault');
  const id = domIdForName('spec.policyTypes.useDefault');
  // Turning the default off starts from the value the server would have used.
  const onToggle = (e: ChangeEvent<HTMLInputElement>) => {
    const current = getValues('spec.policyTypes') as PolicyTypesModel;
    if (!e.target.checked && !current.ingress && !current.egress) {
      setValue('spec.policyTypes.ingress', true, { shouldDirty: true });
      setValue('spec.policyTypes.egress', egressCount > 0, { shouldDirty: true });
    }
    void reg.onChange(e);
  };
  const others =
    types.orig === '' ? [] : (decode(types.orig) as string[]).filter((t) => t !== 'Ingress' && t !== 'Egress');
  return (
    <Group name="spec.policyTypes" legend="Policy types (spec.policyTypes)" className="policy-types">
      <div className="field field-checkbox">
        <input id={id} type="checkbox" {...reg} onChange={onToggle} />
        <label htmlFor={id}>Leave to the server&apos;s default</label>
      </div>
      {types.useDefault ? (
        <p className="section-state">{defaultTypesText(egressCount)}</p>
      ) : (
        <>
          <CheckboxField name="spec.policyTypes.ingress" label="Ingress" />
          <CheckboxField name="spec.policyTypes.egress" label="Egress" />
          {!types.ingress && !types.egress && (
            <p className="field-warning">None checked: the server treats an empty list as its default.</p>
          )}
          {others.length > 0 && <p className="field-warning">Also listed (not supported): {others.join(', ')}</p>}
        </>
      )}
    </Group>
  );
});
