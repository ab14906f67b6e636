// Import: turns pasted or dropped text (JSON, YAML, multi-document YAML, `kind: List`) into the
// NetworkPolicies it holds, refusing everything else with a sentence that says what it is and where.
import { expandListItems, parseDocuments } from '../../../k8s/codec';
import { NETWORK_POLICY_KIND, NETWORKING_API_VERSION, type NetworkPolicy } from '../../../k8s/networking/types';
import { isRecord } from '../../../k8s/json';

export interface ImportCandidate {
  /** A human label: "document 2: default/allow-web" or "document 1, item 3: ...". */
  readonly label: string;
  readonly policy: NetworkPolicy;
}

export type ImportAnalysis =
  | { readonly ok: true; readonly candidates: readonly ImportCandidate[]; readonly refused: readonly string[] }
  | { readonly ok: false; readonly errors: readonly string[]; readonly refused: readonly string[] };

/** "a Deployment (apps/v1)", "a string", "an object without kind" ... */
function describeValue(v: unknown): string {
  if (v === null) return 'empty';
  if (Array.isArray(v)) return 'a list (a YAML sequence)';
  if (!isRecord(v))
    return typeof v === 'string'
      ? `the string ${JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v)}`
      : `a ${typeof v}`;
  const kind = typeof v.kind === 'string' && v.kind !== '' ? v.kind : undefined;
  const api = typeof v.apiVersion === 'string' && v.apiVersion !== '' ? v.apiVersion : undefined;
  if (kind === undefined)
    return api === undefined ? 'an object without kind and apiVersion' : `an object without kind (${api})`;
  const article = /^[AEIOU]/.test(kind) ? 'an' : 'a';
  return `${article} ${kind} (${api ?? 'no apiVersion'})`;
}

function policyName(p: Record<string, unknown>): string {
  const meta = isRecord(p.metadata) ? p.metadata : {};
  const name = typeof meta.name === 'string' && meta.name !== '' ? meta.name : '(no name)';
  return typeof meta.namespace === 'string' && meta.namespace !== '' ? `${meta.namespace}/${name}` : name;
}

/**
 * Every NetworkPolicy in the text, in order, with a sentence for each thing that is not one.
 * Syntax errors are fatal (the text cannot be trusted), with 1-based line:column.
 */
export function analyseImport(text: string): ImportAnalysis {
  if (text.trim() === '') return { ok: false, errors: ['Nothing to import: the text is empty.'], refused: [] };
  const parsed = parseDocuments(text);
  if (parsed.errors.length > 0) {
    const what = parsed.format === 'json' ? 'JSON' : 'YAML';
    return {
      ok: false,
      errors: parsed.errors.map((e) => `${what} syntax error at line ${e.startLine}:${e.startColumn}: ${e.message}`),
      refused: [],
    };
  }
  const docs = parsed.documents.filter((d) => !d.empty);
  const multi = docs.length > 1;
  const candidates: ImportCandidate[] = [];
  const refused: string[] = [];
  docs.forEach((doc, n) => {
    const where = `document ${n + 1}`;
    const items = expandListItems(doc.value);
    const isList = items.length !== 1 || items[0]?.path.length !== 0;
    for (const item of items) {
      const itemNo = item.path.length >= 2 ? item.path[item.path.length - 1] : undefined;
      const at = isList && typeof itemNo === 'number' ? `${multi ? `${where}, ` : ''}item ${itemNo + 1}` : where;
      const v = item.value;
      if (isRecord(v) && v.kind === NETWORK_POLICY_KIND && v.apiVersion === NETWORKING_API_VERSION) {
        candidates.push({ label: `${at}: ${policyName(v)}`, policy: v as NetworkPolicy });
      } else if (isRecord(v) && v.kind === NETWORK_POLICY_KIND) {
        const api = typeof v.apiVersion === 'string' && v.apiVersion !== '' ? v.apiVersion : 'no apiVersion';
        refused.push(`${capital(at)} is a NetworkPolicy of ${api}, not ${NETWORKING_API_VERSION}.`);
      } else {
        refused.push(`${capital(at)} is ${describeValue(v)}, not a NetworkPolicy.`);
      }
    }
    if (items.length === 0) refused.push(`${capital(where)} is an empty list.`);
  });
  if (docs.length === 0) return { ok: false, errors: ['Nothing to import: the text holds no document.'], refused };
  if (candidates.length === 0) {
    return { ok: false, errors: ['The text holds no networking.k8s.io/v1 NetworkPolicy.'], refused };
  }
  return { ok: true, candidates, refused };
}

const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
