// The rest of the API: discovery and OpenAPI, lists with selectors, Tables, namespaces and pods,
// update/patch/apply/delete of policies, watch, the app's static files.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSeedFile } from './seed';
import { Store } from './store';
import { NP_PATH, policy, postPolicy, request, startTestServer, type TestServer } from './test-support';

let srv: TestServer;
const dist = mkdtempSync(path.join(os.tmpdir(), 'netpol-dist-'));
beforeAll(async () => {
  mkdirSync(path.join(dist, 'assets'));
  writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>studio</title>');
  writeFileSync(path.join(dist, 'assets', 'index-abc123.js'), 'console.log(1)');
  srv = await startTestServer(Store.inMemory(loadSeedFile()), { distDir: dist });
});
afterAll(async () => {
  await srv.close();
  rmSync(dist, { recursive: true, force: true });
});

type Rec = Record<string, unknown>;
const body = (r: { json: unknown }) => r.json as Rec & { metadata: Rec; items: Rec[] };
const names = (r: { json: unknown }) => body(r).items.map((i) => (i.metadata as Rec).name);

describe('discovery', () => {
  it('/version reports minor 33 so the kubectl dispatcher runs kubectl 1.33', async () => {
    const r = await request(srv.url, '/version');
    expect(body(r)).toMatchObject({ major: '1', minor: '33', gitVersion: 'v1.33.0' });
  });

  it('/apis in aggregated v2 form when asked, with its Content-Type; legacy otherwise', async () => {
    const accept =
      'application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList,application/json;g=apidiscovery.k8s.io;v=v2beta1;as=APIGroupDiscoveryList,application/json';
    const agg = await request(srv.url, '/apis', { headers: { Accept: accept } });
    expect(agg.headers['content-type']).toBe('application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList');
    const res = (body(agg).items as { versions: { resources: Rec[] }[] }[])[0]?.versions[0]?.resources[0];
    expect(res).toMatchObject({
      resource: 'networkpolicies',
      scope: 'Namespaced',
      shortNames: ['netpol'],
      responseKind: { kind: 'NetworkPolicy' },
    });
    const legacy = await request(srv.url, '/apis');
    expect(body(legacy)).toEqual({
      kind: 'APIGroupList',
      apiVersion: 'v1',
      groups: [
        {
          name: 'networking.k8s.io',
          versions: [{ groupVersion: 'networking.k8s.io/v1', version: 'v1' }],
          preferredVersion: { groupVersion: 'networking.k8s.io/v1', version: 'v1' },
        },
      ],
    });
    const core = await request(srv.url, '/api', { headers: { Accept: accept } });
    expect(JSON.stringify(core.json)).toContain('"resource":"pods"');
    expect(body(await request(srv.url, '/api')).versions).toEqual(['v1']);
  });

  it('/api/v1 and /apis/networking.k8s.io/v1 list their resources with short names', async () => {
    const v1 = body(await request(srv.url, '/api/v1'));
    expect((v1.resources as Rec[]).map((r) => r.name)).toEqual(['namespaces', 'pods']);
    const np = body(await request(srv.url, '/apis/networking.k8s.io/v1'));
    expect(np.resources).toEqual([
      expect.objectContaining({
        name: 'networkpolicies',
        singularName: 'networkpolicy',
        namespaced: true,
        kind: 'NetworkPolicy',
        shortNames: ['netpol'],
      }),
    ]);
    expect(body(await request(srv.url, '/apis/networking.k8s.io')).preferredVersion).toEqual({
      groupVersion: 'networking.k8s.io/v1',
      version: 'v1',
    });
  });

  it('/openapi/v3 points at a document whose PATCH declares fieldValidation for the NetworkPolicy GVK', async () => {
    const root = body(await request(srv.url, '/openapi/v3')).paths as Record<string, { serverRelativeURL: string }>;
    const url = root['apis/networking.k8s.io/v1']?.serverRelativeURL ?? '';
    expect(url).toMatch(/^\/openapi\/v3\/apis\/networking.k8s.io\/v1\?hash=[0-9A-F]+$/);
    const doc = body(await request(srv.url, url)).paths as Record<
      string,
      { patch: { 'x-kubernetes-group-version-kind': unknown; parameters: Rec[] } }
    >;
    const patch = doc['/apis/networking.k8s.io/v1/namespaces/{namespace}/networkpolicies/{name}']?.patch;
    expect(patch?.['x-kubernetes-group-version-kind']).toEqual({
      group: 'networking.k8s.io',
      version: 'v1',
      kind: 'NetworkPolicy',
    });
    expect(patch?.parameters.map((p) => p.name)).toContain('fieldValidation');
  });

  it('unknown API paths give the NotFound Status; unsupported methods 405', async () => {
    const r = await request(srv.url, '/apis/networking.k8s.io/v2/foo');
    expect(r.json).toEqual({
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Failure',
      message: 'the server could not find the requested resource',
      reason: 'NotFound',
      details: {},
      code: 404,
    });
    const m = await request(srv.url, `${NP_PATH}/default/networkpolicies`, { method: 'PUT', body: '{}' });
    expect(m.status).toBe(405);
    expect(body(m).reason).toBe('MethodNotAllowed');
  });
});

