// The NetworkPolicy form: react-hook-form over the lossless form model. Emits the object on every
// change, follows outside changes (text edits, drafts), and shows each error beside its control.
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useForm, type FieldValues } from 'react-hook-form';
import { ErrorMessages } from '../../../components/ui/field-shell';
import type { FieldError } from '../../../k8s/field';
import type { NetworkPolicy } from '../../../k8s/networking/types';
import { fromFormModel, toFormModel, type PolicyFormModel } from '../form-model';
import { ErrorStore, ErrorStoreContext, useFieldErrors } from './error-store';
import { Group, TextField } from './fields';
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
  const form = useForm<FieldValues>({ defaultValues: toFormModel(policy) as unknown as FieldValues });
  const { control, setValue, getValues, reset, subscribe } = form;
  const handles = useMemo<FormHandles>(() => ({ control, setValue, getValues }), [control, setValue, getValues]);
  const [store] = useState(() => new ErrorStore());
  const lastEmitted = useRef<NetworkPolicy>(policy);
  // After a reset (and at mount) react-hook-form may report values that say nothing new.
  const quiet = useRef(true);
  const resetting = useRef(false);
  const onChangeRef = useRef(onChange);
  useLayoutEffect(() => {
    onChangeRef.current = onChange;
  });

  // A values subscription: no render of the form per keystroke, one conversion per change.
  useEffect(
    () =>
      subscribe({
        formState: { values: true },
        callback: ({ values }) => {
          if (resetting.current) return;
          const next = fromFormModel(values as unknown as PolicyFormModel);
          if (quiet.current) {
            if (JSON.stringify(next) === JSON.stringify(lastEmitted.current)) return;
            quiet.current = false;
          }
          lastEmitted.current = next;
          onChangeRef.current(next);
        },
      }),
    [subscribe],
  );

  // An outside change: reset only when it differs from what the form last emitted.
  useEffect(() => {
    if (policy === lastEmitted.current) return;
    const same = JSON.stringify(policy) === JSON.stringify(lastEmitted.current);
    lastEmitted.current = policy;
    if (same) return;
    quiet.current = true;
    // keepFieldsRef: mounted inputs get the new values in place (and keep focus); without it
    // react-hook-form drops its refs and expects a full re-render, which memoized parts skip.
    resetting.current = true;
    try {
      reset(toFormModel(policy) as unknown as FieldValues, { keepFieldsRef: true });
    } finally {
      resetting.current = false;
    }
  }, [policy, reset]);

  useLayoutEffect(() => store.set(errors), [store, errors]);

  return (
    <ErrorStoreContext.Provider value={store}>
      <FormHandlesContext.Provider value={handles}>
        <form
          id="pf-root"
          className="policy-form"
          aria-label="NetworkPolicy form"
          noValidate
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

function FormBody(props: { namespaces: readonly string[]; namespacesLoading: boolean }) {
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
          emptyMeaning={
            <>
              Selects all pods in namespace <PolicyNamespace />.
            </>
          }
        />
        <PolicyTypesSection />
        <RulesSection dir="ingress" />
        <RulesSection dir="egress" />
      </Group>
    </>
  );
}
