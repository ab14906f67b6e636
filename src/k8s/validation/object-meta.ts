// ObjectMeta validation on create: apimachinery ValidateObjectMetaAccessor (generateName with
// trailing-dash masking, name, namespace, generation, labels, annotations incl. the 256 KiB total,
// ownerReferences, finalizers, managedFields) plus the core wrapper's finalizer-name rule.
import { goJSON, goNumber, goString } from '../field';
import { child, index, invalidAt, requiredAt, tooLongAt, type FieldError } from './errors';
import { isRecord, validateLabelName, validateLabels } from './labels';
import { isDNS1123Label, isDNS1123Subdomain, isQualifiedName, utf8Len } from './strings';

export const TOTAL_ANNOTATION_SIZE_LIMIT_B = 256 * 1024;
export const FIELD_MANAGER_MAX_LENGTH = 128;
export const MAX_SUBRESOURCE_NAME_LENGTH = 256;
const STANDARD_FINALIZERS = new Set(['kubernetes', 'orphan', 'foregroundDeletion']);

/** A string field as Go decodes it: null and absent are "", other JSON types are skipped (null result). */
export const goStr = (v: unknown): string | null =>
  typeof v === 'string' ? v : v === null || v === undefined ? '' : null;

/**
 * maskTrailingDash: Go replaces the last two bytes with "a" when the name ends in "-". Returns the
 * masked text and Go's byte length. A char before the dash that is not ASCII stays (Go would cut it
 * mid-rune, which fails the format check the same way). A lone "-" panics upstream; here it masks to "a".
 */
export function maskTrailingDash(name: string): { text: string; byteLen: number } {
  if (!name.endsWith('-')) return { text: name, byteLen: utf8Len(name) };
  const byteLen = Math.max(1, utf8Len(name) - 1);
  const before = name.charCodeAt(name.length - 2);
  const text = name.length >= 2 && before >= 0x80 ? `${name.slice(0, -1)}a` : `${name.slice(0, -2)}a`;
  return { text, byteLen };
}

/** NameIsDNSSubdomain(name, prefix). */
export function nameIsDNSSubdomain(name: string, prefix: boolean): readonly string[] {
  if (!prefix) return isDNS1123Subdomain(name);
  const m = maskTrailingDash(name);
  return isDNS1123Subdomain(m.text, m.byteLen);
}

/** ValidateAnnotations: lower-cased keys must be qualified names; total size at most 256 KiB. */
export function validateAnnotations(out: FieldError[], annotations: unknown, path: string): void {
  if (!isRecord(annotations)) return;
  let total = 0;
  for (const k in annotations) {
    const v = annotations[k];
    if (v !== null && typeof v !== 'string') continue;
    for (const m of isQualifiedName(k.toLowerCase())) out.push(invalidAt(path, goString(k), m));
    total += utf8Len(k) + utf8Len(v ?? '');
  }
  if (total > TOTAL_ANNOTATION_SIZE_LIMIT_B) out.push(tooLongAt(path, TOTAL_ANNOTATION_SIZE_LIMIT_B));
}

/** schema.FromAPIVersionAndKind(...).Version: "" for "", "/", more than one slash, or "group/". */
function versionOf(apiVersion: string): string {
  if (apiVersion === '' || apiVersion === '/') return '';
  const first = apiVersion.indexOf('/');
  if (first === -1) return apiVersion;
  if (apiVersion.indexOf('/', first + 1) !== -1) return '';
  return apiVersion.slice(first + 1);
}

function groupOf(apiVersion: string): string {
  const first = apiVersion.indexOf('/');
  if (first === -1 || apiVersion.indexOf('/', first + 1) !== -1) return '';
  return apiVersion.slice(0, first);
}

