// Reads of namespaces and pods as the editor and kubectl use them: get by name (or the NotFound
// Status), lists per namespace and across all, labelSelector and fieldSelector (metadata.name and
// the pod fields the apiserver supports), and a bad selector as a 400 Status.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request, startTestServer, type TestServer } from './test-support';

let srv: TestServer;
beforeAll(async () => {
  srv = await startTestServer();
});
afterAll(async () => {
  await srv.close();
});

type Rec = Record<string, unknown>;
const names = (r: { json: unknown }) =>
  (r.json as { items: { metadata: { name: string } }[] }).items.map((i) => i.metadata.name);

describe('namespaces and pods: reads', () => {
  it('GET one namespace and one pod; a missing one is the NotFound Status', async () => {
    const ns = await request(srv.url, '/api/v1/namespaces/shop');
    expect(ns.status).toBe(200);
    expect(ns.json).toMatchObject({ kind: 'Namespace', apiVersion: 'v1', metadata: { name: 'shop' } });
    const pod = await request(srv.url, '/api/v1/namespaces/data/pods/redis-0');
    expect(pod.status).toBe(200);
    expect(pod.json).toMatchObject({ kind: 'Pod', metadata: { name: 'redis-0', namespace: 'data' } });
    expect(((pod.json as Rec).status as Rec).podIP).toMatch(/^10\.244\./);
    expect((await request(srv.url, '/api/v1/namespaces/shop/pods/redis-0')).json).toEqual({
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Failure',
      message: 'pods "redis-0" not found',
      reason: 'NotFound',
      details: { name: 'redis-0', kind: 'pods' },
      code: 404,
    });
  });

  it('lists pods per namespace and across all, as PodList, with label and field selectors', async () => {
    const data = await request(srv.url, '/api/v1/namespaces/data/pods');
    expect(data.json).toMatchObject({ kind: 'PodList', apiVersion: 'v1' });
    expect(names(data)).toEqual(['postgres-0', 'redis-0']);
    const all = names(await request(srv.url, '/api/v1/pods'));
    expect(all).toEqual(expect.arrayContaining(['postgres-0', 'redis-0', 'prometheus-0']));
    expect(names(await request(srv.url, '/api/v1/pods?fieldSelector=metadata.name%3Dredis-0'))).toEqual(['redis-0']);
    expect(
      names(await request(srv.url, '/api/v1/pods?fieldSelector=metadata.namespace%3Ddata,status.phase%3DRunning')),
    ).toEqual(['postgres-0', 'redis-0']);
    expect(names(await request(srv.url, '/api/v1/namespaces/shop/pods?labelSelector=app%3Dcart'))).toHaveLength(1);
    expect(names(await request(srv.url, '/api/v1/namespaces?fieldSelector=metadata.name%3Dpayments'))).toEqual([
      'payments',
    ]);
    expect(names(await request(srv.url, '/api/v1/namespaces?labelSelector=compliance'))).toEqual(['payments']);
  });

  it('an unparsable labelSelector or an unknown pod field is a 400 BadRequest Status', async () => {
    for (const q of ['labelSelector=app%20in%20(a', 'fieldSelector=spec.foo%3Dx']) {
      const r = await request(srv.url, `/api/v1/pods?${q}`);
      expect([q, r.status]).toEqual([q, 400]);
      expect(r.json).toMatchObject({ kind: 'Status', status: 'Failure', reason: 'BadRequest', code: 400 });
    }
    expect((await request(srv.url, '/api/v1/pods?fieldSelector=spec.foo%3Dx')).json).toMatchObject({
      message: 'field label not supported: spec.foo',
    });
  });
});
