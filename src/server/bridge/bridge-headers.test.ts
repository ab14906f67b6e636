// Which headers cross the bridge: every Warning, Content-Type and the status pass back; cookies,
// hop-by-hop and proxy headers do not, in either direction; bodies stream through unchanged.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadClusters } from './registry';
import { request, startBridge, writeKubeconfig, type BridgeServer } from './testing/harness';
import { b64, makeTestPki, type TestPki } from './testing/pki';
import { startFakeRemote, type FakeRemote } from './testing/fake-remote';

let pki: TestPki;
let remote: FakeRemote;
let bridge: BridgeServer;
const token = 'headers-test-token-0123456789';

beforeAll(async () => {
  pki = makeTestPki();
  remote = await startFakeRemote(pki, {
    mode: 'kube',
    tokens: [token],
    handler: async (req, res) => {
      const chunks: Buffer[] = [];
      for await (const c of req) chunks.push(c as Buffer);
      res.writeHead(
        207,
        [
          ['Content-Type', 'application/json;stream=watch'],
          ['Warning', '299 - "first"'],
          ['Warning', '299 - "second"'],
          ['Set-Cookie', 'a=b'],
          ['Keep-Alive', 'timeout=5'],
          ['Proxy-Authenticate', 'Basic'],
          ['Audit-Id', 'abc-123'],
          ['X-Remote-Internal', 'leak'],
        ].flat(),
      );
      res.end(JSON.stringify({ method: req.method, body: Buffer.concat(chunks).toString('utf8') }));
    },
  });
  const kc = writeKubeconfig(pki.dir, 'kc', [
    { name: 'h', cluster: { server: remote.url, 'certificate-authority-data': b64(pki.caCert) }, user: { token } },
  ]);
  bridge = await startBridge(await loadClusters({ kubeconfigPath: kc, env: {} }));
});
afterAll(async () => {
  await bridge.close();
  await remote.close();
  pki.cleanup();
});

describe('headers across the bridge', () => {
  it('passes status, Content-Type, each Warning and Audit-Id back; drops cookies and hop-by-hop headers', async () => {
    const r = await request(
      bridge.port,
      'PATCH',
      '/clusters/h/apis/networking.k8s.io/v1/namespaces/default/networkpolicies/p',
      {
        body: { spec: { podSelector: {} } },
        headers: { 'Content-Type': 'application/merge-patch+json' },
      },
    );
    expect(r.status).toBe(207);
    expect(r.headers['content-type']).toBe('application/json;stream=watch');
    const warnings = r.rawHeaders.filter((_, i) => i % 2 === 1 && r.rawHeaders[i - 1]?.toLowerCase() === 'warning');
    expect(warnings).toEqual(['299 - "first"', '299 - "second"']);
    expect(r.headers['audit-id']).toBe('abc-123');
    for (const h of ['set-cookie', 'proxy-authenticate', 'x-remote-internal']) expect(r.headers[h], h).toBeUndefined();
    expect(r.json()).toEqual({ method: 'PATCH', body: '{"spec":{"podSelector":{}}}' });
  });

  it('sends only Accept, Content-Type, Content-Length, User-Agent and the kubeconfig credentials', async () => {
    await request(bridge.port, 'POST', '/clusters/h/apis/networking.k8s.io/v1/namespaces/default/networkpolicies', {
      body: { a: 1 },
      headers: {
        Cookie: 'session=1',
        Authorization: 'Bearer browser',
        'X-Auth-Token': 'browser',
        'Impersonate-Group': 'system:masters',
        'X-Forwarded-For': '1.2.3.4',
        'Proxy-Authorization': 'Basic eA==',
        'User-Agent': 'netpol-studio-ui',
        Origin: `http://127.0.0.1:${bridge.port}`,
        Referer: 'http://127.0.0.1/',
      },
    });
    const seen = remote.seen.at(-1);
    expect(Object.keys(seen?.headers ?? {}).sort()).toEqual([
      'accept',
      'authorization',
      'connection',
      'content-length',
      'content-type',
      'host',
      'user-agent',
    ]);
    expect(seen?.headers.authorization).toBe(`Bearer ${token}`);
    expect(seen?.headers['user-agent']).toBe('netpol-studio-ui');
    expect(seen?.headers.host).toBe(`127.0.0.1:${remote.port}`);
  });
});
