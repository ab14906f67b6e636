// Field-error constructors over plain string paths. The validators build paths as strings
// ("spec.ingress[0]") because the hot path must stay allocation-light; the results are the same
// FieldError values that src/k8s/field.ts constructors produce.
import { goQuote, omitted, type BadValue, type FieldError } from '../field';

export type { BadValue, FieldError };

export const requiredAt = (field: string, detail = ''): FieldError => ({
  type: 'FieldValueRequired',
  field,
  badValue: omitted,
  detail,
});

export const invalidAt = (field: string, badValue: BadValue, detail: string): FieldError => ({
  type: 'FieldValueInvalid',
  field,
  badValue,
  detail,
});

export const forbiddenAt = (field: string, detail: string): FieldError => ({
  type: 'FieldValueForbidden',
  field,
  badValue: omitted,
  detail,
});

export const notSupportedAt = (field: string, badValue: BadValue, valid: readonly string[]): FieldError => ({
  type: 'FieldValueNotSupported',
  field,
  badValue,
  detail: valid.length > 0 ? `supported values: ${valid.map((v) => goQuote(v)).join(', ')}` : '',
});

export const tooLongAt = (field: string, max: number): FieldError => ({
  type: 'FieldValueTooLong',
  field,
  badValue: omitted,
  detail: max === 1 ? 'may not be more than 1 byte' : `may not be more than ${max} bytes`,
});

export const typeInvalidAt = (field: string, badValue: BadValue, detail: string): FieldError => ({
  type: 'FieldValueTypeInvalid',
  field,
  badValue,
  detail,
});

/** Path helpers: `child('spec', 'ingress')` = "spec.ingress", `index('spec.ingress', 0)` = "spec.ingress[0]". */
export const child = (path: string, name: string): string => (path === '' ? name : `${path}.${name}`);
export const index = (path: string, i: number): string => `${path}[${i}]`;
