// A Huawei CCE API-gateway-style target: the IAM token goes in X-Auth-Token (from NETPOL_CCE_TOKEN
// or a token file re-read on every request), never in Authorization, and never back to the browser.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cceClusters, parseCceSpec } from './cce';
import { loadClusters } from './registry';
import { BridgeConfigError } from './types';
import { request, startBridge, type BridgeServer } from './testing/harness';
import { makeTestPki, type TestPki } from './testing/pki';
import { startFakeRemote, type FakeRemote } from './testing/fake-remote';

let pki: TestPki;
let remote: FakeRemote;
const envToken = 'iam-env-token-0123456789';
const fileToken1 = 'iam-file-token-first';
const fileToken2 = 'iam-file-token-refreshed';

beforeAll(async () => {
  pki = makeTestPki();
  remote = await startFakeRemote(pki, { mode: 'cce', tokens: [envToken, fileToken1, fileToken2] });
});
afterAll(async () => {
  await remote.close();
  pki.cleanup();
});

async function withBridge(env: NodeJS.ProcessEnv, fn: (b: BridgeServer) => Promise<void>): Promise<void> {
  const registry = await loadClusters({
    env,
    cce: { clusters: [{ name: 'cce-prod', url: remote.url, caFile: pki.caFile }] },
  });
  const bridge = await startBridge(registry);
  try {
    await fn(bridge);
  } finally {
    await bridge.close();
  }
}

const NP = '/clusters/cce-prod/apis/networking.k8s.io/v1/namespaces/default/networkpolicies';

describe('CCE gateway target', () => {
  it('sends the token from NETPOL_CCE_TOKEN as X-Auth-Token and no Authorization header', async () => {
    await withBridge({ NETPOL_CCE_TOKEN: envToken }, async (b) => {
      const r = await request(b.port, 'POST', NP, {
        body: { metadata: { name: 'p' }, spec: { podSelector: {} } },
        headers: { Authorization: 'Bearer browser', 'X-Auth-Token': 'from-the-browser' },
      });
      expect(r.status).toBe(201);
      const seen = remote.seen.at(-1);
      expect(seen?.headers['x-auth-token']).toBe(envToken);
      expect(seen?.headers.authorization).toBeUndefined();
      expect(seen?.url).toBe('/apis/networking.k8s.io/v1/namespaces/default/networkpolicies');
      expect(r.text).not.toContain(envToken);
      expect(JSON.stringify(r.headers)).not.toContain(envToken);
      const list = await request(b.port, 'GET', NP);
      expect(list.json<{ items: unknown[] }>().items).toHaveLength(1);
    });
  });

  it('re-reads NETPOL_CCE_TOKEN_FILE on every request, so a refreshed token is used', async () => {
    const file = path.join(pki.dir, 'iam-token');
    writeFileSync(file, `${fileToken1}\n`);
    await withBridge({ NETPOL_CCE_TOKEN_FILE: file, NETPOL_CCE_TOKEN: 'ignored-when-a-file-is-set' }, async (b) => {
      expect((await request(b.port, 'GET', '/clusters/cce-prod/version')).status).toBe(200);
      expect(remote.seen.at(-1)?.headers['x-auth-token']).toBe(fileToken1);
      writeFileSync(file, fileToken2);
      expect((await request(b.port, 'GET', '/clusters/cce-prod/version')).status).toBe(200);
      expect(remote.seen.at(-1)?.headers['x-auth-token']).toBe(fileToken2);
    });
  });

  it('answers 401 Status naming the settings when there is no token, without calling the gateway', async () => {
    await withBridge({}, async (b) => {
      const before = remote.seen.length;
      const r = await request(b.port, 'GET', '/clusters/cce-prod/version');
      expect(r.status).toBe(401);
      expect(r.json<{ message: string }>().message).toBe(
        'Could not get credentials for cluster "cce-prod": no IAM token: set NETPOL_CCE_TOKEN or NETPOL_CCE_TOKEN_FILE',
      );
      expect(remote.seen.length).toBe(before);
    });
  });

  it("passes the gateway's 401 through for a wrong token", async () => {
    await withBridge({ NETPOL_CCE_TOKEN: 'expired' }, async (b) => {
      const r = await request(b.port, 'GET', '/clusters/cce-prod/version');
      expect(r.status).toBe(401);
      expect(r.json()).toMatchObject({ kind: 'Status', reason: 'Unauthorized' });
    });
  });

  it('lists CCE clusters from NETPOL_CCE_CLUSTERS and --cce specs, https only', async () => {
    expect(parseCceSpec('prod=https://abc.cce.cn-north-4.myhuaweicloud.com')).toEqual({
      name: 'prod',
      url: 'https://abc.cce.cn-north-4.myhuaweicloud.com',
    });
    expect(() => parseCceSpec('https://no-name')).toThrow(BridgeConfigError);
    const env = { NETPOL_CCE_CLUSTERS: 'a=https://a.example, b=https://b.example' };
    expect(cceClusters(undefined, env).map((c) => c.name)).toEqual(['a', 'b']);
    const reg = await loadClusters({ env, context: 'b' });
    expect(reg.list().map((c) => [c.name, c.kind, c.authKind, c.server, c.current])).toEqual([
      ['demo', 'demo', 'none', null, false],
      ['a', 'cce', 'iam-token', 'https://a.example', false],
      ['b', 'cce', 'iam-token', 'https://b.example', true],
    ]);
    await expect(loadClusters({ env: { NETPOL_CCE_CLUSTERS: 'a=http://a.example' } })).rejects.toThrow(
      /must use https/,
    );
  });
});
