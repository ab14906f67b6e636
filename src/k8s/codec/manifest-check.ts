// Checks NetworkPolicy manifests in text as `kubectl create` would have the apiserver do: parse
// (JSON, YAML, multi-document, Lists), require kind NetworkPolicy in networking.k8s.io/v1, apply
// the apiserver's defaults, validate, and place every error and warning at its line and column.
import {
  errorString,
  goJSON,
  goString,
  notSupported,
  parseFieldPath,
  required,
  typeInvalid,
  FieldPath,
  type FieldError,
} from '../field';
import { applyNetworkPolicyDefaults } from '../networking/defaults';
import { unknownFields } from '../networking/decode';
import { NETWORK_POLICY_KIND, NETWORKING_API_VERSION } from '../networking/types';
import { validateNetworkPolicy } from '../networking/validation';
import { networkPolicyWarnings } from '../networking/warnings';
import { expandListItems, parseDocuments, type SyntaxIssue, type TextFormat } from './parse';
import type { TextRange } from './positions';
import { isRecord } from '../json';

export interface LocatedFieldError extends FieldError {
  /** errorString(): `spec.ingress[0].ports[0].port: Invalid value: 70000: must be ...`. */
  message: string;
  /** Where the error is in the text (the nearest existing ancestor for a missing field). */
  range?: TextRange;
}

export interface LocatedWarning {
  message: string;
  range?: TextRange;
}

export interface ManifestEntry {
  /** 0-based among the objects of the text (after skipping empty documents and unwrapping Lists). */
  index: number;
  /** The document it came from, and its path inside it (['items', 2] for a List item). */
  document: number;
  itemPath: (string | number)[];
  kind: string;
  name: string;
  valid: boolean;
  errors: LocatedFieldError[];
  /**
   * Unknown fields (the apiserver warns and drops them, or rejects them under
   * fieldValidation=Strict), then, for a valid object, the apiserver's create warnings
   * (getWarningsForNetworkPolicy: non-canonical ipBlock CIDRs).
   */
  warnings: LocatedWarning[];
  /** Where the object starts. */
  range?: TextRange;
}

export interface ManifestCheck {
  format: TextFormat;
  /** Syntax errors: documents that have them are not checked. */
  syntaxErrors: SyntaxIssue[];
  /** Syntax warnings (duplicate keys). */
  syntaxWarnings: SyntaxIssue[];
  entries: ManifestEntry[];
}

/** The errors that make a document not a NetworkPolicy at all; empty when it is one. */
export function kindErrors(value: unknown): FieldError[] {
  if (!isRecord(value)) {
    return [
      typeInvalid(
        FieldPath.root(),
        goJSON(value),
        'must be a Kubernetes object (a map with apiVersion, kind, metadata, spec)',
      ),
    ];
  }
  const errs: FieldError[] = [];
  const check = (field: 'kind' | 'apiVersion', want: string): void => {
    const v = value[field];
    if (v === undefined || v === null || v === '') errs.push(required(FieldPath.of(field)));
    else if (typeof v !== 'string') errs.push(typeInvalid(FieldPath.of(field), goJSON(v), 'must be a string'));
    else if (v !== want) errs.push(notSupported(FieldPath.of(field), goString(v), [want]));
  };
  check('apiVersion', NETWORKING_API_VERSION);
  check('kind', NETWORK_POLICY_KIND);
  return errs;
}

function rawBadValue(e: FieldError): unknown {
  return e.badValue.kind === 'omitted' ? undefined : e.badValue.value;
}

export interface ManifestCheckOptions {
  /**
   * The namespace of the request, set on objects that name none before validating, as kubectl
   * does with its context's namespace (the apiserver takes it from the URL). Unset: left alone.
   */
  namespace?: string;
}

/**
 * The suffix standing in for SimpleNameGenerator's 5 random characters (from its alphabet), so a
 * generateName-only manifest validates as the apiserver does (the store names it first) and the
 * output is reproducible.
 */
export const GENERATED_NAME_SUFFIX = 'xxxxx';

/**
 * A copy as the create handler has it just before validation: metadata.namespace from the request
 * when the object names none, and an empty name generated from generateName (prefix cut to 58).
 */
function asCreated(value: unknown, namespace: string | undefined): unknown {
  if (!isRecord(value)) return value;
  const meta = value.metadata;
  if (meta !== undefined && meta !== null && !isRecord(meta)) return value;
  const m: Record<string, unknown> = isRecord(meta) ? { ...meta } : {};
  let changed = false;
  if (namespace !== undefined && (m.namespace === undefined || m.namespace === null || m.namespace === '')) {
    m.namespace = namespace;
    changed = true;
  }
  const gen = m.generateName;
  if ((m.name === undefined || m.name === null || m.name === '') && typeof gen === 'string' && gen !== '') {
    m.name = gen.slice(0, 58) + GENERATED_NAME_SUFFIX;
    changed = true;
  }
  return changed ? { ...value, metadata: m } : value;
}

/** The apiserver's create warnings (getWarningsForNetworkPolicy), each placed at its field. */
function createWarnings(
  value: unknown,
  locate: (path: (string | number)[]) => TextRange | undefined,
): LocatedWarning[] {
  return networkPolicyWarnings(value).map(({ field, message }) => {
    const range = locate(parseFieldPath(field));
    return { message, ...(range === undefined ? {} : { range }) };
  });
}

export function checkNetworkPolicyManifests(text: string, options: ManifestCheckOptions = {}): ManifestCheck {
  const parsed = parseDocuments(text);
  const entries: ManifestEntry[] = [];
  for (const doc of parsed.documents) {
    if (doc.empty || doc.errors.length > 0) continue;
    for (const item of expandListItems(doc.value)) {
      const locate = (path: (string | number)[], badValue?: unknown): TextRange | undefined =>
        parsed.locate([...item.path, ...path], {
          document: doc.index,
          ...(badValue === undefined ? {} : { badValue }),
        })?.range;
      const value = item.value;
      const errs = kindErrors(value);
      const created = errs.length > 0 ? value : asCreated(value, options.namespace);
      const meta = isRecord(created) && isRecord(created.metadata) ? created.metadata : {};
      const fieldErrors = errs.length > 0 ? errs : validateNetworkPolicy(applyNetworkPolicyDefaults(created));
      const errors: LocatedFieldError[] = fieldErrors.map((e) => {
        const range = locate(parseFieldPath(e.field), rawBadValue(e));
        return { ...e, message: errorString(e), ...(range === undefined ? {} : { range }) };
      });
      const warnings: LocatedWarning[] =
        errs.length > 0
          ? []
          : unknownFields(value).map((path) => {
              const range = locate(parseFieldPath(path));
              return { message: `unknown field ${JSON.stringify(path)}`, ...(range === undefined ? {} : { range }) };
            });
      // The apiserver sends WarningsOnCreate only once validation has passed.
      if (errors.length === 0) warnings.push(...createWarnings(value, locate));
      const range = locate([]);
      entries.push({
        index: entries.length,
        document: doc.index,
        itemPath: item.path,
        kind: isRecord(value) && typeof value.kind === 'string' ? value.kind : '',
        name: typeof meta.name === 'string' ? meta.name : '',
        valid: errors.length === 0,
        errors,
        warnings,
        ...(range === undefined ? {} : { range }),
      });
    }
  }
  return { format: parsed.format, syntaxErrors: parsed.errors, syntaxWarnings: parsed.warnings, entries };
}
