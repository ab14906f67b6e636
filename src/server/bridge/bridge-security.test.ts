// The bridge's security rules end to end: DNS rebinding (Host), CSRF (Origin, Sec-Fetch-Site) and the
// path allow-list, including encoding and traversal tricks; nothing refused ever reaches the remote.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request } from './testing/harness';
import { startFixture, type Fixture } from './testing/fixture';

let fx: Fixture;
beforeAll(async () => {
  fx = await startFixture();
});
afterAll(async () => {
  await fx.close();
});

const NP = '/clusters/prod/apis/networking.k8s.io/v1/namespaces/default/networkpolicies';
const body = {
  apiVersion: 'networking.k8s.io/v1',
  kind: 'NetworkPolicy',
  metadata: { name: 'x' },
  spec: { podSelector: {} },
};

async function expectRefused(method: string, path: string, headers: Record<string, string> = {}, message?: RegExp) {
  const before = fx.remote.seen.length;
  const r = await request(fx.bridge.port, method, path, { headers, ...(method === 'GET' ? {} : { body }) });
  expect(r.status, `${method} ${path}`).toBe(403);
  expect(r.json()).toMatchObject({
    kind: 'Status',
    apiVersion: 'v1',
    status: 'Failure',
    reason: 'Forbidden',
    code: 403,
  });
  if (message !== undefined) expect(r.json<{ message: string }>().message).toMatch(message);
  expect(r.headers['access-control-allow-origin']).toBeUndefined();
  expect(fx.remote.seen.length, `${method} ${path} reached the remote`).toBe(before);
  return r;
}

describe('Host header (DNS rebinding)', () => {
  it('refuses a foreign Host for bridged, demo and root paths', async () => {
    for (const path of ['/clusters/prod/version', '/clusters/demo/version', '/version', '/clusters']) {
      await expectRefused('GET', path, { Host: 'evil.example:8080' }, /DNS rebinding/);
    }
    await expectRefused('GET', '/clusters/prod/version', { Host: `127.0.0.2:${fx.bridge.port}` });
  });

  it('accepts 127.0.0.1 and localhost with the served port', async () => {
    for (const host of [`127.0.0.1:${fx.bridge.port}`, `localhost:${fx.bridge.port}`]) {
      const r = await request(fx.bridge.port, 'GET', '/clusters/prod/version', { headers: { Host: host } });
      expect(r.status).toBe(200);
    }
  });
});

describe('Origin (CSRF)', () => {
  it('refuses state-changing requests from a foreign origin', async () => {
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
      const path = method === 'POST' ? NP : `${NP}/x`;
      await expectRefused(method, path, { Origin: 'https://evil.example' }, /CSRF/);
      await expectRefused(method, path, { Origin: 'null' }, /CSRF/);
      await expectRefused(method, path, { Origin: 'http://127.0.0.1:1' }, /CSRF/);
    }
    await expectRefused('POST', '/clusters/demo/apis/networking.k8s.io/v1/namespaces/default/networkpolicies', {
      Origin: 'https://evil.example',
    });
  });

  it('refuses cross-site and same-site requests without Origin (Fetch Metadata)', async () => {
    await expectRefused('POST', NP, { 'Sec-Fetch-Site': 'cross-site' });
    await expectRefused('DELETE', `${NP}/x`, { 'Sec-Fetch-Site': 'same-site' });
  });

  it('accepts its own origin, and clients that send no Origin (kubectl)', async () => {
    const own = await request(fx.bridge.port, 'POST', NP, {
      body,
      headers: { Origin: `http://127.0.0.1:${fx.bridge.port}` },
    });
    expect(own.status).toBe(201);
    const kubectl = await request(fx.bridge.port, 'DELETE', `${NP}/x`);
    expect(kubectl.status).toBe(200);
  });

  it("refuses even reads of a real cluster from another site (the cluster's credentials would be used)", async () => {
    for (const site of ['cross-site', 'same-site']) {
      await expectRefused('GET', NP, { 'Sec-Fetch-Site': site }, /from other sites are refused/);
      await expectRefused('GET', '/clusters/prod/version', { 'Sec-Fetch-Site': site, 'Sec-Fetch-Mode': 'navigate' });
    }
    for (const site of ['same-origin', 'none']) {
      const r = await request(fx.bridge.port, 'GET', NP, { headers: { 'Sec-Fetch-Site': site } });
      expect(r.status, site).toBe(200);
    }
    // The demo cluster holds no credentials: a link from elsewhere to it (or to the app) still opens.
    const demo = await request(fx.bridge.port, 'GET', '/clusters/demo/version', {
      headers: { 'Sec-Fetch-Site': 'cross-site' },
    });
    expect(demo.status).toBe(200);
  });

  it('allows a foreign-origin GET but sends no CORS headers', async () => {
    const r = await request(fx.bridge.port, 'GET', '/clusters/prod/version', {
      headers: { Origin: 'https://evil.example' },
    });
    expect(r.status).toBe(200);
    expect(Object.keys(r.headers).filter((h) => h.startsWith('access-control-'))).toEqual([]);
  });
});

