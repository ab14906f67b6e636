// Serialises objects as kubectl prints them (key order from ./order): JSON with 2-space indent,
// YAML in block style with sequences not indented under their key, strings quoted whenever
// Kubernetes' YAML reader would otherwise read them as something else (`"yes"`, `"010"`).
import { stringify } from 'yaml';
import { GO_YAML_OUTPUT_OPTIONS } from './go-yaml-schema';
import { sortKeysGoYaml } from './go-yaml-sort';
import { orderForKubectl } from './order';
import { emitYAML } from './yaml-emit';

export interface SerializeOptions {
  /** JSON indent; kubectl -o json itself uses 4. Default 2. */
  indent?: number;
  /**
   * 'kubectl' (default): Go struct field order for known fields, as `kubectl get -o json` prints;
   * 'kubectl-yaml': every map sorted as go-yaml sorts, which is what `kubectl get -o yaml` prints;
   * 'preserve': the object's own order.
   */
  keyOrder?: 'kubectl' | 'kubectl-yaml' | 'preserve';
}

function ordered(value: unknown, options: SerializeOptions): unknown {
  const order = options.keyOrder ?? 'kubectl';
  return order === 'preserve' ? value : order === 'kubectl-yaml' ? sortKeysGoYaml(value) : orderForKubectl(value);
}

export function toJSON(value: unknown, options: SerializeOptions = {}): string {
  return `${JSON.stringify(ordered(value, options), null, options.indent ?? 2) ?? 'null'}\n`;
}

export function toYAML(value: unknown, options: SerializeOptions = {}): string {
  const out = ordered(value, options);
  // The hand-written emitter handles maps and lists of JSON values (the editor's preview, ~20x
  // faster); scalar documents and anything else keep the library path below.
  return emitYAML(out) ?? libraryYAML(out);
}

/** The yaml library's output, the reference the fast emitter is compared with byte for byte. */
export function toYAMLWithLibrary(value: unknown, options: SerializeOptions = {}): string {
  return libraryYAML(ordered(value, options));
}

function libraryYAML(out: unknown): string {
  // The yaml library mis-indents a top-level block scalar whose first line starts with spaces;
  // a lone multi-line string document is written double-quoted (JSON escapes are YAML escapes).
  if (typeof out === 'string' && /[\r\n]/.test(out)) return `${JSON.stringify(out)}\n`;
  return stringify(out, {
    ...GO_YAML_OUTPUT_OPTIONS,
    indent: 2,
    indentSeq: false,
    lineWidth: 0,
    minContentWidth: 0,
    aliasDuplicateObjects: false,
    blockQuote: 'literal',
  });
}

/** Several objects as one multi-document YAML stream. */
export function toYAMLStream(values: readonly unknown[], options: SerializeOptions = {}): string {
  return values.map((v) => toYAML(v, options)).join('---\n');
}
