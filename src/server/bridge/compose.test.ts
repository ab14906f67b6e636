// The bridge composed with the real demo cluster exactly as main.ts should do it
// (createApp(store, { before: createBridgeBefore(...) })): the demo answers at the root and under
// /clusters/demo, a kubeconfig context under /clusters/prod, and the guard covers all of them.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { Store } from '../store';
import { createBridgeBefore } from './compose';
import { loadClusters, type ClusterRegistry } from './registry';
import { servedHosts } from './security';
import { request } from './testing/harness';
import { startFixture, type Fixture } from './testing/fixture';

let fx: Fixture;
let registry: ClusterRegistry;
let server: http.Server;
let port: number;
const logs: string[] = [];

beforeAll(async () => {
  fx = await startFixture();
  registry = await loadClusters({ kubeconfigPath: fx.kubeconfigPath, context: 'prod', env: {} });
  let hosts: string[] = [];
  const store = Store.inMemory([{ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'default' } }]);
  const before = createBridgeBefore(registry, {
    allowedHosts: () => hosts,
    logger: { info: (m) => logs.push(m), warn: (m) => logs.push(m) },
  });
  server = http.createServer(createApp(store, { before }));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  port = (server.address() as AddressInfo).port;
  hosts = servedHosts('127.0.0.1', port);
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((r) => server.close(() => r()));
  registry.close();
  await fx.close();
});

const NP = 'apis/networking.k8s.io/v1/namespaces/default/networkpolicies';
const body = (name: string) => ({
  apiVersion: 'networking.k8s.io/v1',
  kind: 'NetworkPolicy',
  metadata: { name },
  spec: { podSelector: {} },
});

describe('createApp + createBridgeBefore', () => {
  it('serves the demo cluster at the root and under /clusters/demo, the same store', async () => {
    expect((await request(port, 'POST', `/${NP}`, { body: body('at-root') })).status).toBe(201);
    expect((await request(port, 'POST', `/clusters/demo/${NP}`, { body: body('under-demo') })).status).toBe(201);
    const list = await request(port, 'GET', `/clusters/demo/${NP}`);
    const names = list.json<{ items: { metadata: { name: string } }[] }>().items.map((i) => i.metadata.name);
    expect(names.sort()).toEqual(['at-root', 'under-demo']);
    const before = fx.remote.seen.length;
    expect((await request(port, 'GET', '/clusters/demo/api/v1/namespaces/default/secrets')).status).toBe(404);
    expect(fx.remote.seen.length).toBe(before);
  });

  it('forwards /clusters/prod to the remote cluster and lists the clusters with prod selected', async () => {
    expect((await request(port, 'POST', `/clusters/prod/${NP}`, { body: body('remote') })).status).toBe(201);
    expect(fx.remote.seen.at(-1)?.headers.authorization).toBe(`Bearer ${fx.token}`);
    const clusters = await request(port, 'GET', '/clusters');
    const list = clusters.json<{ current: string; items: { name: string; current: boolean; namespace: string }[] }>();
    expect(list.current).toBe('prod');
    expect(list.items.slice(0, 2)).toMatchObject([
      { name: 'demo', current: false },
      { name: 'prod', current: true, namespace: 'shop' },
    ]);
  });

  it('guards the demo cluster too: foreign Host and foreign Origin are refused', async () => {
    const rebound = await request(port, 'GET', '/version', { headers: { Host: 'rebind.example' } });
    expect(rebound.status).toBe(403);
    const csrf = await request(port, 'POST', `/${NP}`, {
      body: body('csrf'),
      headers: { Origin: 'https://evil.example' },
    });
    expect(csrf.status).toBe(403);
    const list = await request(port, 'GET', `/${NP}`);
    expect(list.json<{ items: { metadata: { name: string } }[] }>().items.map((i) => i.metadata.name)).not.toContain(
      'csrf',
    );
  });
});
