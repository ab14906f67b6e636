// Status bodies exactly as k8s.io/apimachinery/pkg/api/errors builds them, for the server to send
// and for clients to recognise.
import { errorBody, errorString, type FieldError } from './field';
import type { Status, StatusCause } from './meta';

export interface GroupResource {
  group: string;
  resource: string;
}

export interface GroupKind {
  group: string;
  kind: string;
}

const failure = (code: number, reason: string, message: string, details?: Status['details']): Status => {
  const s: Status = { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message, reason };
  if (details !== undefined) s.details = details;
  s.code = code;
  return s;
};

const qualified = (gr: GroupResource): string => (gr.group === '' ? gr.resource : `${gr.resource}.${gr.group}`);
const qualifiedKind = (gk: GroupKind): string => (gk.group === '' ? gk.kind : `${gk.kind}.${gk.group}`);

/** 422 Invalid, as errors.NewInvalid: causes in order, the message aggregate deduplicated. */
export function invalidStatus(gk: GroupKind, name: string, errs: readonly FieldError[]): Status {
  const causes: StatusCause[] = errs.map((e) => ({ reason: e.type, message: errorBody(e), field: e.field }));
  const details: Status['details'] = {};
  if (name !== '') details.name = name;
  details.group = gk.group;
  details.kind = gk.kind;
  details.causes = causes;
  return failure(
    422,
    'Invalid',
    `${qualifiedKind(gk)} ${JSON.stringify(name)} is invalid: ${aggregate(errs)}`,
    details,
  );
}

/** utilerrors.NewAggregate(...).Error(): one message alone, several as `[a, b]`, duplicates dropped. */
export function aggregate(errs: readonly FieldError[]): string {
  const seen = new Set<string>();
  const msgs: string[] = [];
  for (const e of errs) {
    const s = errorString(e);
    if (!seen.has(s)) {
      seen.add(s);
      msgs.push(s);
    }
  }
  if (msgs.length === 0) return '';
  return msgs.length === 1 ? (msgs[0] ?? '') : `[${msgs.join(', ')}]`;
}

export const notFoundStatus = (gr: GroupResource, name: string): Status =>
  failure(404, 'NotFound', `${qualified(gr)} ${JSON.stringify(name)} not found`, withName(gr, name));

/** 404 for a path no route serves (what the apiserver answers for an unknown URL). */
export const pathNotFoundStatus = (): Status =>
  failure(404, 'NotFound', 'the server could not find the requested resource', {});

export const alreadyExistsStatus = (gr: GroupResource, name: string): Status =>
  failure(409, 'AlreadyExists', `${qualified(gr)} ${JSON.stringify(name)} already exists`, withName(gr, name));

export const generateNameConflictStatus = (gr: GroupResource, name: string): Status => ({
  ...failure(
    409,
    'AlreadyExists',
    `${qualified(gr)} ${JSON.stringify(name)} already exists, the server was not able to generate a unique name for the object`,
    { ...withName(gr, name), retryAfterSeconds: 1 },
  ),
});

/** 409 Conflict for an update with a stale resourceVersion (registry/generic/registry/store.go). */
export const conflictStatus = (gr: GroupResource, name: string): Status =>
  failure(
    409,
    'Conflict',
    `Operation cannot be fulfilled on ${qualified(gr)} ${JSON.stringify(name)}: the object has been modified; please apply your changes to the latest version and try again`,
    withName(gr, name),
  );

export const badRequestStatus = (message: string): Status => failure(400, 'BadRequest', message);

export const unsupportedMediaTypeStatus = (): Status =>
  failure(
    415,
    'UnsupportedMediaType',
    'the body of the request was in an unknown format - accepted media types include: application/json, application/yaml, application/vnd.kubernetes.protobuf',
  );

/** negotiation.errNotAcceptable: names the media types the serializers offer. */
export const notAcceptableStatus = (
  accepted: readonly string[] = ['application/json', 'application/yaml', 'application/vnd.kubernetes.protobuf'],
): Status => failure(406, 'NotAcceptable', `only the following media types are accepted: ${accepted.join(', ')}`);

export const requestEntityTooLargeStatus = (limit: number): Status =>
  failure(413, 'RequestEntityTooLarge', `Request entity too large: limit is ${limit}`);

export const methodNotSupportedStatus = (gr: GroupResource, verb: string): Status =>
  failure(405, 'MethodNotAllowed', `${verb} is not supported on resources of kind ${JSON.stringify(qualified(gr))}`, {
    group: gr.group,
    kind: gr.resource,
  });

export const forbiddenStatus = (gr: GroupResource, name: string, message: string): Status =>
  failure(403, 'Forbidden', `${qualified(gr)} ${JSON.stringify(name)} is forbidden: ${message}`, withName(gr, name));

/** A plain error that is not an API status surfaces as 500 with no reason (e.g. resourceVersion on create). */
export const internalErrorStatus = (message: string): Status => {
  const s: Status = { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message, code: 500 };
  return s;
};

export const successStatus = (details?: Status['details']): Status => {
  const s: Status = { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Success' };
  if (details !== undefined) s.details = details;
  return s;
};

function withName(gr: GroupResource, name: string): Status['details'] {
  const d: Status['details'] = {};
  if (name !== '') d.name = name;
  if (gr.group !== '') d.group = gr.group;
  d.kind = gr.resource;
  return d;
}
