// Monaco as the policy's text editor (and the read-only answer viewer). Loaded only through
// React.lazy. Text from outside is pushed as a minimal edit, never while it is the user's own.
import { useEffect, useRef } from 'react';
import { getColorScheme, subscribeColorScheme } from '../../../lib/color-scheme';
import { monaco } from '../../../lib/monaco/monaco-setup';
import type { MarkerSpec } from '../model/markers';
import { minimalReplacement } from '../model/text-diff';
import { TypedEcho } from '../model/typed-echo';

export interface MonacoTextEditorProps {
  readonly value: string;
  readonly language: 'json' | 'yaml';
  readonly ariaLabel: string;
  /** Marker lists by owner; each owner's markers are replaced as a whole. */
  readonly markers?: Readonly<Record<string, readonly MarkerSpec[]>>;
  readonly readOnly?: boolean;
  readonly onChange?: (text: string) => void;
  readonly modelUri?: string;
  readonly className?: string;
}

const severity = (s: MarkerSpec['severity']) =>
  s === 'error' ? monaco.MarkerSeverity.Error : monaco.MarkerSeverity.Warning;

const sameMarker = (a: MarkerSpec, b: MarkerSpec) =>
  a.startLineNumber === b.startLineNumber &&
  a.startColumn === b.startColumn &&
  a.endLineNumber === b.endLineNumber &&
  a.endColumn === b.endColumn &&
  a.message === b.message &&
  a.severity === b.severity &&
  a.source === b.source;

const sameMarkers = (a: readonly MarkerSpec[], b: readonly MarkerSpec[]) =>
  a === b || (a.length === b.length && a.every((m, i) => sameMarker(m, b[i] as MarkerSpec)));

const monacoTheme = () => (getColorScheme() === 'dark' ? 'vs-dark' : 'vs');

export default function MonacoTextEditor(props: MonacoTextEditorProps) {
  const { value, language, ariaLabel, markers, readOnly = false, onChange, modelUri, className } = props;
  const hostRef = useRef<HTMLDivElement>(null);
  const editorRef = useRef<monaco.editor.IStandaloneCodeEditor | null>(null);
  const pushing = useRef(false);
  // The model's text as last pushed or typed: comparing with it spares building the whole text
  // from Monaco's piece tree on every keystroke of a big policy.
  const shownText = useRef('');
  const echo = useRef(new TypedEcho());
  const onChangeRef = useRef(onChange);
  useEffect(() => {
    onChangeRef.current = onChange;
  }, [onChange]);

  // Created once; value and language follow in the effects below.
  useEffect(() => {
    const host = hostRef.current;
    if (host === null) return;
    const uri = modelUri === undefined ? undefined : monaco.Uri.parse(modelUri);
    const model = monaco.editor.createModel('', language, uri);
    // Monaco picks CRLF on Windows user agents; the codec's text and the draft use LF everywhere.
    model.setEOL(monaco.editor.EndOfLineSequence.LF);
    const editor = monaco.editor.create(host, {
      model,
      readOnly,
      ariaLabel,
      automaticLayout: true,
      minimap: { enabled: false },
      scrollBeyondLastLine: false,
      tabSize: 2,
      // Keyboard users must be able to leave the editor: Tab moves focus (Ctrl+M switches to
      // inserting tabs, as in VS Code); indentation still follows Enter.
      tabFocusMode: true,
      fontSize: 13,
      theme: monacoTheme(),
    });
    editorRef.current = editor;
    const sub = model.onDidChangeContent(() => {
      if (pushing.current) return;
      shownText.current = model.getValue();
      echo.current.typedText(shownText.current);
      onChangeRef.current?.(shownText.current);
    });
    return () => {
      sub.dispose();
      editor.dispose();
      model.dispose();
      editorRef.current = null;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the editor lives as long as the component
  }, []);

  useEffect(() => {
    const model = editorRef.current?.getModel();
    if (model != null && model.getLanguageId() !== language) monaco.editor.setModelLanguage(model, language);
    editorRef.current?.updateOptions({ ariaLabel });
  }, [language, ariaLabel]);

  // Monaco's theme is global: follow the header's Theme choice and the system's setting.
  useEffect(() => subscribeColorScheme(() => monaco.editor.setTheme(monacoTheme())), []);

  useEffect(() => {
    const model = editorRef.current?.getModel();
    if (model == null) return;
    if (echo.current.isEcho(value)) return;
    const r = minimalReplacement(shownText.current, value);
    if (r === undefined) return;
    const start = model.getPositionAt(r.start);
    const end = model.getPositionAt(r.end);
    pushing.current = true;
    try {
      model.pushEditOperations(
        [],
        [{ range: monaco.Range.fromPositions(start, end), text: r.text, forceMoveMarkers: true }],
        () => null,
      );
      shownText.current = value;
    } finally {
      pushing.current = false;
    }
  }, [value]);

  // Per owner, the markers last set and the text they were set on: an unchanged list is not set
  // again (Monaco then re-decorates the whole model), unless it is non-empty and the text changed
  // under it (its ranges may have been moved by the edit).
  const applied = useRef(new Map<string, { list: readonly MarkerSpec[]; value: string }>());
  useEffect(() => {
    const model = editorRef.current?.getModel();
    if (model == null) return;
    for (const [owner, list] of Object.entries(markers ?? {})) {
      const prev = applied.current.get(owner);
      if (prev !== undefined && sameMarkers(prev.list, list) && (list.length === 0 || prev.value === value)) continue;
      applied.current.set(owner, { list, value });
      monaco.editor.setModelMarkers(
        model,
        owner,
        list.map((m) => ({ ...m, severity: severity(m.severity) })),
      );
    }
  }, [markers, value]);

  return <div ref={hostRef} className={className ?? 'editor-host'} data-testid="monaco-host" />;
}
