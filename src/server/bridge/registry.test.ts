// Loading clusters: kubeconfig files (explicit or KUBECONFIG with several files), the selected
// context, CCE names, and what GET /clusters shows (no credentials).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadClusters } from './registry';
import { BridgeConfigError } from './types';
import { request, startBridge, writeKubeconfig } from './testing/harness';

let dir: string;
let a: string;
let b: string;
const token = 'registry-secret-token-1234567890';

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'netpol-registry-'));
  a = writeKubeconfig(
    dir,
    'a.yaml',
    [
      {
        name: 'prod',
        cluster: { server: 'https://user:pw@prod.example:6443/k8s/?x=1' },
        user: { token },
        namespace: 'shop',
      },
      {
        name: 'stage',
        cluster: { server: 'https://stage.example' },
        user: { 'client-certificate': 'c.crt', 'client-key': 'c.key' },
      },
    ],
    'stage',
  );
  b = writeKubeconfig(
    dir,
    'b.yaml',
    [
      { name: 'prod', cluster: { server: 'https://shadowed.example' }, user: {} },
      {
        name: 'dev',
        cluster: { server: 'https://dev.example', 'insecure-skip-tls-verify': true },
        user: { exec: { command: 'aws', args: [] } },
      },
    ],
    'dev',
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('loadClusters', () => {
  it('offers only the demo cluster without a kubeconfig', async () => {
    const reg = await loadClusters({ env: {} });
    expect(reg.current).toBe('demo');
    expect(reg.list()).toEqual([
      {
        name: 'demo',
        kind: 'demo',
        server: null,
        namespace: 'default',
        current: true,
        authKind: 'none',
        insecureSkipTLSVerify: false,
      },
    ]);
  });

  it("merges KUBECONFIG files separated by ':' (first wins), skipping missing ones", async () => {
    const reg = await loadClusters({ env: { KUBECONFIG: `${a}:${path.join(dir, 'missing')}:${b}` } });
    expect(reg.current).toBe('stage');
    expect(
      reg.list().map((c) => [c.name, c.server, c.namespace, c.authKind, c.insecureSkipTLSVerify, c.current]),
    ).toEqual([
      ['demo', null, 'default', 'none', false, false],
      ['prod', 'https://prod.example:6443/k8s', 'shop', 'token', false, false],
      ['stage', 'https://stage.example', 'default', 'client-certificate', false, true],
      ['dev', 'https://dev.example', 'default', 'exec', true, false],
    ]);
  });

  it('treats a KUBECONFIG whose files are all missing as empty, as kubectl does', async () => {
    const reg = await loadClusters({ env: { KUBECONFIG: `${path.join(dir, 'missing')}:${path.join(dir, 'gone')}` } });
    expect(reg.list().map((c) => c.name)).toEqual(['demo']);
    expect(reg.current).toBe('demo');
  });

  it('prefers --kubeconfig over KUBECONFIG and --context over current-context', async () => {
    const reg = await loadClusters({ kubeconfigPath: b, context: 'prod', env: { KUBECONFIG: a } });
    expect(reg.list().map((c) => c.name)).toEqual(['demo', 'prod', 'dev']);
    expect(reg.current).toBe('prod');
    expect(reg.list().find((c) => c.current)?.server).toBe('https://shadowed.example');
    expect((await loadClusters({ kubeconfigPath: b, context: 'demo', env: {} })).current).toBe('demo');
  });

  it('refuses an unknown --context, naming the known ones', async () => {
    await expect(loadClusters({ kubeconfigPath: a, context: 'nope', env: {} })).rejects.toThrow(
      'context "nope" not found; known clusters: "demo", "prod", "stage"',
    );
  });

  it('refuses a missing explicit file and reserves the name demo', async () => {
    await expect(loadClusters({ kubeconfigPath: path.join(dir, 'none'), env: {} })).rejects.toThrow(/no such file/);
    const d = writeKubeconfig(dir, 'demo.yaml', [{ name: 'demo', cluster: { server: 'https://x.example' }, user: {} }]);
    await expect(loadClusters({ kubeconfigPath: d, env: {} })).rejects.toThrow(
      /reserved for the built-in demo cluster/,
    );
    await expect(
      loadClusters({ kubeconfigPath: a, env: {}, cce: { clusters: [{ name: 'prod', url: 'https://c.example' }] } }),
    ).rejects.toThrow(/used twice/);
  });

  it('reports a broken kubeconfig without quoting its content', async () => {
    const bad = path.join(dir, 'bad.yaml');
    writeFileSync(bad, `users:\n- name: u\n  user:\n    token: ${token}\n   bad: [\n`);
    const err = await loadClusters({ kubeconfigPath: bad, env: {} }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BridgeConfigError);
    expect((err as Error).message).toMatch(/^could not load kubeconfig .*bad\.yaml: not valid YAML/);
    expect((err as Error).message).not.toContain(token);
  });

  it('answers GET /clusters with names, servers and auth kinds but no credentials', async () => {
    const reg = await loadClusters({ kubeconfigPath: a, env: {} });
    const bridge = await startBridge(reg);
    try {
      const r = await request(bridge.port, 'GET', '/clusters');
      expect(r.status).toBe(200);
      expect(r.json()).toMatchObject({
        kind: 'ClusterList',
        current: 'stage',
        items: [{ name: 'demo' }, { name: 'prod' }, { name: 'stage' }],
      });
      expect(r.text).not.toContain(token);
      expect(r.text).not.toContain('pw@');
      expect((await request(bridge.port, 'POST', '/clusters')).status).toBe(405);
    } finally {
      await bridge.close();
    }
  });

  it('answers 502 naming the problem for a context whose cluster is missing', async () => {
    const f = path.join(dir, 'dangling.yaml');
    writeFileSync(
      f,
      JSON.stringify({
        contexts: [{ name: 'dangling', context: { cluster: 'gone', user: 'u' } }],
        users: [{ name: 'u', user: { token } }],
      }),
    );
    const bridge = await startBridge(await loadClusters({ kubeconfigPath: f, env: {} }));
    try {
      const r = await request(bridge.port, 'GET', '/clusters/dangling/version');
      expect(r.status).toBe(502);
      expect(r.json<{ message: string }>().message).toBe(
        'Cluster "dangling" cannot be used: context "dangling" names cluster "gone", which the kubeconfig does not define',
      );
    } finally {
      await bridge.close();
    }
  });
});
