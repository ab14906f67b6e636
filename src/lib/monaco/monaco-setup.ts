// Monaco, bundled locally from the slim entry points (no CDN). Only ever reached through
// import(), so the form is usable before this ~1 MB chunk arrives.
import * as monaco from 'monaco-editor/editor';
import 'monaco-editor/features/register.all';
import { jsonDefaults } from 'monaco-editor/languages/features/json/register';
import 'monaco-editor/languages/definitions/yaml/register';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import JsonWorker from 'monaco-editor/languages/features/json/json.worker?worker';

declare global {
  interface Window {
    /** Set by end-to-end tests before the app loads, to get the test hook below. */
    __NETPOL_TEST__?: boolean;
    /** Monaco's API, exposed only when __NETPOL_TEST__ is set (reading markers, setting text). */
    __netpolMonaco?: typeof monaco;
  }
}

self.MonacoEnvironment = {
  getWorker: (_id: string, label: string) => (label === 'json' ? new JsonWorker() : new EditorWorker()),
};

// Syntax errors and field errors come from our own codec and validator as markers; Monaco's JSON
// diagnostics would only duplicate them with different wording.
jsonDefaults.setDiagnosticsOptions({ validate: false });
// Without a schema, completion, hovers, symbols and colours add nothing, yet each one asks the
// worker about the whole document after every edit (costly on a policy with 1,000 peers).
jsonDefaults.setModeConfiguration({
  documentFormattingEdits: true,
  documentRangeFormattingEdits: true,
  completionItems: false,
  hovers: false,
  documentSymbols: false,
  tokens: true,
  colors: false,
  foldingRanges: true,
  diagnostics: false,
  selectionRanges: true,
});

if (typeof window !== 'undefined' && window.__NETPOL_TEST__ === true) window.__netpolMonaco = monaco;

export { monaco };
export type Monaco = typeof monaco;
