import { describe, it, expect } from 'vitest';
import { FieldPath, errorBody, goNumber, invalid, required } from '../../../k8s/field';
import { invalidStatus } from '../../../k8s/status';
import { mergeErrors, statusToFieldErrors } from './server-errors';

const gk = { group: 'networking.k8s.io', kind: 'NetworkPolicy' };
const portPath = FieldPath.of('spec', 'ingress').index(0).child('ports').index(0).child('port');

describe('statusToFieldErrors', () => {
  it('maps every cause to a server-marked error whose message is the cause message', () => {
    const errs = [
      invalid(portPath, goNumber(70000), 'must be between 1 and 65535, inclusive'),
      required(FieldPath.of('metadata', 'name'), 'name or generateName is required'),
      required(FieldPath.of('spec', 'podSelector')),
    ];
    const status = invalidStatus(gk, 'x', errs);
    const mapped = statusToFieldErrors(status);
    expect(mapped.map((e) => e.field)).toEqual(['spec.ingress[0].ports[0].port', 'metadata.name', 'spec.podSelector']);
    expect(mapped.map((e) => e.type)).toEqual(['FieldValueInvalid', 'FieldValueRequired', 'FieldValueRequired']);
    expect(mapped.map(errorBody)).toEqual(status.details?.causes?.map((c) => c.message));
    expect(mapped.every((e) => e.origin === 'server')).toBe(true);
  });

  it('skips causes without a field and tolerates no status', () => {
    expect(statusToFieldErrors(undefined)).toEqual([]);
    const s = invalidStatus(gk, 'x', [required(FieldPath.of('spec'))]);
    s.details?.causes?.push({ reason: 'FieldValueInvalid', message: 'm' });
    expect(statusToFieldErrors(s)).toHaveLength(1);
  });

  it('falls back to Invalid for an unknown reason', () => {
    const [e] = statusToFieldErrors({
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      details: { causes: [{ reason: 'FieldValueSomethingNew', message: 'odd', field: 'spec.x' }] },
    });
    expect(e?.type).toBe('FieldValueInvalid');
    expect(e?.field).toBe('spec.x');
  });
});

describe('mergeErrors', () => {
  it('keeps client errors first and drops server duplicates', () => {
    const client = [required(FieldPath.of('metadata', 'name'))];
    const server = statusToFieldErrors(
      invalidStatus(gk, 'x', [required(FieldPath.of('metadata', 'name')), required(FieldPath.of('spec', 'x'))]),
    );
    const merged = mergeErrors(client, server);
    expect(merged.map((e) => e.field)).toEqual(['metadata.name', 'spec.x']);
    expect(merged[1]?.origin).toBe('server');
    expect(mergeErrors(client, [])).toBe(client);
  });
});
