// The ingress or egress rules: add, remove, move; and what the section means when it is absent,
// an empty list, or has rules.
import { memo } from 'react';
import { useWatch } from 'react-hook-form';
import { Button } from '../../../components/ui/button';
import { newRule, type Direction, type PolicyTypesModel } from '../form-model';
import { CheckboxField, Group } from './fields';
import { useFormHandles, useListOps } from './form-context';
import { dirTitle } from './labels';
import { effectiveTypes, POLICY_TYPES_FIELDS } from './policy-effect';
import { RuleCard } from './rule-card';
import { useProgressive } from './use-progressive';

export const RulesSection = memo(function RulesSection({ dir }: { dir: Direction }) {
  const { fields, append, remove, move } = useListOps(`spec.${dir}.items`);
  const shown = useProgressive(fields.length);
  const title = dirTitle(dir);
  return (
    <Group name={`spec.${dir}`} legend={`${title} rules (spec.${dir})`} className="rules-section">
      <SectionState dir={dir} count={fields.length} />
      {fields.length === 0 && (
        <CheckboxField
          name={`spec.${dir}.empty`}
          label={`Write "${dir}: []" (an empty list) rather than leaving ${dir} out`}
          ariaLabel={`Empty ${dir} list`}
        />
      )}
      {fields.slice(0, shown).map((f, i) => (
        <RuleCard
          key={f.id}
          dir={dir}
          index={i}
          isFirst={i === 0}
          isLast={i === fields.length - 1}
          onMove={move}
          onRemove={remove}
        />
      ))}
      <Button onClick={() => append(newRule())}>Add {dir} rule</Button>
    </Group>
  );
});

/** Absent, empty or N rules, and what that does given the (effective) policy types. */
function SectionState({ dir, count }: { dir: Direction; count: number }) {
  const { control } = useFormHandles();
  const [useDefault, ingress, egressType, orig, empty, egress] = useWatch({
    control,
    name: [...POLICY_TYPES_FIELDS, `spec.${dir}.empty`, 'spec.egress.items'],
    exact: true,
  }) as [boolean, boolean, boolean, string, boolean, unknown[] | undefined];
  const types: PolicyTypesModel = { useDefault, ingress, egress: egressType, orig };
  const applies = effectiveTypes(types, (egress ?? []).length).includes(dir === 'ingress' ? 'Ingress' : 'Egress');
  const title = dirTitle(dir);
  const state =
    count > 0
      ? `${count} rule${count > 1 ? 's' : ''}.`
      : empty
        ? `Empty list (${dir}: []).`
        : `Not set (${dir} is absent).`;
  let effect: string;
  if (!applies) effect = `${title} is not in the policy types: this policy does not restrict ${dir}.`;
  else if (count === 0) effect = `Deny all ${dir}: no ${dir} traffic is allowed for the selected pods.`;
  else effect = `Only ${dir} traffic matching at least one rule is allowed for the selected pods.`;
  return (
    <p className="section-state" aria-live="polite">
      {state} {effect}
    </p>
  );
}
