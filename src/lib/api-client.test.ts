import { describe, it, expect } from 'vitest';
import { ApiNetworkError, ApiStatusError, apiRequest, buildUrl } from './api-client';

function fakeFetch(status: number, body: string, statusText = ''): typeof fetch {
  return (async () =>
    new Response(body, { status, statusText, headers: { 'content-type': 'application/json' } })) as typeof fetch;
}

function clock(...times: number[]): () => number {
  let i = 0;
  return () => times[Math.min(i++, times.length - 1)] ?? 0;
}

describe('buildUrl', () => {
  it('drops undefined params and encodes the rest', () => {
    expect(buildUrl('/a', { dryRun: 'All', pretty: undefined })).toBe('/a?dryRun=All');
    expect(buildUrl('/a', {})).toBe('/a');
    expect(buildUrl('/a', { x: 'a b' })).toBe('/a?x=a+b');
  });
});

describe('apiRequest', () => {
  it('resolves 2xx with the parsed body, the reason phrase and the time taken', async () => {
    const res = await apiRequest<{ kind: string }>('/x', {
      fetch: fakeFetch(201, '{"kind":"NetworkPolicy"}'),
      now: clock(10, 35),
    });
    expect(res.status).toBe(201);
    expect(res.reason).toBe('Created');
    expect(res.body?.kind).toBe('NetworkPolicy');
    expect(res.durationMs).toBe(25);
    expect(res.text).toBe('{"kind":"NetworkPolicy"}');
  });

  it('reads repeated Warning headers (joined by fetch) into their texts, on success and on failure', async () => {
    const headers = new Headers({ 'content-type': 'application/json' });
    headers.append('Warning', '299 - "unknown field \\"spec.foo\\""');
    headers.append('Warning', '299 - "spec.ingress[0].from[0].ipBlock.cidr: IPv6, see \\"x\\""');
    const warned = (async () => new Response('{}', { status: 201, headers })) as typeof fetch;
    const res = await apiRequest('/x', { fetch: warned });
    expect(res.warnings).toEqual(['unknown field "spec.foo"', 'spec.ingress[0].from[0].ipBlock.cidr: IPv6, see "x"']);
    const plain = await apiRequest('/x', { fetch: fakeFetch(200, '{}') });
    expect(plain.warnings).toEqual([]);
    const failing = (async () => new Response('{}', { status: 422, headers })) as typeof fetch;
    const err = await apiRequest('/x', { fetch: failing }).catch((e: unknown) => e);
    expect(err instanceof ApiStatusError && err.response.warnings.length).toBe(2);
  });

  it('keeps the server reason phrase when one is sent', async () => {
    const res = await apiRequest('/x', { fetch: fakeFetch(200, '{}', 'Fine') });
    expect(res.reason).toBe('Fine');
  });

  it('rejects a Status failure with a typed error carrying the Status and the whole response', async () => {
    const status = {
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Failure',
      message: 'networkpolicies.networking.k8s.io "a" already exists',
      reason: 'AlreadyExists',
      code: 409,
    };
    const err = await apiRequest('/x', {
      method: 'POST',
      body: {},
      fetch: fakeFetch(409, JSON.stringify(status)),
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiStatusError);
    const e = err as ApiStatusError;
    expect(e.status?.reason).toBe('AlreadyExists');
    expect(e.response.status).toBe(409);
    expect(e.response.reason).toBe('Conflict');
    expect(e.message).toContain('already exists');
  });

  it('rejects a non-Status failure body with status undefined', async () => {
    const err = await apiRequest('/x', { fetch: fakeFetch(500, 'boom') }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiStatusError);
    expect((err as ApiStatusError).status).toBeUndefined();
    expect((err as ApiStatusError).response.text).toBe('boom');
  });

  it('turns a fetch failure into ApiNetworkError', async () => {
    const failing = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    const err = await apiRequest('/x', { fetch: failing }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiNetworkError);
    expect((err as ApiNetworkError).message).toBe('Failed to fetch');
  });

  it('sends JSON with the method and content type', async () => {
    let seen: RequestInit | undefined;
    const spy = (async (_u: string, init?: RequestInit) => {
      seen = init;
      return new Response('{}', { status: 200 });
    }) as typeof fetch;
    await apiRequest('/x', { method: 'POST', body: { a: 1 }, fetch: spy });
    expect(seen?.method).toBe('POST');
    expect(seen?.body).toBe('{"a":1}');
    expect((seen?.headers as Record<string, string>)['Content-Type']).toBe('application/json');
  });
});
