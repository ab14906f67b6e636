// Connection states from real transport outcomes (fake fetch through apiRequest).
import { describe, expect, it } from 'vitest';
import { apiRequest } from '../../../lib/api-client';
import {
  connectionFromError,
  connectionFromVersion,
  describeConnection,
  failureOf,
  versionLabel,
} from './connection-state';

const status = (code: number, reason: string, message: string) =>
  JSON.stringify({ kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message, reason, code });

function answer(code: number, body: string): typeof fetch {
  return (async () =>
    new Response(body, { status: code, headers: { 'content-type': 'application/json' } })) as typeof fetch;
}

async function errorOf(f: typeof fetch): Promise<unknown> {
  try {
    await apiRequest('/clusters/remote/version', { fetch: f });
  } catch (err) {
    return err;
  }
  throw new Error('the request did not fail');
}

describe('connection state', () => {
  it('says Connected with major.minor', async () => {
    const res = await apiRequest('/clusters/demo/version', {
      fetch: answer(200, JSON.stringify({ major: '1', minor: '33', gitVersion: 'v1.33.2' })),
    });
    expect(describeConnection(connectionFromVersion(res.body))).toBe('Connected (v1.33)');
  });

  it('maps 401 to credentials rejected with the server message', async () => {
    const err = await errorOf(answer(401, status(401, 'Unauthorized', 'Unauthorized')));
    expect(describeConnection(connectionFromError(err))).toBe('Credentials rejected (401): Unauthorized');
  });

  it('maps 403 to forbidden with the server message', async () => {
    const msg = 'networkpolicies.networking.k8s.io "x" is forbidden: User "viewer" cannot create resource';
    const err = await errorOf(answer(403, status(403, 'Forbidden', msg)));
    expect(failureOf(err)).toEqual({ kind: 'forbidden', code: 403, message: msg });
    expect(describeConnection(connectionFromError(err))).toBe(`Forbidden (403): ${msg}`);
  });

  it('maps the bridge 502 and 504 to unreachable', async () => {
    const msg = 'Could not reach cluster "remote-down" at https://127.0.0.1:1: connect ECONNREFUSED 127.0.0.1:1';
    const e502 = await errorOf(answer(502, status(502, 'ServiceUnavailable', msg)));
    expect(describeConnection(connectionFromError(e502))).toBe(`Unreachable: ${msg}`);
    const e504 = await errorOf(answer(504, status(504, 'Timeout', 'no answer within 30s')));
    expect(failureOf(e504).kind).toBe('unreachable');
  });

  it('maps a request that never got an answer to unreachable', async () => {
    const err = await errorOf((async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch);
    expect(describeConnection(connectionFromError(err))).toBe(
      'Unreachable: the NetworkPolicy Studio server did not answer (Failed to fetch)',
    );
  });

  it('keeps other codes as plain failures, with the body when it is not a Status', async () => {
    const err = await errorOf(answer(500, 'boom'));
    expect(failureOf(err)).toEqual({ kind: 'other', code: 500, message: 'boom' });
  });
});

describe('versionLabel', () => {
  it('handles provider minors and missing fields', () => {
    expect(versionLabel({ major: '1', minor: '28+', gitVersion: 'v1.28.3-eks' })).toBe('v1.28');
    expect(versionLabel({ gitVersion: 'v1.30.0' })).toBe('v1.30.0');
    expect(versionLabel('nope')).toBe('unknown version');
  });
});
