// kubectl's `tokenFile` user field through the bridge: resolved against the kubeconfig's directory,
// read again on every request (a rotated token is used at once), trimmed, the last good token kept
// when a rotation leaves the file briefly unreadable, and a missing file a 401 naming only the path.
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadClusters, type ClusterRegistry } from './registry';
import { request, startBridge, writeKubeconfig, type BridgeServer } from './testing/harness';
import { b64, makeTestPki, type TestPki } from './testing/pki';
import { startFakeRemote, type FakeRemote } from './testing/fake-remote';

let pki: TestPki;
let remote: FakeRemote;
let registry: ClusterRegistry;
let bridge: BridgeServer;
const first = 'token-file-first-0123456789';
const rotated = 'token-file-rotated-9876543210';
let tokenPath = '';

beforeAll(async () => {
  pki = makeTestPki();
  remote = await startFakeRemote(pki, { mode: 'kube', tokens: [first, rotated] });
  tokenPath = path.join(pki.dir, 'sa-token');
  writeFileSync(tokenPath, `${first}\n`);
  const ca = { server: remote.url, 'certificate-authority-data': b64(pki.caCert) };
  const kc = writeKubeconfig(pki.dir, 'kubeconfig', [
    // Relative, as kubectl allows: resolved against the kubeconfig's directory, not the cwd.
    { name: 'tf', cluster: ca, user: { tokenFile: 'sa-token' } },
    // A token file wins over an inline token, as in client-go.
    { name: 'tf-over-token', cluster: ca, user: { token: 'stale-inline-token', tokenFile: tokenPath } },
    { name: 'tf-missing', cluster: ca, user: { tokenFile: path.join(pki.dir, 'no-such-token') } },
  ]);
  registry = await loadClusters({ kubeconfigPath: kc, env: {} });
  bridge = await startBridge(registry);
});
afterAll(async () => {
  await bridge.close();
  registry.close();
  await remote.close();
  pki.cleanup();
});

const get = (cluster: string) => request(bridge.port, 'GET', `/clusters/${cluster}/api/v1/namespaces`);
const lastAuth = () => remote.seen.at(-1)?.headers.authorization;

describe('kubeconfig tokenFile', () => {
  it('is listed as token authentication', () => {
    const tf = registry.list().find((c) => c.name === 'tf');
    expect(tf?.authKind).toBe('token');
  });

  it('sends the trimmed token from the file, and a rotated one from the next request on', async () => {
    writeFileSync(tokenPath, `${first}\n`);
    expect((await get('tf')).status).toBe(200);
    expect(lastAuth()).toBe(`Bearer ${first}`);
    writeFileSync(tokenPath, `  ${rotated}\n`);
    expect((await get('tf')).status).toBe(200);
    expect(lastAuth()).toBe(`Bearer ${rotated}`);
    // A token the cluster no longer accepts is the cluster's 401, passed through.
    writeFileSync(tokenPath, 'revoked-token\n');
    const r = await get('tf');
    expect(r.status).toBe(401);
    expect(r.headers['x-netpol-source']).toBe('cluster');
    expect(lastAuth()).toBe('Bearer revoked-token');
  });

  it('takes precedence over an inline token', async () => {
    writeFileSync(tokenPath, first);
    expect((await get('tf-over-token')).status).toBe(200);
    expect(lastAuth()).toBe(`Bearer ${first}`);
  });

  it('keeps the last good token while the file is briefly missing or empty', async () => {
    writeFileSync(tokenPath, rotated);
    expect((await get('tf')).status).toBe(200);
    rmSync(tokenPath);
    expect((await get('tf')).status).toBe(200);
    expect(lastAuth()).toBe(`Bearer ${rotated}`);
    writeFileSync(tokenPath, '\n');
    expect((await get('tf')).status).toBe(200);
    expect(lastAuth()).toBe(`Bearer ${rotated}`);
    writeFileSync(tokenPath, first);
  });

  it('answers 401 naming the file, without calling the cluster, when it was never readable', async () => {
    const before = remote.seen.length;
    const r = await get('tf-missing');
    expect(r.status).toBe(401);
    expect(r.headers['x-netpol-source']).toBe('bridge');
    expect(r.json()).toMatchObject({
      kind: 'Status',
      reason: 'Unauthorized',
      code: 401,
      message: `Could not get credentials for cluster "tf-missing": the token file ${JSON.stringify(path.join(pki.dir, 'no-such-token'))} named in the kubeconfig could not be read (ENOENT)`,
    });
    expect(remote.seen.length).toBe(before);
  });

  it('refuses a token file holding two lines rather than sending a broken header', async () => {
    writeFileSync(path.join(pki.dir, 'no-such-token'), `${first}\nsecond-line\n`);
    try {
      const r = await get('tf-missing');
      expect(r.status).toBe(401);
      expect(r.text).toContain('holds more than one line or control characters');
      expect(r.text).not.toContain(first);
    } finally {
      rmSync(path.join(pki.dir, 'no-such-token'));
    }
  });
});
