// Turns field errors and syntax errors into editor markers (plain data; Monaco is applied in the
// component). Each error sits on the exact text range of its field path, or of the nearest
// ancestor that is in the text (a required field that is missing); the codec finds both.
import { errorString, type FieldError } from '../../../k8s/field';
import type { TextSyntaxError } from './draft-state';
import type { EditorFieldError } from './server-errors';

export const VALIDATION_OWNER = 'netpol-validation';
export const SYNTAX_OWNER = 'netpol-syntax';

export interface MarkerSpec {
  readonly startLineNumber: number;
  readonly startColumn: number;
  readonly endLineNumber: number;
  readonly endColumn: number;
  readonly message: string;
  readonly severity: 'error' | 'warning';
  readonly source?: string;
}

/** 1-based range of an error's field in the text (or of its nearest ancestor there). */
export type Locate = (
  error: FieldError,
) => { startLine: number; startColumn: number; endLine: number; endColumn: number } | undefined;

export function fieldErrorMarkers(errors: readonly EditorFieldError[], locate: Locate): MarkerSpec[] {
  const out: MarkerSpec[] = [];
  for (const e of errors) {
    const range = locate(e) ?? { startLine: 1, startColumn: 1, endLine: 1, endColumn: 2 };
    out.push({
      startLineNumber: range.startLine,
      startColumn: range.startColumn,
      endLineNumber: range.endLine,
      endColumn: range.endColumn,
      message: errorString(e),
      severity: 'error',
      source: e.origin === 'server' ? 'kube-apiserver' : 'validation',
    });
  }
  return out;
}

export function syntaxErrorMarkers(err: TextSyntaxError | undefined): MarkerSpec[] {
  if (err === undefined) return [];
  return [
    {
      startLineNumber: err.line,
      startColumn: err.column,
      endLineNumber: err.endLine ?? err.line,
      endColumn: err.endColumn ?? err.column + 1,
      message: err.message,
      severity: 'error',
      source: 'syntax',
    },
  ];
}
