// Hostile bodies and clients: nesting at and past Go's 10,000-level decode limit, YAML alias bombs,
// and clients that stall mid-request. Each gets a Status (never a 500 or a dead server), and a
// stalled client neither blocks others nor holds its connection past the request time limit.
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from './app';
import { createHttpServer } from './http-server';
import { loadSeedFile } from './seed';
import { Store } from './store';
import { NP_PATH, postPolicy, request, startTestServer, type TestServer } from './test-support';

let srv: TestServer;
beforeAll(async () => {
  srv = await startTestServer();
});
afterAll(async () => {
  await srv.close();
});

const nested = (depth: number): string => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
const withFoo = (name: string, foo: string): string =>
  `{"apiVersion":"networking.k8s.io/v1","kind":"NetworkPolicy","metadata":{"name":"${name}"},"spec":{"podSelector":{},"foo":${foo}}}`;
const messageOf = (r: { json: unknown }): string => (r.json as { message?: string }).message ?? '';

describe('nesting limits, as encoding/json (maxNestingDepth 10000)', () => {
  it('a body nested deeper than 10,000 levels is a 400 "exceeded max depth", valid JSON or not', async () => {
    const deep = withFoo('too-deep', nested(10_001));
    const r = await postPolicy(srv.url, 'default', deep);
    expect(r.status).toBe(400);
    expect(messageOf(r)).toBe(
      'the object provided is unrecognized (must be of type NetworkPolicy): couldn\'t get version/kind; json parse error: exceeded max depth ({"apiVersion":"networking.k8s. ...)',
    );
    const arrays = await postPolicy(srv.url, 'default', `${'['.repeat(20_000)}${']'.repeat(20_000)}`);
    expect(arrays.status).toBe(400);
    expect(messageOf(arrays)).toContain('json parse error: exceeded max depth (5b5b5b');
  });

  it('just under the limit it decodes: the unknown field warns (Warn), fails (Strict) or is dropped (Ignore)', async () => {
    const body = (n: string) => withFoo(n, nested(9_990));
    const warn = await postPolicy(srv.url, 'default', body('deep-warn'));
    expect(warn.status).toBe(201);
    expect(warn.headers.warning).toBe('299 - "unknown field \\"spec.foo\\""');
    expect((warn.json as { spec: unknown }).spec).toEqual({ podSelector: {}, policyTypes: ['Ingress'] });
    const strict = await postPolicy(srv.url, 'default', body('deep-strict'), '?fieldValidation=Strict');
    expect(strict.status).toBe(400);
    expect(messageOf(strict)).toContain('strict decoding error: unknown field "spec.foo"');
    const ignore = await postPolicy(srv.url, 'default', body('deep-ignore'), '?fieldValidation=Ignore');
    expect(ignore.status).toBe(201);
  });

  it('patches: 200 just under the limit for every patch type, 400 past it', async () => {
    expect((await postPolicy(srv.url, 'default', withFoo('deep-patch', '1'))).status).toBe(201);
    const url = `${NP_PATH}/default/networkpolicies/deep-patch`;
    const patch = (type: string, text: string) =>
      request(srv.url, url, { method: 'PATCH', headers: { 'Content-Type': `application/${type}` }, body: text });
    for (const [type, text] of [
      ['merge-patch+json', (d: number) => `{"metadata":{"labels":{"a":"b"}},"spec":{"x":${nested(d)}}}`],
      ['strategic-merge-patch+json', (d: number) => `{"spec":{"x":${nested(d)}}}`],
      ['json-patch+json', (d: number) => `[{"op":"add","path":"/spec/x","value":${nested(d)}}]`],
    ] as const) {
      const ok = await patch(type, text(9_990));
      expect([type, ok.status]).toEqual([type, 200]);
      expect((ok.json as { spec: unknown }).spec).toEqual({ podSelector: {}, policyTypes: ['Ingress'] });
      const deep = await patch(type, text(10_001));
      expect([type, deep.status, messageOf(deep)]).toEqual([type, 400, 'exceeded max depth']);
    }
  });

  it('YAML: an alias bomb and very deep nesting are 400s, as go-yaml refuses them', async () => {
    const levels = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'];
    const bomb = levels
      .map(
        (l, i) =>
          `${l}: &${l} [${
            i === 0
              ? '"lol","lol","lol","lol","lol","lol","lol","lol","lol"'
              : Array(9)
                  .fill(`*${levels[i - 1] ?? ''}`)
                  .join(',')
          }]`,
      )
      .join('\n');
    const yaml = { 'Content-Type': 'application/yaml' };
    const r = await postPolicy(srv.url, 'default', `${bomb}\n`, '', yaml);
    expect(r.status).toBe(400);
    expect(messageOf(r)).toContain('error converting YAML to JSON: yaml: document contains excessive aliasing');
    const deep = await postPolicy(srv.url, 'default', `spec: ${'['.repeat(12_000)}${']'.repeat(12_000)}\n`, '', yaml);
    expect(deep.status).toBe(400);
    expect(messageOf(deep)).toContain('error converting YAML to JSON: yaml: exceeded max depth of 10000');
    expect((await request(srv.url, '/version')).status).toBe(200);
  });
});

describe('slow clients', () => {
  it('a request that stalls mid-body blocks no one and is closed once the request time limit passes', async () => {
    const store = Store.inMemory(loadSeedFile());
    const server = createHttpServer(createApp(store), { requestTimeoutMs: 1_000, checkIntervalMs: 100 });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const port = (server.address() as AddressInfo).port;
    try {
      const sock = net.connect(port, '127.0.0.1');
      let received = '';
      sock.on('data', (c: Buffer) => (received += c.toString()));
      const closed = new Promise<void>((r) => sock.on('close', () => r()));
      sock.on('error', () => undefined);
      await new Promise<void>((r) => sock.on('connect', () => r()));
      // Promises 1000 bytes, sends 10, then nothing.
      sock.write(
        `POST ${NP_PATH}/default/networkpolicies HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"kind":"`,
      );
      const other = await request(`http://127.0.0.1:${port}`, '/version');
      expect(other.status).toBe(200);
      // Generous upper bound for a loaded machine; the limit itself is 1 s.
      const deadline = new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), 30_000).unref());
      expect(await Promise.race([closed.then(() => 'closed' as const), deadline])).toBe('closed');
      expect(received).toMatch(/^HTTP\/1\.1 408 /);
    } finally {
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
      await store.close();
    }
  }, 60_000);
});
