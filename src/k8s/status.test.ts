// The Status bodies of k8s.io/apimachinery/pkg/api/errors as the apiserver serialises them: exact
// JSON text (field order kind, apiVersion, metadata, status, message, reason, details, code), per
// ../shared/docs/kube-apiserver-networkpolicy.md §7 and errors.go.
import { describe, expect, it } from 'vitest';
import { FieldPath, invalid, goString, required } from './field';
import {
  alreadyExistsStatus,
  badRequestStatus,
  conflictStatus,
  forbiddenStatus,
  generateNameConflictStatus,
  internalErrorStatus,
  invalidStatus,
  methodNotSupportedStatus,
  notAcceptableStatus,
  notFoundStatus,
  requestEntityTooLargeStatus,
  unsupportedMediaTypeStatus,
} from './status';

const NP = { group: 'networking.k8s.io', resource: 'networkpolicies' };
const head = '{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure",';

describe('Status bodies', () => {
  it('422 Invalid: Kind.group "name" is invalid: [a, b], causes in order, name omitted when empty', () => {
    const errs = [
      required(FieldPath.of('spec', 'ingress').index(0).child('from').index(0), 'must specify a peer'),
      required(FieldPath.of('spec', 'egress').index(0).child('to').index(0), 'must specify a peer'),
    ];
    expect(JSON.stringify(invalidStatus({ group: 'networking.k8s.io', kind: 'NetworkPolicy' }, 'foo', errs))).toBe(
      `${head}"message":"NetworkPolicy.networking.k8s.io \\"foo\\" is invalid: [spec.ingress[0].from[0]: Required value: must specify a peer, spec.egress[0].to[0]: Required value: must specify a peer]","reason":"Invalid","details":{"name":"foo","group":"networking.k8s.io","kind":"NetworkPolicy","causes":[{"reason":"FieldValueRequired","message":"Required value: must specify a peer","field":"spec.ingress[0].from[0]"},{"reason":"FieldValueRequired","message":"Required value: must specify a peer","field":"spec.egress[0].to[0]"}]},"code":422}`,
    );
    const noName = invalidStatus({ group: 'networking.k8s.io', kind: 'NetworkPolicy' }, '', [
      required(FieldPath.of('metadata', 'name'), 'name or generateName is required'),
    ]);
    expect(noName.message).toBe(
      'NetworkPolicy.networking.k8s.io "" is invalid: metadata.name: Required value: name or generateName is required',
    );
    expect(noName.details).toEqual({
      group: 'networking.k8s.io',
      kind: 'NetworkPolicy',
      causes: [
        {
          reason: 'FieldValueRequired',
          message: 'Required value: name or generateName is required',
          field: 'metadata.name',
        },
      ],
    });
  });

  it('422 aggregate drops duplicate messages but keeps every cause', () => {
    const e = invalid(FieldPath.of('metadata', 'labels'), goString('a b'), 'x');
    const s = invalidStatus({ group: 'networking.k8s.io', kind: 'NetworkPolicy' }, 'n', [e, e]);
    expect(s.message).toBe('NetworkPolicy.networking.k8s.io "n" is invalid: metadata.labels: Invalid value: "a b": x');
    expect(s.details?.causes).toHaveLength(2);
  });

  it('400 BadRequest has no details', () => {
    expect(
      JSON.stringify(
        badRequestStatus('the namespace of the provided object does not match the namespace sent on the request'),
      ),
    ).toBe(
      `${head}"message":"the namespace of the provided object does not match the namespace sent on the request","reason":"BadRequest","code":400}`,
    );
  });

  it('404 NotFound names the resource, group omitted when empty (core)', () => {
    expect(JSON.stringify(notFoundStatus({ group: '', resource: 'namespaces' }, 'nope'))).toBe(
      `${head}"message":"namespaces \\"nope\\" not found","reason":"NotFound","details":{"name":"nope","kind":"namespaces"},"code":404}`,
    );
    expect(JSON.stringify(notFoundStatus(NP, 'x'))).toBe(
      `${head}"message":"networkpolicies.networking.k8s.io \\"x\\" not found","reason":"NotFound","details":{"name":"x","group":"networking.k8s.io","kind":"networkpolicies"},"code":404}`,
    );
  });

  it('409 AlreadyExists, generated-name collision and Conflict', () => {
    expect(JSON.stringify(alreadyExistsStatus(NP, 'foo'))).toBe(
      `${head}"message":"networkpolicies.networking.k8s.io \\"foo\\" already exists","reason":"AlreadyExists","details":{"name":"foo","group":"networking.k8s.io","kind":"networkpolicies"},"code":409}`,
    );
    expect(JSON.stringify(generateNameConflictStatus(NP, 'web-abcde'))).toBe(
      `${head}"message":"networkpolicies.networking.k8s.io \\"web-abcde\\" already exists, the server was not able to generate a unique name for the object","reason":"AlreadyExists","details":{"name":"web-abcde","group":"networking.k8s.io","kind":"networkpolicies","retryAfterSeconds":1},"code":409}`,
    );
    expect(JSON.stringify(conflictStatus(NP, 'foo'))).toBe(
      `${head}"message":"Operation cannot be fulfilled on networkpolicies.networking.k8s.io \\"foo\\": the object has been modified; please apply your changes to the latest version and try again","reason":"Conflict","details":{"name":"foo","group":"networking.k8s.io","kind":"networkpolicies"},"code":409}`,
    );
  });

  it('413 RequestEntityTooLarge and 415 UnsupportedMediaType', () => {
    expect(JSON.stringify(requestEntityTooLargeStatus(3145728))).toBe(
      `${head}"message":"Request entity too large: limit is 3145728","reason":"RequestEntityTooLarge","code":413}`,
    );
    expect(JSON.stringify(unsupportedMediaTypeStatus())).toBe(
      `${head}"message":"the body of the request was in an unknown format - accepted media types include: application/json, application/yaml, application/vnd.kubernetes.protobuf","reason":"UnsupportedMediaType","code":415}`,
    );
  });

  it('403, 405, 406 and a plain error as 500 with no reason', () => {
    expect(forbiddenStatus(NP, 'x', 'nope')).toMatchObject({
      code: 403,
      reason: 'Forbidden',
      message: 'networkpolicies.networking.k8s.io "x" is forbidden: nope',
    });
    expect(methodNotSupportedStatus(NP, 'deletecollection')).toMatchObject({
      code: 405,
      reason: 'MethodNotAllowed',
      message: 'deletecollection is not supported on resources of kind "networkpolicies.networking.k8s.io"',
      details: { group: 'networking.k8s.io', kind: 'networkpolicies' },
    });
    expect(notAcceptableStatus()).toMatchObject({ code: 406, reason: 'NotAcceptable' });
    expect(JSON.stringify(internalErrorStatus('resourceVersion should not be set on objects to be created'))).toBe(
      `${head}"message":"resourceVersion should not be set on objects to be created","code":500}`,
    );
  });
});