describe('path allow-list', () => {
  const forbidden: [string, string][] = [
    ['GET', '/clusters/prod/api/v1/namespaces/default/secrets'],
    ['GET', '/clusters/prod/api/v1/secrets'],
    ['GET', '/clusters/prod/api/v1/namespaces/default/secrets/db'],
    ['POST', '/clusters/prod/api/v1/namespaces/default/pods/web/exec'],
    ['GET', '/clusters/prod/api/v1/namespaces/default/pods/web/exec?command=sh'],
    ['GET', '/clusters/prod/api/v1/namespaces/default/pods/web/log'],
    ['POST', '/clusters/prod/api/v1/namespaces/default/pods/web/portforward'],
    ['GET', '/clusters/prod/api/v1/nodes'],
    ['GET', '/clusters/prod/api/v1/nodes/n1/proxy/'],
    ['POST', '/clusters/prod/api/v1/namespaces/default/pods'],
    ['DELETE', '/clusters/prod/api/v1/namespaces/default/pods/web'],
    ['DELETE', '/clusters/prod/api/v1/namespaces/default'],
    ['POST', '/clusters/prod/api/v1/namespaces'],
    ['GET', '/clusters/prod/apis/rbac.authorization.k8s.io/v1/clusterroles'],
    ['GET', '/clusters/prod/apis/apps/v1/deployments'],
    ['GET', '/clusters/prod/api/v1/namespaces/default/services/web/proxy/'],
    ['GET', '/clusters/prod/'],
    ['GET', '/clusters/prod'],
    // Traversal and encoding tricks that would otherwise reach secrets.
    ['GET', '/clusters/prod/api/v1/namespaces/default/pods/../secrets'],
    ['GET', '/clusters/prod/api/v1/namespaces/default/pods/%2e%2e/secrets'],
    ['GET', '/clusters/prod/api/v1/namespaces/default/pods/%2E%2E/secrets'],
    ['GET', '/clusters/prod/api/v1/namespaces/default/pods/.%2e/secrets'],
    ['GET', '/clusters/prod/api/v1/namespaces/default/pods/x%2f..%2f..%2fsecrets'],
    ['GET', '/clusters/prod/api/v1/namespaces/default/pods%2Fweb%2Fexec'],
    ['GET', '/clusters/prod/api/v1/namespaces/default/pods/%252e%252e/secrets'],
    ['GET', '/clusters/prod/api/v1//namespaces/default/secrets'],
    ['GET', '/clusters/prod/api/v1/namespaces/default/pods/web\\..\\exec'],
    ['GET', '/clusters/prod/api/v1/namespaces/default/pods/web%00/exec'],
    ['GET', '/clusters/prod/api/v1/namespaces/default/pods/%zz'],
    ['DELETE', '/clusters/prod/apis/networking.k8s.io/v1/namespaces/default/networkpolicies'],
    ['GET', '/clusters/prod/api/v1/namespaces/default/pods/..;/secrets'],
    ['GET', '/clusters/prod/api/v1/namespaces/default/secrets;x'],
    ['GET', '/clusters/prod/api/v1/namespaces/default/pods/web;/exec'],
    ['GET', '/clusters/prod/api/v1/watch/namespaces/default/pods'],
    ['GET', '/clusters/prod/api/v1/namespaces/default/pods/web/proxy/'],
    ['GET', '/clusters/prod/api/v1/namespaces/default/pods/web:80/proxy/'],
    ['POST', '/clusters/prod/api/v1/namespaces/default/pods/web/attach'],
    ['GET', '/clusters/prod/api/v1/namespaces/default//pods/web//exec'],
    [
      'GET',
      '/clusters/prod/apis/networking.k8s.io/v1/namespaces/default/networkpolicies/../../../../../api/v1/secrets',
    ],
  ];
  it.each(forbidden)('refuses %s %s with 403 Status', async (method, path) => {
    await expectRefused(method, path, {}, /^the NetworkPolicy Studio bridge does not forward /);
  });

  it('forwards what the app needs, normalising double slashes', async () => {
    const ok: [string, string][] = [
      ['GET', '/clusters/prod/version'],
      ['GET', '/clusters/prod/api/v1/namespaces'],
      ['GET', '/clusters/prod//apis//networking.k8s.io/v1/namespaces/default/networkpolicies'],
    ];
    for (const [method, path] of ok) {
      const r = await request(fx.bridge.port, method, path);
      expect(r.status, path).toBe(200);
    }
    expect(fx.remote.seen.at(-1)?.url).toBe('/apis/networking.k8s.io/v1/namespaces/default/networkpolicies');
  });
});

