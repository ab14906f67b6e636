// Through the bridge against an HTTPS "remote cluster": create, list, update with a 409 Conflict,
// delete and watch a NetworkPolicy, with Status bodies and Warning headers passed through.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request } from './testing/harness';
import { startFixture, type Fixture } from './testing/fixture';

const NP = '/clusters/prod/apis/networking.k8s.io/v1/namespaces/default/networkpolicies';
let fx: Fixture;

beforeAll(async () => {
  fx = await startFixture();
});
afterAll(async () => {
  await fx.close();
});

const policy = (name: string, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  apiVersion: 'networking.k8s.io/v1',
  kind: 'NetworkPolicy',
  metadata: { name, ...extra },
  spec: { podSelector: {} },
});

describe('bridge: NetworkPolicy lifecycle on a remote cluster', () => {
  it('creates, lists, updates with a conflict, and deletes', async () => {
    const port = fx.bridge.port;
    const withUnknownField = { ...policy('deny-all'), spec: { podSelector: {}, foo: 1 } };
    const created = await request(port, 'POST', NP, { body: withUnknownField });
    expect(created.status).toBe(201);
    expect(created.headers['content-type']).toBe('application/json');
    expect(created.headers.warning).toBe('299 - "unknown field \\"spec.foo\\""');
    const obj = created.json<{ metadata: { resourceVersion: string; namespace: string } }>();
    expect(obj.metadata.namespace).toBe('default');

    const list = await request(port, 'GET', `${NP}?limit=10`);
    expect(list.status).toBe(200);
    expect(list.json<{ items: { metadata: { name: string } }[] }>().items.map((i) => i.metadata.name)).toEqual([
      'deny-all',
    ]);
    expect(fx.remote.seen.at(-1)?.url).toBe('/apis/networking.k8s.io/v1/namespaces/default/networkpolicies?limit=10');

    const stale = await request(port, 'PUT', `${NP}/deny-all`, { body: policy('deny-all', { resourceVersion: '1' }) });
    expect(stale.status).toBe(409);
    expect(stale.json()).toMatchObject({ kind: 'Status', reason: 'Conflict', code: 409 });
    expect(stale.json<{ message: string }>().message).toContain('the object has been modified');

    const updated = await request(port, 'PUT', `${NP}/deny-all`, {
      body: policy('deny-all', { resourceVersion: obj.metadata.resourceVersion, labels: { a: 'b' } }),
    });
    expect(updated.status).toBe(200);
    expect(updated.json<{ metadata: { resourceVersion: string } }>().metadata.resourceVersion).not.toBe(
      obj.metadata.resourceVersion,
    );

    const deleted = await request(port, 'DELETE', `${NP}/deny-all`);
    expect(deleted.status).toBe(200);
    const gone = await request(port, 'GET', `${NP}/deny-all`);
    expect(gone.status).toBe(404);
    expect(gone.json()).toMatchObject({ kind: 'Status', reason: 'NotFound', code: 404 });
  });

  it('authenticates with the kubeconfig token and drops the browser credentials and cookies', async () => {
    const r = await request(fx.bridge.port, 'GET', '/clusters/prod/version', {
      headers: {
        Authorization: 'Bearer from-the-browser',
        Cookie: 'session=abc',
        'Impersonate-User': 'admin',
        Connection: 'keep-alive',
      },
    });
    expect(r.status).toBe(200);
    const seen = fx.remote.seen.at(-1);
    expect(seen?.headers.authorization).toBe(`Bearer ${fx.token}`);
    expect(seen?.headers.cookie).toBeUndefined();
    expect(seen?.headers['impersonate-user']).toBeUndefined();
  });

  it('streams a watch and stops the remote request when the browser goes away', async () => {
    const port = fx.bridge.port;
    await request(port, 'POST', NP, { body: policy('watched') });
    const { default: http } = await import('node:http');
    const first = await new Promise<string>((resolve, reject) => {
      const req = http.get(
        { host: '127.0.0.1', port, path: `${NP}?watch=true`, headers: { Host: fx.bridge.host } },
        (res) => {
          res.once('data', (c: Buffer) => {
            resolve(c.toString('utf8'));
            req.destroy();
          });
        },
      );
      req.on('error', reject);
    });
    expect(JSON.parse(first.split('\n')[0] ?? '')).toMatchObject({
      type: 'ADDED',
      object: { metadata: { name: 'watched' } },
    });
    for (let i = 0; i < 100 && fx.remote.open() > 0; i++) await new Promise((r) => setTimeout(r, 20));
    expect(fx.remote.open()).toBe(0);
  });

  it('passes the remote 404 Status through for an unknown object', async () => {
    const r = await request(fx.bridge.port, 'GET', `${NP}/nope`);
    expect(r.status).toBe(404);
    expect(r.json()).toMatchObject({ kind: 'Status', reason: 'NotFound', details: { name: 'nope' } });
  });

  it('hands /clusters/demo/... to the demo cluster with the prefix stripped', async () => {
    const before = fx.remote.seen.length;
    const r = await request(fx.bridge.port, 'GET', '/clusters/demo/api/v1/namespaces?limit=1');
    expect(r.json()).toEqual({ demo: true, url: '/api/v1/namespaces?limit=1' });
    expect((await request(fx.bridge.port, 'GET', '/clusters/demo')).json()).toEqual({ demo: true, url: '/' });
    expect(fx.remote.seen.length).toBe(before);
  });

  it('serves a context whose name has ":" and "/" (EKS style) under its URL-encoded name', async () => {
    const name = encodeURIComponent('arn:aws:eks:eu-west-1:123456789012:cluster/shop');
    const r = await request(fx.bridge.port, 'GET', `/clusters/${name}/api/v1/namespaces`);
    expect(r.status).toBe(200);
    expect(fx.remote.seen.at(-1)?.url).toBe('/api/v1/namespaces');
  });
});
