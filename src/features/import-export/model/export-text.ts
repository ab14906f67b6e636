// Export: the draft as kubectl prints it (YAML or JSON, key order from the codec), a file name from
// the policy's name, and a ready `kubectl apply -f - <<'DELIM'` command whose delimiter is not in the text.
import { toJSON, toYAML } from '../../../k8s/codec';
import type { NetworkPolicy } from '../../../k8s/networking/types';

export type ExportFormat = 'yaml' | 'json';

export function exportText(policy: NetworkPolicy, format: ExportFormat): string {
  return format === 'json' ? toJSON(policy) : toYAML(policy);
}

export const EXPORT_MIME: Record<ExportFormat, string> = {
  yaml: 'application/yaml',
  json: 'application/json',
};

/**
 * "<name>.yaml" from metadata.name (or generateName), reduced to characters that are safe in a
 * file name on every OS; "networkpolicy.yaml" when there is no usable name.
 */
export function exportFilename(policy: NetworkPolicy, format: ExportFormat): string {
  const meta = policy.metadata;
  const raw =
    typeof meta?.name === 'string' && meta.name !== ''
      ? meta.name
      : typeof meta?.generateName === 'string'
        ? meta.generateName.replace(/-+$/, '')
        : '';
  const safe = raw
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[.-]+/, '')
    .slice(0, 200);
  return `${safe === '' ? 'networkpolicy' : safe}.${format}`;
}

/** The first of EOF, EOF_NETPOL, EOF_NETPOL_2 ... that occurs nowhere in the text. */
export function heredocDelimiter(text: string): string {
  if (!text.includes('EOF')) return 'EOF';
  if (!text.includes('EOF_NETPOL')) return 'EOF_NETPOL';
  for (let i = 2; ; i++) {
    const d = `EOF_NETPOL_${i}`;
    if (!text.includes(d)) return d;
  }
}

/**
 * A command to paste into a POSIX shell. The quoted delimiter turns off expansion, so `$`, backticks
 * and backslashes in the policy reach kubectl unchanged.
 */
export function kubectlApplyCommand(text: string): string {
  const body = text.endsWith('\n') ? text : `${text}\n`;
  const delim = heredocDelimiter(body);
  return `kubectl apply -f - <<'${delim}'\n${body}${delim}\n`;
}