describe('headers the browser cannot inject', () => {
  const injected: Record<string, string> = {
    Authorization: 'Bearer browser-chosen-token',
    'Impersonate-User': 'system:admin',
    'Impersonate-Group': 'system:masters',
    'Impersonate-Uid': '0',
    'Impersonate-Extra-Scopes': 'all',
    'X-Remote-User': 'admin',
    'X-Remote-Group': 'system:masters',
    'X-Auth-Token': 'browser-iam-token',
    'X-Forwarded-For': '10.0.0.1',
    Forwarded: 'for=10.0.0.1',
    Cookie: 'session=browser',
  };
  const injectedNames = Object.keys(injected).map((h) => h.toLowerCase());

  it('reach a client-certificate cluster without Authorization or Impersonate-* headers', async () => {
    // This user has no bearer token: a header let through would be the only Authorization the cluster sees.
    for (const method of ['POST', 'GET', 'DELETE']) {
      const path = '/clusters/certs/apis/networking.k8s.io/v1/namespaces/default/networkpolicies';
      const r = await request(fx.bridge.port, method, method === 'POST' ? path : `${path}/inj`, {
        headers: injected,
        ...(method === 'POST' ? { body: { ...body, metadata: { name: 'inj' } } } : {}),
      });
      expect(r.status, method).toBeLessThan(300);
      const seen = fx.remote.seen.at(-1);
      expect(seen?.certCN).toBe('alice');
      for (const h of injectedNames) expect(seen?.headers[h], `${method} ${h}`).toBeUndefined();
    }
  });

  it('reach a token cluster with the kubeconfig token only, however the names are spelled', async () => {
    const r = await request(fx.bridge.port, 'GET', '/clusters/prod/api/v1/namespaces', {
      headers: { ...injected, authorization: 'Bearer lower-case', 'IMPERSONATE-USER': 'upper' },
    });
    expect(r.status).toBe(200);
    const seen = fx.remote.seen.at(-1);
    expect(seen?.headers.authorization).toBe(`Bearer ${fx.token}`);
    for (const h of injectedNames.filter((n) => n !== 'authorization')) expect(seen?.headers[h], h).toBeUndefined();
  });
});

describe('every state-changing method', () => {
  it('is refused from a foreign origin, even one the API does not use (WebDAV)', async () => {
    for (const method of ['PROPFIND', 'MKCOL', 'LOCK', 'PURGE']) {
      await expectRefused(method, '/clusters/demo/api/v1/namespaces', { Origin: 'https://evil.example' }, /CSRF/);
      await expectRefused(method, `${NP}/x`, { Origin: 'https://evil.example' }, /CSRF/);
    }
  });
});