/** The JSON Go marshals for an OwnerReference (field order of the struct, omitempty pointers). */
function ownerRefJSON(r: Record<string, unknown>): Record<string, unknown> {
  const o: Record<string, unknown> = {
    apiVersion: goStr(r.apiVersion) ?? '',
    kind: goStr(r.kind) ?? '',
    name: goStr(r.name) ?? '',
    uid: goStr(r.uid) ?? '',
  };
  if (typeof r.controller === 'boolean') o.controller = r.controller;
  if (typeof r.blockOwnerDeletion === 'boolean') o.blockOwnerDeletion = r.blockOwnerDeletion;
  return o;
}

/** ValidateOwnerReferences: paths carry no index, as upstream. */
export function validateOwnerReferences(out: FieldError[], refs: unknown, path: string): void {
  if (!Array.isArray(refs)) return;
  let firstController = '';
  for (const raw of refs) {
    const r: Record<string, unknown> = isRecord(raw) ? raw : {};
    if (raw !== null && !isRecord(raw)) continue;
    const apiVersion = goStr(r.apiVersion) ?? '';
    const kind = goStr(r.kind) ?? '';
    const name = goStr(r.name) ?? '';
    const uid = goStr(r.uid) ?? '';
    const version = versionOf(apiVersion);
    if (version === '') out.push(invalidAt(`${path}.apiVersion`, goString(apiVersion), 'version must not be empty'));
    if (kind === '') out.push(invalidAt(`${path}.kind`, goString(kind), 'must not be empty'));
    if (name === '') out.push(invalidAt(`${path}.name`, goString(name), 'must not be empty'));
    if (uid === '') out.push(invalidAt(`${path}.uid`, goString(uid), 'must not be empty'));
    if (groupOf(apiVersion) === '' && version === 'v1' && kind === 'Event') {
      out.push(invalidAt(path, goJSON(ownerRefJSON(r)), '/v1, Kind=Event is disallowed from being an owner'));
    }
    if (r.controller === true) {
      const current = `${kind}/${name}`;
      if (firstController !== '') {
        const all = refs.filter((x) => x === null || isRecord(x)).map((x) => ownerRefJSON(isRecord(x) ? x : {}));
        out.push(
          invalidAt(
            path,
            goJSON(all),
            `Only one reference can have Controller set to true. Found "true" in references for ${firstController} and ${current}`,
          ),
        );
      } else firstController = current;
    }
  }
}

/** ValidateFinalizers (generic, no index in the path) then the core rule per finalizers[i]. */
export function validateFinalizers(out: FieldError[], finalizers: unknown, path: string): void {
  if (!Array.isArray(finalizers)) return;
  const list: string[] = [];
  for (const f of finalizers) {
    const s = goStr(f);
    if (s !== null) list.push(s);
  }
  for (const f of list) for (const m of isQualifiedName(f)) out.push(invalidAt(path, goString(f), m));
  if (list.includes('orphan') && list.includes('foregroundDeletion')) {
    out.push(invalidAt(path, goJSON(list), 'finalizer orphan and foregroundDeletion cannot be both set'));
  }
}

function validateKubeFinalizerNames(out: FieldError[], finalizers: unknown, path: string): void {
  if (!Array.isArray(finalizers)) return;
  for (let i = 0; i < finalizers.length; i++) {
    const f = goStr(finalizers[i]);
    if (f === null) continue;
    if (!f.includes('/') && !STANDARD_FINALIZERS.has(f)) {
      out.push(
        invalidAt(index(path, i), goString(f), 'name is neither a standard finalizer name nor is it fully qualified'),
      );
    }
  }
}

/** Go's unicode.IsPrint: letters, marks, numbers, punctuation, symbols and the ASCII space. */
const PRINTABLE = /^[\p{L}\p{M}\p{N}\p{P}\p{S} ]$/u;