describe('namespaces and pods', () => {
  it('the demo has the web shop, with kubernetes.io/metadata.name on every namespace', async () => {
    const r = await request(srv.url, '/api/v1/namespaces');
    expect(names(r)).toEqual(['data', 'default', 'kube-system', 'monitoring', 'payments', 'shop']);
    for (const ns of body(r).items)
      expect((ns.metadata as { labels: Rec }).labels['kubernetes.io/metadata.name']).toBe((ns.metadata as Rec).name);
    const dns = await request(srv.url, '/api/v1/namespaces/kube-system/pods?labelSelector=k8s-app%3Dkube-dns');
    expect(names(dns)).toHaveLength(2);
    const pg = await request(srv.url, '/api/v1/pods?labelSelector=app%20in%20(postgres,redis),tier!%3Dweb');
    expect(names(pg)).toEqual(['postgres-0', 'redis-0']);
    expect(JSON.stringify(pg.json)).toContain('"name":"postgres","containerPort":5432');
  });

  it('creates a namespace with the name label; deleting it removes its pods and policies', async () => {
    const ns = await request(srv.url, '/api/v1/namespaces', {
      method: 'POST',
      body: JSON.stringify({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'tmp' } }),
    });
    expect(ns.status).toBe(201);
    expect((body(ns).metadata.labels as Rec)['kubernetes.io/metadata.name']).toBe('tmp');
    expect(body(ns).status).toEqual({ phase: 'Active' });
    const pod = {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'p', labels: { app: 'x' } },
      spec: { containers: [{ name: 'c', image: 'busybox' }] },
      status: { phase: 'Running', podIP: '10.244.9.9' },
    };
    const created = await request(srv.url, '/api/v1/namespaces/tmp/pods', {
      method: 'POST',
      body: JSON.stringify(pod),
    });
    expect(created.status).toBe(201);
    expect(body(created).status).toEqual({ phase: 'Running', podIP: '10.244.9.9' });
    expect((await postPolicy(srv.url, 'tmp', policy('p1'))).status).toBe(201);
    const dup = await request(srv.url, '/api/v1/namespaces', {
      method: 'POST',
      body: JSON.stringify({ metadata: { name: 'tmp' } }),
    });
    expect(body(dup)).toMatchObject({ reason: 'AlreadyExists', message: 'namespaces "tmp" already exists', code: 409 });
    const del = await request(srv.url, '/api/v1/namespaces/tmp', { method: 'DELETE' });
    expect(del.status).toBe(200);
    expect(body(del).status).toEqual({ phase: 'Terminating' });
    expect((await request(srv.url, '/api/v1/namespaces/tmp')).status).toBe(404);
    expect(names(await request(srv.url, '/api/v1/namespaces/tmp/pods'))).toEqual([]);
    expect(names(await request(srv.url, `${NP_PATH}/tmp/networkpolicies`))).toEqual([]);
  });

  it('rejects an invalid namespace name with 422 and a pod in a missing namespace with 404', async () => {
    const bad = await request(srv.url, '/api/v1/namespaces', {
      method: 'POST',
      body: JSON.stringify({ metadata: { name: 'Bad.Name' } }),
    });
    expect(bad.status).toBe(422);
    expect(body(bad).message).toMatch(
      /^Namespace "Bad.Name" is invalid: metadata.name: Invalid value: "Bad.Name": a lowercase RFC 1123 label/,
    );
    const pod = await request(srv.url, '/api/v1/namespaces/nope/pods', {
      method: 'POST',
      body: JSON.stringify({ metadata: { name: 'p' }, spec: { containers: [{ name: 'c' }] } }),
    });
    expect(body(pod)).toMatchObject({ code: 404, message: 'namespaces "nope" not found' });
  });
});

