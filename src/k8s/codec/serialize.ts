// Serialises objects as kubectl prints them (key order from ./order): JSON with 2-space indent,
// YAML in block style with sequences not indented under their key, strings quoted whenever
// Kubernetes' YAML reader would otherwise read them as something else (`"yes"`, `"010"`).
import { stringify } from 'yaml';
import { GO_YAML_OUTPUT_OPTIONS } from './go-yaml-schema';
import { orderForKubectl } from './order';

export interface SerializeOptions {
  /** JSON indent; kubectl -o json itself uses 4. Default 2. */
  indent?: number;
  /** Reorder keys as kubectl prints them (default true); false keeps the object's own order. */
  kubectlOrder?: boolean;
}

export function toJSON(value: unknown, options: SerializeOptions = {}): string {
  const ordered = options.kubectlOrder === false ? value : orderForKubectl(value);
  return `${JSON.stringify(ordered, null, options.indent ?? 2) ?? 'null'}\n`;
}

export function toYAML(value: unknown, options: SerializeOptions = {}): string {
  const ordered = options.kubectlOrder === false ? value : orderForKubectl(value);
  // The yaml library mis-indents a top-level block scalar whose first line starts with spaces;
  // a lone multi-line string document is written double-quoted (JSON escapes are YAML escapes).
  if (typeof ordered === 'string' && /[\r\n]/.test(ordered)) return `${JSON.stringify(ordered)}\n`;
  return stringify(ordered, {
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
