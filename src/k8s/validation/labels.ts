// Label and label-selector validation (apimachinery apis/meta/v1/validation). Inputs are decoded
// JSON: a value of the wrong JSON type is skipped here (the decode layer reports it), a null string
// is Go's zero value "". Maps are walked in insertion order (Go's order is random).
import { goJSON, goString } from '../field';
import { forbiddenAt, index, invalidAt, requiredAt, type FieldError } from './errors';
import { isQualifiedName, isValidLabelValue } from './strings';

export interface LabelSelectorValidationOptions {
  /** Only true for updates of objects that already hold invalid values; always false on create. */
  allowInvalidLabelValueInSelector?: boolean;
}

import { isRecord } from '../json';

// Re-exported for the validators that already import it from here.
export { isRecord };

/** ValidateLabelName: qualified-name errors at `path` (no key in the path). */
export function validateLabelName(out: FieldError[], name: string, path: string): void {
  const msgs = isQualifiedName(name);
  for (const m of msgs) out.push(invalidAt(path, goString(name), m));
}

/** ValidateLabels: key and value errors, all at the map's own path. */
export function validateLabels(out: FieldError[], labels: unknown, path: string): void {
  if (!isRecord(labels)) return;
  for (const k in labels) {
    const v = labels[k];
    if (v !== null && typeof v !== 'string') continue;
    validateLabelName(out, k, path);
    const value = v ?? '';
    const msgs = isValidLabelValue(value);
    for (const m of msgs) out.push(invalidAt(path, goString(value), m));
  }
}

/** ValidateLabelSelectorRequirement. */
export function validateLabelSelectorRequirement(
  out: FieldError[],
  req: Record<string, unknown>,
  opts: LabelSelectorValidationOptions,
  path: string,
): void {
  const op =
    typeof req.operator === 'string' ? req.operator : req.operator === null || req.operator === undefined ? '' : null;
  const values = Array.isArray(req.values) ? req.values : null;
  const nValues = values === null ? 0 : values.length;
  if (op !== null) {
    if (op === 'In' || op === 'NotIn') {
      if (nValues === 0) out.push(requiredAt(`${path}.values`, "must be specified when `operator` is 'In' or 'NotIn'"));
    } else if (op === 'Exists' || op === 'DoesNotExist') {
      if (nValues > 0) {
        out.push(forbiddenAt(`${path}.values`, "may not be specified when `operator` is 'Exists' or 'DoesNotExist'"));
      }
    } else {
      // LabelSelectorOperator is a named string type: json.Marshal renders it.
      out.push(invalidAt(`${path}.operator`, goJSON(op), 'not a valid selector operator'));
    }
  }
  const key = typeof req.key === 'string' ? req.key : req.key === null || req.key === undefined ? '' : null;
  if (key !== null) validateLabelName(out, key, `${path}.key`);
  if (!opts.allowInvalidLabelValueInSelector && values !== null) {
    for (let i = 0; i < values.length; i++) {
      const raw = values[i];
      if (raw !== null && typeof raw !== 'string') continue;
      const value = raw ?? '';
      const msgs = isValidLabelValue(value);
      for (const m of msgs) out.push(invalidAt(index(`${path}.values`, i), goString(value), m));
    }
  }
}

/** ValidateLabelSelector (a nil selector is valid). */
export function validateLabelSelector(
  out: FieldError[],
  sel: unknown,
  opts: LabelSelectorValidationOptions,
  path: string,
): void {
  if (!isRecord(sel)) return;
  if (sel.matchLabels !== undefined && sel.matchLabels !== null)
    validateLabels(out, sel.matchLabels, `${path}.matchLabels`);
  const exprs = sel.matchExpressions;
  if (!Array.isArray(exprs)) return;
  for (let i = 0; i < exprs.length; i++) {
    const e: unknown = exprs[i];
    if (e === null) validateLabelSelectorRequirement(out, {}, opts, index(`${path}.matchExpressions`, i));
    else if (isRecord(e)) validateLabelSelectorRequirement(out, e, opts, index(`${path}.matchExpressions`, i));
  }
}