describe('networkpolicy reads', () => {
  it('lists namespaced and across namespaces, with labelSelector and fieldSelector=metadata.name', async () => {
    await postPolicy(srv.url, 'shop', policy('web-a', { podSelector: {} }, { labels: { team: 'web' } }));
    await postPolicy(srv.url, 'shop', policy('web-b'));
    const all = await request(srv.url, '/apis/networking.k8s.io/v1/networkpolicies');
    expect(body(all)).toMatchObject({ kind: 'NetworkPolicyList', apiVersion: 'networking.k8s.io/v1' });
    expect(names(all)).toEqual(expect.arrayContaining(['allow-dns', 'default-deny-all', 'web-a', 'web-b']));
    expect(names(await request(srv.url, `${NP_PATH}/shop/networkpolicies?labelSelector=team%3Dweb`))).toEqual([
      'web-a',
    ]);
    expect(
      names(await request(srv.url, `${NP_PATH}/shop/networkpolicies?fieldSelector=metadata.name%3Dweb-b`)),
    ).toEqual(['web-b']);
    const bad = await request(srv.url, `${NP_PATH}/shop/networkpolicies?fieldSelector=spec.foo%3Dx`);
    expect(body(bad)).toMatchObject({
      code: 400,
      reason: 'BadRequest',
      message: '"spec.foo" is not a known field selector: only "metadata.name", "metadata.namespace"',
    });
  });

  it('answers a Table with NAME, POD-SELECTOR and AGE when asked', async () => {
    const accept =
      'application/json;as=Table;v=v1;g=meta.k8s.io,application/json;as=Table;v=v1beta1;g=meta.k8s.io,application/json';
    const r = await request(srv.url, `${NP_PATH}/payments/networkpolicies`, { headers: { Accept: accept } });
    expect(r.headers['content-type']).toBe('application/json;as=Table;v=v1;g=meta.k8s.io');
    const t = body(r) as unknown as Rec & { columnDefinitions: Rec[]; rows: { cells: unknown[] }[] };
    expect(t.columnDefinitions.map((c) => c.name)).toEqual(['Name', 'Pod-Selector', 'Age']);
    expect(t.rows.map((row) => row.cells.slice(0, 2))).toEqual([
      ['allow-dns', '<none>'],
      ['default-deny-all', '<none>'],
      ['payments-api-from-checkout', 'app=payments-api'],
    ]);
  });

  it('GET of a missing policy is the NotFound Status', async () => {
    const r = await request(srv.url, `${NP_PATH}/shop/networkpolicies/nope`);
    expect(r.json).toEqual({
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Failure',
      message: 'networkpolicies.networking.k8s.io "nope" not found',
      reason: 'NotFound',
      details: { name: 'nope', group: 'networking.k8s.io', kind: 'networkpolicies' },
      code: 404,
    });
  });
});

describe('the browser app', () => {
  it('serves index.html for pages, assets with long caching, and never an API path', async () => {
    const page = await request(srv.url, '/policies/new', { headers: { Accept: 'text/html,application/xhtml+xml' } });
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['cache-control']).toBe('no-cache');
    const asset = await request(srv.url, '/assets/index-abc123.js');
    expect(asset.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await request(srv.url, '/assets/missing.js')).status).toBe(404);
    expect((await request(srv.url, '/../../etc/passwd', { headers: { Accept: 'text/plain' } })).status).toBe(404);
    const api = await request(srv.url, '/apis/nope', { headers: { Accept: 'text/html' } });
    expect(api.status).toBe(404);
  });

  it('serves the app at / whatever the Accept header (curl sends */*)', async () => {
    const root = await request(srv.url, '/', { headers: { Accept: '*/*' } });
    expect(root.status).toBe(200);
    expect(root.headers['content-type']).toBe('text/html; charset=utf-8');
    expect((await request(srv.url, '/not-a-page', { headers: { Accept: '*/*' } })).status).toBe(404);
  });
});
