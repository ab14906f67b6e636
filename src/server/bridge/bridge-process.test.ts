// The real server process with the bridge wired in: `main.ts --kubeconfig FILE --context prod`
// lists the contexts, forwards to the HTTPS remote, refuses what it must, and exits 2 for a bad --context.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request } from './testing/harness';
import { startFixture, type Fixture } from './testing/fixture';

const MAIN = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'main.ts');
let fx: Fixture;

beforeAll(async () => {
  fx = await startFixture();
});
afterAll(async () => {
  await fx.close();
});

interface Proc {
  proc: ChildProcess;
  port: number;
  output: () => string;
  exited: Promise<number | null>;
}

/** Starts main.ts; resolves once it prints its URL, or rejects with its output when it exits first. */
function startServer(args: string[], env: NodeJS.ProcessEnv = {}): Promise<Proc> {
  const proc = spawn(process.execPath, ['--import', 'tsx', MAIN, '--port', '0', '--in-memory', ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', ...env },
  });
  let out = '';
  const exited = new Promise<number | null>((r) => proc.on('exit', (code) => r(code)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      proc.kill('SIGKILL');
      reject(new Error(`no start within 20 s:\n${out}`));
    }, 20_000);
    const onData = (c: Buffer): void => {
      out += c.toString();
      const m = /listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(out);
      if (m?.[1] !== undefined) {
        clearTimeout(timer);
        resolve({ proc, port: Number(m[1]), output: () => out, exited });
      }
    };
    proc.stdout.on('data', onData);
    proc.stderr.on('data', onData);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`exited ${code}:\n${out}`));
    });
  });
}

async function stop(p: Proc): Promise<number | null> {
  p.proc.kill('SIGTERM');
  return p.exited;
}

describe('npm start -- --kubeconfig FILE --context NAME', () => {
  it('offers the contexts beside the demo, bridges prod, and keeps the guard', async () => {
    const p = await startServer(['--kubeconfig', fx.kubeconfigPath, '--context', 'prod']);
    try {
      for (let i = 0; i < 100 && !p.output().includes('Clusters:'); i++) await new Promise((r) => setTimeout(r, 20));
      expect(p.output()).toMatch(/Clusters: demo, prod, certs, .* \(selected: prod\)/);
      const list = await request(p.port, 'GET', '/clusters');
      expect(list.json<{ current: string }>().current).toBe('prod');
      const np = '/clusters/prod/apis/networking.k8s.io/v1/namespaces/default/networkpolicies';
      const body = {
        apiVersion: 'networking.k8s.io/v1',
        kind: 'NetworkPolicy',
        metadata: { name: 'from-main' },
        spec: { podSelector: {} },
      };
      expect((await request(p.port, 'POST', np, { body })).status).toBe(201);
      expect(fx.remote.seen.at(-1)?.headers.authorization).toBe(`Bearer ${fx.token}`);
      expect((await request(p.port, 'GET', '/clusters/prod/api/v1/secrets')).status).toBe(403);
      expect((await request(p.port, 'GET', '/version', { headers: { Host: 'rebind.example' } })).status).toBe(403);
      expect((await request(p.port, 'GET', '/version')).status).toBe(200);
      expect(p.output()).not.toContain(fx.token);
    } finally {
      expect(await stop(p)).toBe(0);
    }
  }, 40_000);

  it('reads KUBECONFIG when no --kubeconfig is given', async () => {
    const p = await startServer([], { KUBECONFIG: `/nonexistent/config:${fx.kubeconfigPath}` });
    try {
      const list = await request(p.port, 'GET', '/clusters');
      expect(list.json<{ current: string; items: unknown[] }>().current).toBe('prod');
      expect((await request(p.port, 'GET', '/clusters/certs/version')).status).toBe(200);
    } finally {
      await stop(p);
    }
  }, 40_000);

  it('exits 2 naming the known clusters for an unknown --context', async () => {
    const err = await startServer(['--kubeconfig', fx.kubeconfigPath, '--context', 'nope']).then(
      () => 'started',
      (e: unknown) => String(e),
    );
    expect(err).toContain('exited 2');
    expect(err).toContain('netpol-studio: context "nope" not found; known clusters: "demo", "prod"');
  }, 40_000);
});
