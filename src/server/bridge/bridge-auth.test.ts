// Authentication and transport through the bridge: client certificates (files and data), exec
// credential plugins, a wrong token (the remote's 401 passed through), a wrong CA, skip-verify, and
// unreachable or silent clusters answered with a clear 502/504 Status.
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadClusters } from './registry';
import { request, startBridge, writeKubeconfig } from './testing/harness';
import { b64 } from './testing/pki';
import { startFixture, type Fixture } from './testing/fixture';

let fx: Fixture;
beforeAll(async () => {
  fx = await startFixture();
});
afterAll(async () => {
  await fx.close();
});

const get = (cluster: string, path = '/version') => request(fx.bridge.port, 'GET', `/clusters/${cluster}${path}`);

describe('bridge authentication', () => {
  it('uses a client certificate from files, without a bearer token', async () => {
    const r = await get('certs');
    expect(r.status).toBe(200);
    const seen = fx.remote.seen.at(-1);
    expect(seen?.certCN).toBe('alice');
    expect(seen?.headers.authorization).toBeUndefined();
  });

  it("resolves relative certificate paths against the kubeconfig's directory", async () => {
    expect((await get('certs-relative')).status).toBe(200);
    expect(fx.remote.seen.at(-1)?.certCN).toBe('alice');
  });

  it('uses a client certificate from kubeconfig data', async () => {
    const r = await get('certs-data', '/api/v1/namespaces');
    expect(r.status).toBe(200);
    expect(fx.remote.seen.at(-1)?.certCN).toBe('alice');
  });

  it('runs an exec credential plugin and sends its token, once while the credential is valid', async () => {
    const r = await get('exec');
    expect(r.status).toBe(200);
    expect(fx.remote.seen.at(-1)?.headers.authorization).toBe(`Bearer ${fx.execToken}`);
    for (let i = 0; i < 3; i++) expect((await get('exec', '/api/v1/namespaces')).status).toBe(200);
    expect(fx.execRuns()).toBe(1);
  });

  it('runs the exec plugin once for requests sent at the same time (one login, not one per request)', async () => {
    // A fresh registry: nothing cached yet, as right after start when the UI loads a cluster.
    const registry = await loadClusters({ kubeconfigPath: fx.kubeconfigPath, env: {} });
    const bridge = await startBridge(registry);
    const runsBefore = fx.execRuns();
    try {
      const paths = ['/version', '/api/v1/namespaces', '/api/v1/namespaces/default/pods', '/apis', '/api', '/api/v1'];
      const answers = await Promise.all(paths.map((p) => request(bridge.port, 'GET', `/clusters/exec${p}`)));
      expect(answers.map((a) => a.status)).toEqual(paths.map(() => 200));
      expect(fx.execRuns() - runsBefore).toBe(1);
    } finally {
      await bridge.close();
      registry.close();
    }
  });

  it('answers 401 without the plugin output when the exec plugin fails', async () => {
    const before = fx.remote.seen.length;
    const r = await get('exec-fails');
    expect(r.status).toBe(401);
    expect(r.json()).toMatchObject({
      kind: 'Status',
      reason: 'Unauthorized',
      code: 401,
      details: { name: 'exec-fails' },
    });
    expect(r.json<{ message: string }>().message).toContain('exec credential plugin');
    expect(r.text).not.toContain('login expired');
    expect(r.headers['x-netpol-source']).toBe('bridge');
    expect(fx.remote.seen.length).toBe(before);
  });

  it('answers 401 when an exec plugin does not finish in time', async () => {
    const bridge = await startBridge(fx.registry, 300);
    try {
      const r = await request(bridge.port, 'GET', '/clusters/exec-hangs/version');
      expect(r.status).toBe(401);
      expect(r.json<{ message: string }>().message).toBe(
        'Could not get credentials for cluster "exec-hangs": obtaining credentials took longer than 0.3s (an exec plugin waiting for a login?)',
      );
    } finally {
      await bridge.close();
    }
  });

  it("passes the remote's 401 Status through for a wrong token, without its cookie", async () => {
    const r = await get('wrong-token');
    expect(r.status).toBe(401);
    expect(r.json()).toMatchObject({ kind: 'Status', reason: 'Unauthorized', code: 401, message: 'Unauthorized' });
    expect(r.headers['x-netpol-source']).toBe('cluster');
    expect(r.headers['set-cookie']).toBeUndefined();
  });
});

