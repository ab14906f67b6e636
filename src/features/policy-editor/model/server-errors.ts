// Maps a Status failure's causes onto field errors, so server answers show beside form fields
// and as markers exactly as client-side errors do.
import { errorBody, omitted, type FieldError, type FieldErrorType } from '../../../k8s/field';
import type { Status } from '../../../k8s/meta';

/** A field error as the editor shows it; `origin: 'server'` marks those from the last answer. */
export interface EditorFieldError extends FieldError {
  readonly origin?: 'server';
}

const TYPES: readonly FieldErrorType[] = [
  'FieldValueNotFound',
  'FieldValueRequired',
  'FieldValueDuplicate',
  'FieldValueInvalid',
  'FieldValueNotSupported',
  'FieldValueForbidden',
  'FieldValueTooLong',
  'FieldValueTooMany',
  'FieldValueTypeInvalid',
  'InternalError',
];

const isType = (r: string | undefined): r is FieldErrorType => TYPES.includes(r as FieldErrorType);

/** The label errorBody starts with for a type ("Invalid value", "Required value", ...). */
const labelOf = (type: FieldErrorType): string => errorBody({ type, field: '', badValue: omitted, detail: '' });

/**
 * One error per cause that names a field. The cause message is ErrorBody() of the server's error,
 * so the detail is chosen such that errorBody() of the result gives the server's message back.
 */
export function statusToFieldErrors(status: Status | undefined): EditorFieldError[] {
  const out: EditorFieldError[] = [];
  for (const cause of status?.details?.causes ?? []) {
    if (cause.field === undefined || cause.field === '') continue;
    const message = cause.message ?? '';
    const type: FieldErrorType = isType(cause.reason) ? cause.reason : 'FieldValueInvalid';
    const label = labelOf(type);
    let detail = message;
    if (message === label) detail = '';
    else if (message.startsWith(`${label}: `)) detail = message.slice(label.length + 2);
    out.push({ type, field: cause.field, badValue: omitted, detail, origin: 'server' });
  }
  return out;
}

/** Client errors first, then the server's, minus server errors that say the same as a client one. */
export function mergeErrors(
  client: readonly FieldError[],
  server: readonly EditorFieldError[],
): readonly EditorFieldError[] {
  if (server.length === 0) return client;
  const seen = new Set(client.map((e) => `${e.field}\u0000${errorBody(e)}`));
  return [...client, ...server.filter((e) => !seen.has(`${e.field}\u0000${errorBody(e)}`))];
}
