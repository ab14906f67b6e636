// Printing for `netpol validate`: kubectl-style text with FILE:LINE:COLUMN, or one JSON array.
// Problems with the input itself (unreadable, syntax errors, no objects) go to stderr.
import type { ManifestCheck, ManifestEntry, TextRange } from '../../k8s/codec';
import type { ResolvedIO } from '../io';

export interface SourceResult {
  source: string;
  check?: ManifestCheck;
  readError?: string;
}

const display = (source: string): string => (source === '-' ? '<stdin>' : source);
const at = (source: string, r: TextRange | undefined): string =>
  r === undefined ? display(source) : `${display(source)}:${r.startLine}:${r.startColumn}`;

/** Reports input problems on stderr; true when there was any (exit status 2). */
function reportInputProblems(results: readonly SourceResult[], io: ResolvedIO): boolean {
  let problem = false;
  for (const r of results) {
    if (r.readError !== undefined) {
      io.stderr(`error: cannot read ${display(r.source)}: ${r.readError}\n`);
      problem = true;
      continue;
    }
    const check = r.check;
    if (check === undefined) continue;
    for (const e of check.syntaxErrors) {
      io.stderr(`${at(r.source, e)}: error: invalid ${check.format.toUpperCase()}: ${e.message}\n`);
      problem = true;
    }
    for (const w of check.syntaxWarnings) io.stderr(`${at(r.source, w)}: warning: ${w.message}\n`);
    if (check.syntaxErrors.length === 0 && check.entries.length === 0) {
      io.stderr(`error: ${display(r.source)}: no objects found\n`);
      problem = true;
    }
  }
  return problem;
}

function entryText(source: string, e: ManifestEntry): string {
  const where = at(source, e.range);
  if (e.valid) return `${where}: NetworkPolicy ${JSON.stringify(e.name)} is valid\n`;
  const kind = e.kind === '' ? 'object' : e.kind;
  // kubectl's MultilineError: `The NetworkPolicy "x" is invalid: <field>: <message>` for one error;
  // for several, the prefix on its own line, then one `* <field>: <message>` line per error.
  const head = `${where}: The ${kind} ${JSON.stringify(e.name)} is invalid: `;
  const lines = e.errors.map((err) => `${err.message} (${at(source, err.range)})\n`);
  if (lines.length === 1) return `${head}${lines[0] ?? ''}`;
  return `${head}\n${lines.map((l) => `* ${l}`).join('')}`;
}

export function printText(results: readonly SourceResult[], io: ResolvedIO): boolean {
  const problem = reportInputProblems(results, io);
  for (const r of results) {
    for (const e of r.check?.entries ?? []) {
      for (const w of e.warnings) io.stderr(`${at(r.source, w.range)}: warning: ${w.message}\n`);
      io.stdout(entryText(r.source, e));
    }
  }
  return problem;
}

export function printJson(results: readonly SourceResult[], io: ResolvedIO): boolean {
  const problem = reportInputProblems(results, io);
  const out = results.flatMap((r) =>
    (r.check?.entries ?? []).map((e) => {
      for (const w of e.warnings) io.stderr(`${at(r.source, w.range)}: warning: ${w.message}\n`);
      return {
        source: r.source,
        index: e.index,
        kind: e.kind,
        name: e.name,
        valid: e.valid,
        errors: e.errors.map((err) => ({
          type: err.type,
          field: err.field,
          badValue: err.badValue.kind === 'omitted' ? null : err.badValue.value,
          detail: err.detail,
          message: err.message,
        })),
      };
    }),
  );
  io.stdout(`${JSON.stringify(out, null, 2)}\n`);
  return problem;
}