/** ValidateFieldManager. */
export function validateFieldManager(out: FieldError[], manager: string, path: string): void {
  if (utf8Len(manager) > FIELD_MANAGER_MAX_LENGTH) out.push(tooLongAt(path, FIELD_MANAGER_MAX_LENGTH));
  let bytePos = 0;
  for (const ch of manager) {
    const cp = ch.codePointAt(0) ?? 0;
    const isLoneSurrogate = cp >= 0xd800 && cp <= 0xdfff;
    if (!isLoneSurrogate && !PRINTABLE.test(ch)) {
      const hex = cp.toString(16).toUpperCase().padStart(4, '0');
      out.push(invalidAt(path, goString(manager), `invalid character U+${hex} (at position ${bytePos})`));
    }
    bytePos += isLoneSurrogate ? 3 : utf8Len(ch);
  }
}

/** ValidateManagedFields. */
export function validateManagedFields(out: FieldError[], entries: unknown, path: string): void {
  if (!Array.isArray(entries)) return;
  for (let i = 0; i < entries.length; i++) {
    const raw: unknown = entries[i];
    if (raw !== null && !isRecord(raw)) continue;
    const e: Record<string, unknown> = isRecord(raw) ? raw : {};
    const p = index(path, i);
    const op = goStr(e.operation);
    if (op !== null && op !== 'Apply' && op !== 'Update') {
      out.push(invalidAt(`${p}.operation`, goJSON(op), 'must be `Apply` or `Update`'));
    }
    const ft = goStr(e.fieldsType);
    if (ft !== null && ft !== '' && ft !== 'FieldsV1')
      out.push(invalidAt(`${p}.fieldsType`, goString(ft), 'must be `FieldsV1`'));
    const manager = goStr(e.manager);
    if (manager !== null) validateFieldManager(out, manager, `${p}.manager`);
    const sub = goStr(e.subresource);
    if (sub !== null && utf8Len(sub) > MAX_SUBRESOURCE_NAME_LENGTH) {
      out.push(tooLongAt(`${p}.subresource`, MAX_SUBRESOURCE_NAME_LENGTH));
    }
  }
}

/**
 * core/validation.ValidateObjectMeta(meta, requiresNamespace, NameIsDNSSubdomain, path), the form
 * NetworkPolicy uses. Appends to `out` in upstream order.
 */
export function validateObjectMeta(out: FieldError[], meta: unknown, requiresNamespace: boolean, path: string): void {
  const m: Record<string, unknown> = isRecord(meta) ? meta : {};
  const generateName = goStr(m.generateName) ?? '';
  const name = goStr(m.name) ?? '';
  const namespace = goStr(m.namespace) ?? '';
  if (generateName !== '') {
    for (const msg of nameIsDNSSubdomain(generateName, true)) {
      out.push(invalidAt(child(path, 'generateName'), goString(generateName), msg));
    }
  }
  if (name === '') out.push(requiredAt(child(path, 'name'), 'name or generateName is required'));
  else for (const msg of nameIsDNSSubdomain(name, false)) out.push(invalidAt(child(path, 'name'), goString(name), msg));
  if (requiresNamespace) {
    if (namespace === '') out.push(requiredAt(child(path, 'namespace')));
    else
      for (const msg of isDNS1123Label(namespace))
        out.push(invalidAt(child(path, 'namespace'), goString(namespace), msg));
  } else if (namespace !== '') {
    out.push({
      type: 'FieldValueForbidden',
      field: child(path, 'namespace'),
      badValue: { kind: 'omitted' },
      detail: 'not allowed on this type',
    });
  }
  if (typeof m.generation === 'number' && Number.isInteger(m.generation) && m.generation < 0) {
    out.push(invalidAt(child(path, 'generation'), goNumber(m.generation), 'must be greater than or equal to 0'));
  }
  validateLabels(out, m.labels, child(path, 'labels'));
  validateAnnotations(out, m.annotations, child(path, 'annotations'));
  validateOwnerReferences(out, m.ownerReferences, child(path, 'ownerReferences'));
  validateFinalizers(out, m.finalizers, child(path, 'finalizers'));
  validateManagedFields(out, m.managedFields, child(path, 'managedFields'));
  validateKubeFinalizerNames(out, m.finalizers, child(path, 'finalizers'));
}

export { validateLabelName };