describe('exec credential plugins that give no credential', () => {
  it('says a missing plugin and a plugin printing no ExecCredential apart, never quoting its output', async () => {
    const ca = { server: fx.remote.url, 'certificate-authority-data': b64(fx.pki.caCert) };
    const exec = (command: string, args: string[] = []) => ({
      exec: { apiVersion: 'client.authentication.k8s.io/v1', command, args, interactiveMode: 'Never' },
    });
    const kc = writeKubeconfig(fx.pki.dir, 'exec-cases.kubeconfig', [
      { name: 'no-plugin', cluster: ca, user: exec('netpol-no-such-credential-plugin') },
      { name: 'junk-output', cluster: ca, user: exec(process.execPath, ['-e', 'console.log("junk " + "SECRET-XYZ")']) },
    ]);
    const registry = await loadClusters({ kubeconfigPath: kc, env: {} });
    const bridge = await startBridge(registry);
    const before = fx.remote.seen.length;
    try {
      const missing = await request(bridge.port, 'GET', '/clusters/no-plugin/version');
      expect(missing.status).toBe(401);
      expect(missing.json<{ message: string }>().message).toBe(
        'Could not get credentials for cluster "no-plugin": the exec credential plugin "netpol-no-such-credential-plugin" was not found: install it, or fix the command in the kubeconfig',
      );
      const junk = await request(bridge.port, 'GET', '/clusters/junk-output/version');
      expect(junk.status).toBe(401);
      expect(junk.json<{ message: string }>().message).toBe(
        `Could not get credentials for cluster "junk-output": the exec credential plugin ${JSON.stringify(process.execPath)} failed; run it yourself to see why (for example an expired login)`,
      );
      expect(`${junk.text}${bridge.logs.join('\n')}`).not.toContain('SECRET-XYZ');
      expect(fx.remote.seen.length).toBe(before);
    } finally {
      await bridge.close();
      registry.close();
    }
  });
});

describe('broken TLS material in the kubeconfig', () => {
  it('answers 401 with the reason, not 500, and never quotes the key', async () => {
    const marker = 'U0VDUkVUU0VDUkVUU0VDUkVUU0VDUkVU';
    const badKey = `-----BEGIN PRIVATE KEY-----\n${marker}\n-----END PRIVATE KEY-----\n`;
    const ca = { server: fx.remote.url, 'certificate-authority-data': b64(fx.pki.caCert) };
    const kc = writeKubeconfig(fx.pki.dir, 'broken-tls.kubeconfig', [
      {
        name: 'bad-key',
        cluster: ca,
        user: { 'client-certificate-data': b64(fx.pki.clientCert), 'client-key-data': b64(badKey) },
      },
      // The server's key with the client's certificate: a real key, but not this certificate's.
      {
        name: 'key-mismatch',
        cluster: ca,
        user: { 'client-certificate-data': b64(fx.pki.clientCert), 'client-key-data': b64(fx.pki.serverKey) },
      },
    ]);
    const registry = await loadClusters({ kubeconfigPath: kc, env: {} });
    const bridge = await startBridge(registry);
    const before = fx.remote.seen.length;
    try {
      for (const [name, reason] of [
        ['bad-key', /could not be used \(.+\)$/],
        ['key-mismatch', /could not be used \(key values mismatch\)$/],
      ] as const) {
        const r = await request(bridge.port, 'GET', `/clusters/${name}/version`);
        expect(r.status, name).toBe(401);
        expect(r.headers['x-netpol-source']).toBe('bridge');
        const { message } = r.json<{ message: string }>();
        expect(message).toMatch(
          new RegExp(
            `^Could not get credentials for cluster "${name}": the client certificate, key or CA data in the kubeconfig`,
          ),
        );
        expect(message).toMatch(reason);
        for (const text of [r.text, bridge.logs.join('\n')]) {
          expect(text).not.toContain(marker);
          expect(text).not.toContain('PRIVATE KEY');
          expect(text).not.toContain(fx.pki.serverKey.split('\n')[1] ?? 'x');
        }
      }
      expect(fx.remote.seen.length).toBe(before);
    } finally {
      await bridge.close();
      registry.close();
    }
  });
});

describe('bridge connections', () => {
  it('reuses one TLS connection for consecutive requests to a cluster', async () => {
    await get('prod');
    const before = fx.remote.connections();
    for (let i = 0; i < 5; i++) expect((await get('prod', '/api/v1/namespaces')).status).toBe(200);
    expect(fx.remote.connections() - before).toBe(0);
  });
});

