// The draft's state machine: one NetworkPolicy object is the source of truth; the form and the
// text editor both write it, with undo/redo over its changes. Pure (no React), unit-tested.
import type { NetworkPolicy } from '../../../k8s/networking/types';
import {
  canRedo,
  canUndo,
  emptyHistory,
  recordChange,
  redoChange,
  undoChange,
  type ChangeTag,
  type DraftHistory,
} from './draft-history';
import type { EditorFieldError } from './server-errors';
import { isRecord } from '../../../k8s/json';
import { isPristineDraft, newPolicyTemplate } from './template';

export type TextFormat = 'json' | 'yaml';

/** A syntax error in the editor text, 1-based like Monaco. */
export interface TextSyntaxError {
  readonly message: string;
  readonly line: number;
  readonly column: number;
  readonly endLine?: number;
  readonly endColumn?: number;
}

export type TextParseResult =
  { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly error: TextSyntaxError };

/** Who made the last change: text edits must not be echoed back into the editor that made them. */
export type ChangeOrigin = 'init' | 'form' | 'text' | 'reset' | 'history';

export interface DraftState {
  /** The last good policy: what the form shows, what is validated and submitted. */
  readonly policy: NetworkPolicy;
  /**
   * The last policy that did not come from the form. The form already holds its own edits, so it
   * is handed only this: a keystroke in the form does not re-render the whole form.
   */
  readonly formInput: NetworkPolicy;
  /** Bumps on every change of `policy`; server errors belong to one revision. */
  readonly revision: number;
  readonly origin: ChangeOrigin;
  /** The user's own text while they edit it; undefined when the editor shows the serialised policy. */
  readonly text: { readonly format: TextFormat; readonly value: string } | undefined;
  readonly syntaxError: TextSyntaxError | undefined;
  readonly serverErrors: { readonly revision: number; readonly errors: readonly EditorFieldError[] } | undefined;
  /** Earlier and undone values of `policy`; undo/redo themselves are not recorded. */
  readonly history: DraftHistory<NetworkPolicy>;
}

export type DraftAction =
  /** `key` (the control's name, for typing) and `at` (ms) let rapid edits of one field be one undo step. */
  | { readonly type: 'form-changed'; readonly policy: NetworkPolicy; readonly key?: string; readonly at?: number }
  | {
      readonly type: 'text-edited';
      readonly format: TextFormat;
      readonly text: string;
      readonly parsed: TextParseResult;
      readonly at?: number;
    }
  /** The whole draft replaced (template, import, share link, open from cluster, Start over): one step. */
  | { readonly type: 'reset'; readonly policy: NetworkPolicy }
  | { readonly type: 'undo' }
  | { readonly type: 'redo' }
  | { readonly type: 'server-errors'; readonly revision: number; readonly errors: readonly EditorFieldError[] }
  /**
   * The namespace in use (the header's) is known or changed from `previous`: the untouched template
   * of `previous` moves there, so a new draft is created where the operator is looking. A draft
   * with work in it (a typed namespace included) never moves.
   */
  | { readonly type: 'namespace-in-use'; readonly namespace: string; readonly previous: string }
  | { readonly type: 'text-released' };

export function initialDraftState(policy: NetworkPolicy): DraftState {
  return {
    policy,
    formInput: policy,
    revision: 0,
    origin: 'init',
    text: undefined,
    syntaxError: undefined,
    serverErrors: undefined,
    history: emptyHistory(),
  };
}

const record = (state: DraftState, tag?: ChangeTag) => recordChange(state.history, state.policy, tag);

export function draftReducer(state: DraftState, action: DraftAction): DraftState {
  switch (action.type) {
    case 'form-changed':
      if (action.policy === state.policy) return state;
      return {
        ...state,
        policy: action.policy,
        revision: state.revision + 1,
        origin: 'form',
        text: undefined,
        syntaxError: undefined,
        history: record(state, { key: action.key, at: action.at }),
      };
    case 'text-edited': {
      const text = { format: action.format, value: action.text };
      if (!action.parsed.ok) return { ...state, text, syntaxError: action.parsed.error };
      if (!isRecord(action.parsed.value)) {
        return {
          ...state,
          text,
          syntaxError: { message: 'The document must be a single object (a NetworkPolicy).', line: 1, column: 1 },
        };
      }
      return {
        ...state,
        policy: action.parsed.value as NetworkPolicy,
        formInput: action.parsed.value as NetworkPolicy,
        revision: state.revision + 1,
        origin: 'text',
        text,
        syntaxError: undefined,
        history: record(state, { key: `text:${action.format}`, at: action.at }),
      };
    }
    case 'reset':
      return {
        ...initialDraftState(action.policy),
        revision: state.revision + 1,
        origin: 'reset',
        history: action.policy === state.policy ? state.history : record(state),
      };
    case 'undo':
    case 'redo': {
      const step = (action.type === 'undo' ? undoChange : redoChange)(state.history, state.policy);
      if (step === undefined) return state;
      // The form follows a new `formInput` reference only; a restored draft may be the very object
      // it was last handed, so it then gets a shallow copy (never a deep one).
      const formInput = step.value === state.formInput ? { ...step.value } : step.value;
      return {
        ...state,
        policy: formInput,
        formInput,
        revision: state.revision + 1,
        origin: 'history',
        text: undefined,
        syntaxError: undefined,
        history: step.history,
      };
    }
    case 'server-errors':
      return { ...state, serverErrors: { revision: action.revision, errors: action.errors } };
    case 'namespace-in-use': {
      const ns = action.namespace;
      if (ns === '' || ns === action.previous || !isPristineDraft(state.policy, action.previous)) return state;
      if (state.syntaxError !== undefined) return state;
      const policy = newPolicyTemplate(ns);
      // Not an edit of the draft: no undo step, like the template it replaces.
      return { ...state, policy, formInput: policy, revision: state.revision + 1, origin: 'reset', text: undefined };
    }
    case 'text-released':
      // Switching tab or editor mode: show the serialised policy again (a broken text is dropped).
      return state.text === undefined ? state : { ...state, text: undefined, syntaxError: undefined };
  }
}

export const canUndoDraft = (state: DraftState): boolean => canUndo(state.history);
export const canRedoDraft = (state: DraftState): boolean => canRedo(state.history);

/** Server errors still apply only while the draft is the one that was submitted. */
export function activeServerErrors(state: DraftState): readonly EditorFieldError[] {
  return state.serverErrors !== undefined && state.serverErrors.revision === state.revision
    ? state.serverErrors.errors
    : [];
}
