// Interoperability with the real kubectl (/usr/bin/kubectl, a dispatcher that runs the bundled
// kubectl matching the server's minor version; KUBECTL overrides it): create -f of the seed's
// example request, get -o yaml, apply -f of a changed file, delete. Fails when kubectl is missing.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { NP_PATH, request, startTestServer, type TestServer } from './test-support';

const run = promisify(execFile);
const KUBECTL = process.env.KUBECTL ?? '/usr/bin/kubectl';
const SEED = new URL('./fixtures/seed-request.json', import.meta.url);

let srv: TestServer;
const work = mkdtempSync(path.join(os.tmpdir(), 'netpol-kubectl-'));
beforeAll(async () => {
  srv = await startTestServer();
});
afterAll(async () => {
  await srv.close();
  rmSync(work, { recursive: true, force: true });
});

/** Runs kubectl against the test server with a fresh cache and no kubeconfig; never throws. */
async function kubectl(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: work,
    KUBECONFIG: path.join(work, 'empty-kubeconfig'),
  };
  try {
    const r = await run(KUBECTL, ['--server', srv.url, '--cache-dir', path.join(work, 'cache'), ...args], {
      env,
      timeout: 60_000,
    });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (err) {
    const e = err as { code?: number | string; stdout?: string; stderr?: string };
    return { code: typeof e.code === 'number' ? e.code : -1, stdout: e.stdout ?? '', stderr: e.stderr ?? String(err) };
  }
}

describe('kubectl against the demo cluster', () => {
  it('kubectl is installed (this test fails rather than skips without it)', () => {
    expect(
      existsSync(KUBECTL),
      `kubectl not found at ${KUBECTL}: install it (Debian: apt-get install kubectl or kubernetes-client) or set KUBECTL`,
    ).toBe(true);
  });

  it('create -f, get -o yaml, apply -f of a changed file, delete', async () => {
    writeFileSync(path.join(work, 'empty-kubeconfig'), '');
    const seedFile = path.join(work, 'seed-request.json');
    writeFileSync(seedFile, readFileSync(SEED));

    const created = await kubectl('create', '-f', seedFile);
    expect(created.stderr).toBe('');
    expect(created.stdout).toBe('networkpolicy.networking.k8s.io/test-network-policy created\n');
    expect(created.code).toBe(0);

    const again = await kubectl('create', '-f', seedFile);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('Error from server (AlreadyExists): error when creating');
    expect(again.stderr).toContain('networkpolicies.networking.k8s.io "test-network-policy" already exists');

    const table = await kubectl('get', 'netpol', '-n', 'default');
    expect(table.stdout).toMatch(/^NAME\s+POD-SELECTOR\s+AGE\ntest-network-policy\s+app=nginx\s+\d+s\n$/);

    const yaml = await kubectl('get', 'networkpolicies', '-n', 'default', '-o', 'yaml');
    expect(yaml.code).toBe(0);
    const list = parseYaml(yaml.stdout) as {
      kind: string;
      items: { metadata: Record<string, unknown>; spec: unknown }[];
    };
    expect(list.kind).toBe('List');
    expect(list.items).toHaveLength(1);
    expect(list.items[0]?.metadata).toMatchObject({ name: 'test-network-policy', namespace: 'default', generation: 1 });
    expect(list.items[0]?.spec).toEqual({
      podSelector: { matchLabels: { app: 'nginx' } },
      ingress: [
        { from: [{ podSelector: { matchLabels: { app: 'naginx1' } } }], ports: [{ protocol: 'TCP', port: 6379 }] },
      ],
      policyTypes: ['Ingress'],
    });

    const changedFile = path.join(work, 'changed.json');
    writeFileSync(changedFile, readFileSync(SEED, 'utf8').replace('6379', '6380').replace('naginx1', 'nginx1'));
    const applied = await kubectl('apply', '-f', changedFile);
    expect(applied.code).toBe(0);
    expect(applied.stdout).toBe('networkpolicy.networking.k8s.io/test-network-policy configured\n');
    const after = await request(srv.url, `${NP_PATH}/default/networkpolicies/test-network-policy`);
    const obj = after.json as {
      metadata: { generation: number; annotations: Record<string, string> };
      spec: { ingress: unknown };
    };
    expect(obj.spec.ingress).toEqual([
      { ports: [{ protocol: 'TCP', port: 6380 }], from: [{ podSelector: { matchLabels: { app: 'nginx1' } } }] },
    ]);
    expect(obj.metadata.generation).toBe(2);
    expect(obj.metadata.annotations['kubectl.kubernetes.io/last-applied-configuration']).toContain('6380');

    const unchanged = await kubectl('apply', '-f', changedFile);
    expect(unchanged.stdout).toBe('networkpolicy.networking.k8s.io/test-network-policy unchanged\n');

    const serverSide = await kubectl('apply', '--server-side', '--force-conflicts', '-f', changedFile);
    expect(serverSide.stdout).toBe('networkpolicy.networking.k8s.io/test-network-policy serverside-applied\n');

    const deleted = await kubectl('delete', 'networkpolicy', 'test-network-policy', '-n', 'default');
    expect(deleted.stdout).toBe('networkpolicy.networking.k8s.io "test-network-policy" deleted\n');
    expect(deleted.code).toBe(0);
    expect((await request(srv.url, `${NP_PATH}/default/networkpolicies/test-network-policy`)).status).toBe(404);
    const gone = await kubectl('get', 'netpol', 'test-network-policy', '-n', 'default');
    expect(gone.stderr).toBe(
      'Error from server (NotFound): networkpolicies.networking.k8s.io "test-network-policy" not found\n',
    );
  }, 120_000);

  it('an invalid policy is refused by the server with the 422 message (validation left to the server)', async () => {
    const bad = path.join(work, 'bad.json');
    writeFileSync(
      bad,
      JSON.stringify({
        apiVersion: 'networking.k8s.io/v1',
        kind: 'NetworkPolicy',
        metadata: { name: 'Bad_Name', namespace: 'default' },
        spec: { podSelector: {} },
      }),
    );
    const r = await kubectl('create', '-f', bad);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      'The NetworkPolicy "Bad_Name" is invalid: metadata.name: Invalid value: "Bad_Name": a lowercase RFC 1123 subdomain',
    );
  }, 60_000);
});
