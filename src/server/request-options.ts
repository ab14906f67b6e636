// Query options of writes (metav1.CreateOptions / UpdateOptions / PatchOptions) and their
// validation, as apimachinery's meta/v1/validation (ValidateCreateOptions and friends).
import {
  FieldPath,
  forbidden,
  goJSON,
  goString,
  invalid,
  notSupported,
  required,
  tooLong,
  type FieldError,
} from '../k8s/field';
import { invalidStatus } from '../k8s/status';
import { StatusError } from './http-util';

export type FieldValidation = 'Ignore' | 'Warn' | 'Strict';

export interface WriteOptions {
  dryRun: boolean;
  /** The fieldManager parameter as given ('' when absent). */
  fieldManager: string;
  /** '' is Warn, as the apiserver defaults it. */
  fieldValidation: FieldValidation;
  force: boolean | null;
}

/** unicode.IsPrint: letters, marks, numbers, punctuation, symbols and the ASCII space. */
const PRINTABLE = /^[\p{L}\p{M}\p{N}\p{P}\p{S} ]$/u;

export function validateFieldManager(manager: string, path: FieldPath): FieldError[] {
  const errs: FieldError[] = [];
  if (Buffer.byteLength(manager, 'utf8') > 128) errs.push(tooLong(path, 128));
  let pos = 0;
  for (const ch of manager) {
    if (!PRINTABLE.test(ch)) {
      const cp = (ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');
      errs.push(invalid(path, goString(manager), `invalid character U+${cp} (at position ${pos})`));
    }
    pos += Buffer.byteLength(ch, 'utf8');
  }
  return errs;
}

/**
 * Parses and validates the options of a create ('CreateOptions'), update ('UpdateOptions') or
 * patch ('PatchOptions'); errors are one 422 on `<Kind>.meta.k8s.io ""`.
 */
export function parseWriteOptions(
  query: URLSearchParams,
  kind: 'CreateOptions' | 'UpdateOptions' | 'PatchOptions',
  isApply = false,
): WriteOptions {
  const dryRun = query.getAll('dryRun');
  const fieldManager = query.get('fieldManager') ?? '';
  const fieldValidation = query.get('fieldValidation') ?? '';
  const forceText = query.get('force');
  const errs: FieldError[] = [];
  if (kind === 'PatchOptions') {
    if (!isApply && forceText !== null)
      errs.push(forbidden(FieldPath.root('force'), 'may not be specified for non-apply patch'));
    if (isApply && fieldManager === '')
      errs.push(required(FieldPath.root('fieldManager'), 'is required for apply patch'));
  }
  errs.push(...validateFieldManager(fieldManager, FieldPath.root('fieldManager')));
  if (!dryRun.every((v) => v === 'All')) errs.push(notSupported(FieldPath.root('dryRun'), goJSON(dryRun), ['All']));
  if (!['', 'Ignore', 'Warn', 'Strict'].includes(fieldValidation)) {
    errs.push(
      notSupported(FieldPath.root('fieldValidation'), goString(fieldValidation), ['', 'Ignore', 'Strict', 'Warn']),
    );
  }
  if (errs.length > 0) throw new StatusError(invalidStatus({ group: 'meta.k8s.io', kind }, '', errs));
  return {
    dryRun: dryRun.length > 0,
    fieldManager,
    fieldValidation: fieldValidation === '' ? 'Warn' : (fieldValidation as FieldValidation),
    force: forceText === null ? null : forceText === 'true',
  };
}

/** metav1.DeleteOptions as far as the demo cluster acts on them. */
export interface DeleteOptions {
  dryRun: boolean;
  /** preconditions.uid / preconditions.resourceVersion (checked against the live object: 409). */
  uid?: string;
  resourceVersion?: string;
}

const PROPAGATION = ['Foreground', 'Background', 'Orphan'];

/**
 * DeleteOptions from the body when there is one, else from the query (the delete handler reads
 * one or the other, never both), validated as ValidateDeleteOptions: 422 on
 * `DeleteOptions.meta.k8s.io ""`.
 */
export function parseDeleteOptions(body: Record<string, unknown> | null, query: URLSearchParams): DeleteOptions {
  const dryRun =
    body === null ? query.getAll('dryRun') : Array.isArray(body.dryRun) ? body.dryRun.map((v) => String(v)) : [];
  const policy = body === null ? (query.get('propagationPolicy') ?? undefined) : body.propagationPolicy;
  const errs: FieldError[] = [];
  if (policy !== undefined && policy !== null && !PROPAGATION.includes(String(policy))) {
    errs.push(notSupported(FieldPath.root('propagationPolicy'), goJSON(policy), [...PROPAGATION, 'nil']));
  }
  if (!dryRun.every((v) => v === 'All')) errs.push(notSupported(FieldPath.root('dryRun'), goJSON(dryRun), ['All']));
  if (errs.length > 0) throw new StatusError(invalidStatus({ group: 'meta.k8s.io', kind: 'DeleteOptions' }, '', errs));
  const pre =
    body !== null && typeof body.preconditions === 'object' && body.preconditions !== null ? body.preconditions : {};
  const { uid, resourceVersion } = pre as { uid?: unknown; resourceVersion?: unknown };
  return {
    dryRun: dryRun.length > 0,
    ...(typeof uid === 'string' ? { uid } : {}),
    ...(typeof resourceVersion === 'string' ? { resourceVersion } : {}),
  };
}

/**
 * The manager recorded in managedFields: the fieldManager parameter, or the User-Agent up to its
 * first '/', unprintable runes dropped, cut to 128 bytes (apiserver's prefixFromUserAgent).
 */
export function managerName(opts: WriteOptions, userAgent: string | undefined): string {
  if (opts.fieldManager !== '') return opts.fieldManager;
  const ua = (userAgent ?? '').split('/')[0] ?? '';
  let out = '';
  for (const ch of ua) {
    if (!PRINTABLE.test(ch)) continue;
    if (Buffer.byteLength(out + ch, 'utf8') > 128) break;
    out += ch;
  }
  return out;
}
