// A real client through the bridge: kubectl (with a fresh cache dir and no kubeconfig of its own)
// creates, lists, applies and deletes a NetworkPolicy on the HTTPS remote cluster via
// http://127.0.0.1:PORT/clusters/prod, and gets the bridge's 403 for a path it does not forward.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixture, type Fixture } from './testing/fixture';

const exec = promisify(execFile);
let fx: Fixture;
let dir: string;

beforeAll(async () => {
  fx = await startFixture();
  dir = mkdtempSync(path.join(tmpdir(), 'netpol-bridge-kubectl-'));
});
afterAll(async () => {
  await fx.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Runs kubectl asynchronously (the bridge answers in this same process). */
async function kubectl(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const base = ['--server', `http://127.0.0.1:${fx.bridge.port}/clusters/prod`, '--cache-dir', path.join(dir, 'cache')];
  try {
    const r = await exec('kubectl', [...base, ...args], {
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: dir, KUBECONFIG: path.join(dir, 'none') },
      timeout: 30_000,
    });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (err) {
    const e = err as { code?: number | string; stdout?: string; stderr?: string };
    if (e.code === 'ENOENT') throw new Error('kubectl is not installed: this test needs it');
    return { code: typeof e.code === 'number' ? e.code : 1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

describe('kubectl through the bridge', () => {
  it('creates, gets, applies and deletes a NetworkPolicy on the remote cluster', async () => {
    const file = path.join(dir, 'np.yaml');
    const manifest = (port: number) =>
      `apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: via-bridge\n  namespace: default\nspec:\n  podSelector: {}\n  ingress:\n  - ports:\n    - port: ${port}\n`;
    writeFileSync(file, manifest(80));
    expect(await kubectl(['create', '-f', file])).toMatchObject({
      code: 0,
      stdout: 'networkpolicy.networking.k8s.io/via-bridge created\n',
    });
    const got = await kubectl([
      'get',
      'networkpolicy',
      'via-bridge',
      '-n',
      'default',
      '-o',
      'jsonpath={.spec.ingress[0].ports[0].port}',
    ]);
    expect(got).toMatchObject({ code: 0, stdout: '80' });
    writeFileSync(file, manifest(443));
    expect(await kubectl(['apply', '-f', file])).toMatchObject({ code: 0 });
    const again = await kubectl([
      'get',
      'networkpolicy',
      'via-bridge',
      '-n',
      'default',
      '-o',
      'jsonpath={.spec.ingress[0].ports[0].port}',
    ]);
    expect(again.stdout).toBe('443');
    expect(await kubectl(['delete', '-f', file])).toMatchObject({ code: 0 });
    expect((await kubectl(['get', 'networkpolicy', 'via-bridge', '-n', 'default'])).stderr).toContain('NotFound');
    expect(fx.remote.seen.every((s) => s.headers.authorization === `Bearer ${fx.token}`)).toBe(true);
  });

  it("shows the bridge's refusal for a path it does not forward", async () => {
    // --raw paths are absolute on the server (kubectl ignores the --server path for them).
    const before = fx.remote.seen.length;
    const r = await kubectl(['get', '--raw', '/clusters/prod/api/v1/namespaces/default/secrets']);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('the NetworkPolicy Studio bridge does not forward');
    // (kubectl's dispatcher still asks /version first, which is allowed.)
    expect(fx.remote.seen.slice(before).filter((s) => s.url.includes('secrets'))).toEqual([]);
  });
});
