// The editor page: form on the left, live preview on the right, the validation summary, the
// submit bar and the server's answer. It only wires the pure model modules and the API hooks.
import { Suspense, lazy, memo, useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { ApiStatusError } from '../../../lib/api-client';
import type { NetworkPolicy } from '../../../k8s/networking/types';
import { createNetworkPolicyUrl, targetNamespace, useCreateNetworkPolicy } from '../api/create-network-policy';
import { useNamespaces } from '../api/get-namespaces';
import { PolicyForm } from '../form/policy-form';
import { fieldDomId } from '../form-model';
import {
  activeServerErrors,
  canRedoDraft,
  canUndoDraft,
  type TextFormat,
  type TextParseResult,
} from '../model/draft-state';
import type { HistoryCommand } from '../model/undo-shortcut';
import { INPUT_MARK, measureKeystroke } from '../model/perf-marks';
import { draftWarnings } from '../model/draft-warnings';
import { mergeErrors, statusToFieldErrors } from '../model/server-errors';
import { validateDraft } from '../model/validate-draft';
import { ServerResponse, outcomeOf, type SubmitOutcome } from './server-response';
import { LoadBoundary } from './load-boundary';
import { PreviewLoading } from './preview-loading';
import { SubmitBar } from './submit-bar';
import { UndoRedoButtons, coalesceKeyFor, useHistoryShortcuts } from './undo-redo';
import { useDraft } from './use-draft';
import { useNamespaceInUse } from './use-namespace-in-use';
import { useAfterFirstPaint, useIdleReady } from './use-idle-ready';
import { ValidationSummary } from './validation-summary';
import { isPristineDraft } from '../model/template';
import { getClusterSelection } from '../../../lib/current-cluster';
// Issue 6 (owned by src/features/clusters): the cluster's policy list and Save changes (PUT).
import { ClusterPolicies, SaveChangesBar } from '../../clusters';

const PreviewPanel = lazy(() => import('./preview-panel'));
// Issue 7 (owned by src/features/templates, import-export, platform-checks): template gallery,
// import/export/share links and platform checks; they replace the draft through a 'reset'. Lazy
// and memoised on the deferred draft, like the review: the form's first load and its keystrokes
// do not wait for them.
const TemplatesButton = memo(lazy(() => import('../../templates').then((m) => ({ default: m.TemplatesButton }))));
const DraftIoBar = memo(lazy(() => import('../../import-export').then((m) => ({ default: m.DraftIoBar }))));
const PlatformChecksPanel = memo(
  lazy(() => import('../../platform-checks').then((m) => ({ default: m.PlatformChecksPanel }))),
);
// Re-rendered only when its input, the errors or the namespaces change (not on its own keystrokes).
const MemoPolicyForm = memo(PolicyForm);
const NO_NAMESPACES: readonly string[] = [];
// The review of the draft (issue 5), owned by src/features/policy-review; lazy so that the form's
// first load does not wait for the engine and the matrix worker.
// It gets the draft as a deferred value (memoised), so its work runs after the keystroke's own
// update (form, preview, validation) has committed, and never holds a keystroke up.
const PolicyReviewPanel = memo(
  lazy(() => import('../../policy-review').then((m) => ({ default: m.PolicyReviewPanel }))),
);

export function PolicyEditorPage() {
  const { state, dispatch, startOver } = useDraft();
  // The draft for the secondary panels (review, checks, draft tools): deferred, so their work runs
  // after a keystroke's own update has committed.
  const reviewPolicy = useDeferredValue(state.policy);
  const secondaryReady = useIdleReady();
  const previewReady = useAfterFirstPaint();
  const [format, setFormat] = useState<TextFormat>('json');
  const [plain, setPlain] = useState(false);
  const [dryRun, setDryRun] = useState(false);
  const [pretty, setPretty] = useState(false);
  const [lastUrl, setLastUrl] = useState('');
  const namespaces = useNamespaces();
  const create = useCreateNetworkPolicy();

  // The header's cluster and namespace in use (issue 6): where a draft without a namespace goes,
  // and where an untouched new draft moves.
  const selection = useNamespaceInUse(dispatch);
  const namespaceInUse = selection.namespace;
  const target = targetNamespace(state.policy, namespaceInUse);
  const draftNamespace = typeof state.policy.metadata?.namespace === 'string' ? state.policy.metadata.namespace : '';

  const clientErrors = validateDraft(state.policy, target);
  const serverErrors = activeServerErrors(state);
  const errors = useMemo(() => mergeErrors(clientErrors, serverErrors), [clientErrors, serverErrors]);
  // The apiserver's warnings never block, so they follow the deferred draft: with 1,000 ipBlocks
  // they cost more than validation, and the keystroke's own update does not wait for them.
  const warnings = useMemo(
    () => draftWarnings(reviewPolicy, validateDraft(reviewPolicy, targetNamespace(reviewPolicy, namespaceInUse))),
    [reviewPolicy, namespaceInUse],
  );

  // Undo/redo: the form's change event (captured on its way down) names the text field being
  // typed in, so a run of keystrokes there is one undo step; buttons leave it unset.
  const typedIn = useRef<string | undefined>(undefined);
  const onFormChange = useCallback(
    (policy: NetworkPolicy) => {
      const key = typedIn.current;
      typedIn.current = undefined;
      dispatch({ type: 'form-changed', policy, key, at: performance.now() });
    },
    [dispatch],
  );
  const onTextChange = useCallback(
    (f: TextFormat, text: string, parsed: TextParseResult) =>
      dispatch({ type: 'text-edited', format: f, text, parsed, at: performance.now() }),
    [dispatch],
  );
  const onHistory = useCallback((command: HistoryCommand) => dispatch({ type: command }), [dispatch]);
  useHistoryShortcuts(onHistory);
  const switchFormat = (f: TextFormat) => {
    dispatch({ type: 'text-released' });
    setFormat(f);
  };
  const switchPlain = (v: boolean) => {
    dispatch({ type: 'text-released' });
    setPlain(v);
  };

  // Runs after the preview's own effects, so it spans input event -> preview and validation committed.
  useEffect(() => measureKeystroke(), [state.revision]);

  const blocked = clientErrors.length > 0 || state.syntaxError !== undefined;
  const onCreate = () => {
    if (blocked) return;
    const input = { policy: state.policy, dryRun, pretty, defaultNamespace: namespaceInUse };
    const revision = state.revision;
    setLastUrl(createNetworkPolicyUrl(input));
    create.mutate(input, {
      onError: (err) => {
        if (err instanceof ApiStatusError)
          dispatch({ type: 'server-errors', revision, errors: statusToFieldErrors(err.status) });
      },
    });
  };

  const outcome: SubmitOutcome = create.isPending
    ? { kind: 'pending', url: lastUrl }
    : create.isIdle
      ? { kind: 'idle' }
      : outcomeOf(lastUrl, { data: create.data, error: create.error });

  // Issue 7: replacing the draft (template, import, share link) asks first when this is true.
  // Stable callbacks reading the latest draft, so the memoised tools do not re-render per keystroke.
  const latest = useRef(state.policy);
  useEffect(() => {
    latest.current = state.policy;
  }, [state.policy]);
  const hasChanges = useCallback(
    () => !isPristineDraft(latest.current, getClusterSelection().namespace ?? 'default'),
    [],
  );
  const replaceDraft = useCallback((policy: NetworkPolicy) => dispatch({ type: 'reset', policy }), [dispatch]);

  return (
    <>
      {/* Issue 6: the namespace's policies on the selected cluster; Open in editor replaces the draft. */}
      <ClusterPolicies hasChanges={hasChanges} onOpen={replaceDraft} />
      {/* Issue 7: templates, import, export and share links (src/features/templates, import-export). */}
      <LoadBoundary fallback={(e) => <p className="message error">The draft tools could not be loaded: {e.message}</p>}>
        <Suspense fallback={<div className="draft-tools" />}>
          <div className="draft-tools">
            {secondaryReady && (
              <>
                <TemplatesButton policy={reviewPolicy} hasChanges={hasChanges} onApply={replaceDraft} />
                <DraftIoBar policy={reviewPolicy} hasChanges={hasChanges} onReplace={replaceDraft} />
              </>
            )}
          </div>
        </Suspense>
      </LoadBoundary>
      <div className="editor-grid">
        <section
          className="panel form-panel"
          aria-labelledby="form-title"
          onInputCapture={() => performance.mark(INPUT_MARK)}
          onChangeCapture={(e) => {
            typedIn.current = coalesceKeyFor(e.target);
          }}
        >
          <div className="form-heading">
            <h2 id="form-title">Policy</h2>
            <UndoRedoButtons canUndo={canUndoDraft(state)} canRedo={canRedoDraft(state)} onCommand={onHistory} />
          </div>
          {namespaces.isError && (
            <p className="message info" role="status">
              Could not load the cluster&apos;s namespaces ({namespaces.error.message}); type the namespace instead.
            </p>
          )}
          <MemoPolicyForm
            policy={state.formInput}
            onChange={onFormChange}
            errors={errors}
            namespaces={namespaces.data ?? NO_NAMESPACES}
            namespacesLoading={namespaces.isPending}
          />
        </section>
        <LoadBoundary fallback={(e) => <PreviewLoading error={e} />}>
          <Suspense fallback={<PreviewLoading />}>
            {!previewReady ? (
              <PreviewLoading />
            ) : (
              <PreviewPanel
                policy={state.policy}
                text={state.text}
                syntaxError={state.syntaxError}
                errors={errors}
                warnings={warnings}
                format={format}
                plain={plain}
                onFormatChange={switchFormat}
                onPlainChange={switchPlain}
                onTextChange={onTextChange}
              />
            )}
          </Suspense>
        </LoadBoundary>
      </div>
      <ValidationSummary
        errors={errors}
        clientErrorCount={clientErrors.length}
        syntaxError={state.syntaxError}
        domIdFor={fieldDomId}
        warnings={warnings}
      />
      <SubmitBar
        blocked={blocked}
        pending={create.isPending}
        dryRun={dryRun}
        pretty={pretty}
        cluster={selection.cluster}
        namespace={target}
        url={createNetworkPolicyUrl({ policy: state.policy, dryRun, pretty, defaultNamespace: namespaceInUse })}
        draftNamespace={draftNamespace}
        namespaceInUse={namespaceInUse}
        onUseNamespaceInUse={() => {
          if (namespaceInUse === undefined) return;
          replaceDraft({ ...state.policy, metadata: { ...state.policy.metadata, namespace: namespaceInUse } });
        }}
        onDryRunChange={setDryRun}
        onPrettyChange={setPretty}
        onCreate={onCreate}
        onStartOver={() => {
          create.reset();
          startOver();
        }}
      />
      {/* Issue 6: Save changes (PUT with resourceVersion) for a draft opened from the cluster. */}
      <SaveChangesBar policy={state.policy} onReplace={replaceDraft} blocked={blocked} />
      <ServerResponse outcome={outcome} />
      {/* Issue 7: platform checks (src/features/platform-checks). */}
      <LoadBoundary
        fallback={(e) => <p className="message error">The platform checks could not be loaded: {e.message}</p>}
      >
        <Suspense fallback={<p>Loading the platform checks…</p>}>
          {secondaryReady && <PlatformChecksPanel policy={reviewPolicy} />}
        </Suspense>
      </LoadBoundary>
      {/* Policy review: explanation, warnings, affected pods, diagram, traffic simulation. */}
      <LoadBoundary fallback={(e) => <p className="message error">The review could not be loaded: {e.message}</p>}>
        <Suspense fallback={<p>Loading the review…</p>}>
          {secondaryReady && <PolicyReviewPanel policy={reviewPolicy} />}
        </Suspense>
      </LoadBoundary>
    </>
  );
}
