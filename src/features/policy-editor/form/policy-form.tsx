// The NetworkPolicy form: react-hook-form over the lossless form model. Emits the object on every
// change, follows outside changes (text edits, drafts), and shows each error beside its control.
import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useForm, type FieldValues } from 'react-hook-form';
import { ErrorMessages } from '../../../components/ui/field-shell';
import type { FieldError } from '../../../k8s/field';
import type { NetworkPolicy } from '../../../k8s/networking/types';
import { fromFormModel, modelLeafChanges, toFormModel, type PolicyFormModel } from '../form-model';
import { ErrorStore, ErrorStoreContext, useFieldErrors } from './error-store';
import { Group, TextField } from './fields';
import { FieldBus } from './field-bus';
import { FormHandlesContext, type FormHandles } from './form-context';
import { MetadataSection } from './metadata-section';
import { PolicyNamespace } from './policy-namespace';
import { PolicyTypesSection } from './policy-types-section';
import { RulesSection } from './rules-section';
import { SelectorEditor } from './selector-editor';
import { KeptNote } from './kept-note';
import './policy-form.css';

export interface PolicyFormProps {
  policy: NetworkPolicy;
  onChange: (policy: NetworkPolicy) => void;
  errors: readonly FieldError[];
  namespaces: readonly string[];
  namespacesLoading?: boolean;
}

export function PolicyForm(props: PolicyFormProps) {
  const { policy, onChange, errors } = props;
  const [initial] = useState(() => toFormModel(policy) as unknown as FieldValues);
  const { control, setValue, getValues, reset } = useForm<FieldValues>({ defaultValues: initial });
  const [store] = useState(() => new ErrorStore());
  const [bus] = useState(() => new FieldBus());
  const lastEmitted = useRef<NetworkPolicy>(policy);
  const onChangeRef = useRef(onChange);
  useLayoutEffect(() => {
    onChangeRef.current = onChange;
  });

  // One conversion per change, read from react-hook-form's live values. Input events reach here
  // by bubbling (after react-hook-form's own handler stored the value); buttons call notify().
  const handles = useMemo<FormHandles>(() => {
    const notify = () => {
      const next = fromFormModel(getValues() as unknown as PolicyFormModel);
      lastEmitted.current = next;
      onChangeRef.current(next);
    };
    return { control, setValue, getValues, notify, bus };
  }, [control, setValue, getValues, bus]);

  const onFormChange = useCallback(
    (e: FormEvent<HTMLFormElement>) => {
      const target = e.target as HTMLInputElement;
      handles.notify();
      if (target.name) bus.changed(target.name);
    },
    [handles, bus],
  );

  // An outside change: reset only when it differs from what the form last emitted.
  useEffect(() => {
    if (policy === lastEmitted.current) return;
    const same = JSON.stringify(policy) === JSON.stringify(lastEmitted.current);
    lastEmitted.current = policy;
    if (same) return;
    const model = toFormModel(policy);
    const changes = modelLeafChanges(getValues(), model);
    if (changes !== null) {
      // Same shape: set the changed values in place; nothing remounts, focus stays where it is.
      for (const [name, value] of changes) setValue(name, value);
      for (const [name] of changes) bus.changed(name);
      return;
    }
    // keepFieldsRef: mounted inputs get the new values in place; without it react-hook-form
    // drops its refs and expects a full re-render, which memoized parts skip.
    reset(model as unknown as FieldValues, { keepFieldsRef: true });
    bus.reset();
  }, [policy, reset, bus, getValues, setValue]);

  useLayoutEffect(() => store.set(errors), [store, errors]);

  return (
    <ErrorStoreContext.Provider value={store}>
      <FormHandlesContext.Provider value={handles}>
        <form
          id="pf-root"
          className="policy-form"
          aria-label="NetworkPolicy form"
          noValidate
          onChange={onFormChange}
          onSubmit={(e) => e.preventDefault()}
        >
          <RootErrors />
          <FormBody namespaces={props.namespaces} namespacesLoading={props.namespacesLoading ?? false} />
        </form>
      </FormHandlesContext.Provider>
    </ErrorStoreContext.Provider>
  );
}

function RootErrors() {
  return <ErrorMessages id="pf-root" messages={useFieldErrors('root')} />;
}

const podSelectorMeaning = (
  <>
    Selects all pods in namespace <PolicyNamespace />.
  </>
);

const FormBody = memo(function FormBody(props: { namespaces: readonly string[]; namespacesLoading: boolean }) {
  return (
    <>
      <Group name="root-object" legend="Object" className="object-type">
        <KeptNote name="" />
        <TextField name="apiVersion" label="API version" />
        <TextField name="kind" label="Kind" />
      </Group>
      <MetadataSection namespaces={props.namespaces} namespacesLoading={props.namespacesLoading} />
      <Group name="spec" legend="Spec" className="spec">
        <KeptNote name="spec" />
        <SelectorEditor
          name="spec.podSelector"
          context="Pod selector"
          legend="Pod selector (spec.podSelector): the pods this policy applies to"
          emptyMeaning={podSelectorMeaning}
        />
        <PolicyTypesSection />
        <RulesSection dir="ingress" />
        <RulesSection dir="egress" />
      </Group>
    </>
  );
});