describe("the cluster's authorisation", () => {
  it("passes the remote's 403 Forbidden Status through for a write it denies", async () => {
    const np = '/clusters/viewer/apis/networking.k8s.io/v1/namespaces/default/networkpolicies';
    expect((await request(fx.bridge.port, 'GET', np)).status).toBe(200);
    const body = {
      apiVersion: 'networking.k8s.io/v1',
      kind: 'NetworkPolicy',
      metadata: { name: 'x' },
      spec: { podSelector: {} },
    };
    const r = await request(fx.bridge.port, 'POST', np, { body });
    expect(r.status).toBe(403);
    expect(r.headers['x-netpol-source']).toBe('cluster');
    expect(r.json()).toMatchObject({
      kind: 'Status',
      reason: 'Forbidden',
      message:
        'networkpolicies.networking.k8s.io "" is forbidden: User "viewer" cannot create resource "networkpolicies" in API group "networking.k8s.io" in the namespace "default"',
    });
  });
});

describe('bridge transport errors', () => {
  it('refuses a server whose certificate the kubeconfig CA did not sign (502, nothing forwarded)', async () => {
    const before = fx.remote.seen.length;
    const r = await get('wrong-ca', '/apis/networking.k8s.io/v1/namespaces/default/networkpolicies');
    expect(r.status).toBe(502);
    const s = r.json<{ message: string; reason: string; details: { causes: { reason: string }[] } }>();
    expect(s.message).toMatch(new RegExp(`^Could not reach cluster "wrong-ca" at ${fx.remote.url}: `));
    expect(s.message).toMatch(/certificate/);
    expect(s.details.causes[0]?.reason).toMatch(/UNABLE_TO_VERIFY_LEAF_SIGNATURE|SELF_SIGNED|CERT/);
    expect(s.message).not.toMatch(/\n|at .*\.js:\d+/);
    expect(fx.remote.seen.length).toBe(before);
  });

  it('keeps verifying even when NODE_TLS_REJECT_UNAUTHORIZED=0 is set', async () => {
    const saved = process.env.NODE_TLS_REJECT_UNAUTHORIZED;
    const warn = vi.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
    process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';
    try {
      expect((await get('wrong-ca')).status).toBe(502);
    } finally {
      if (saved === undefined) delete process.env.NODE_TLS_REJECT_UNAUTHORIZED;
      else process.env.NODE_TLS_REJECT_UNAUTHORIZED = saved;
      warn.mockRestore();
    }
  });

  it('skips verification only when the kubeconfig says insecure-skip-tls-verify', async () => {
    const r = await get('insecure');
    expect(r.status).toBe(200);
  });

  it('answers 502 with the reason for a cluster that refuses connections', async () => {
    const r = await get('down');
    expect(r.status).toBe(502);
    expect(r.json<{ message: string }>().message).toMatch(
      /^Could not reach cluster "down" at https:\/\/127\.0\.0\.1:1: .*ECONNREFUSED/,
    );
  });

  it('answers 504 when the cluster accepts but never answers', async () => {
    const silent = https.createServer({ key: fx.pki.serverKey, cert: fx.pki.serverCert }, () => undefined);
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
    const url = `https://127.0.0.1:${(silent.address() as AddressInfo).port}`;
    const kc = writeKubeconfig(fx.pki.dir, 'silent.kubeconfig', [
      {
        name: 'silent',
        cluster: { server: url, 'certificate-authority-data': b64(fx.pki.caCert) },
        user: { token: 't' },
      },
    ]);
    const bridge = await startBridge(await loadClusters({ kubeconfigPath: kc, env: {} }), 300);
    try {
      const r = await request(bridge.port, 'GET', '/clusters/silent/version');
      expect(r.status).toBe(504);
      expect(r.json()).toMatchObject({ kind: 'Status', reason: 'Timeout', code: 504 });
      expect(r.json<{ message: string }>().message).toBe(
        `Could not reach cluster "silent" at ${url}: no answer within 0.3s`,
      );
    } finally {
      await bridge.close();
      silent.closeAllConnections();
      await new Promise<void>((r) => silent.close(() => r()));
    }
  });

  it('answers 404 Status for a cluster name it does not know', async () => {
    const r = await get('nowhere');
    expect(r.status).toBe(404);
    expect(r.json()).toMatchObject({ kind: 'Status', reason: 'NotFound', message: 'cluster "nowhere" not found' });
  });
});
