// The server's command line: options, defaults, usage errors (exit 2), the printed URL with the
// real port for --port 0, --in-memory, --seed, and a clean exit on SIGTERM/SIGINT.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { parseArgs, UsageError } from './main';
import { request, spawnServer } from './test-support';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'netpol-main-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

describe('parseArgs', () => {
  it('defaults: port 8080 on 127.0.0.1, a per-user data dir, durable, the shipped seed', () => {
    expect(parseArgs([], { XDG_DATA_HOME: '/x/data' })).toEqual({
      port: 8080,
      host: '127.0.0.1',
      dataDir: '/x/data/networkpolicy-studio',
      inMemory: false,
      seed: undefined,
    });
    expect(parseArgs([], { HOME: '/home/u' })?.dataDir).toBe(
      path.join(os.homedir(), '.local', 'share', 'networkpolicy-studio'),
    );
  });

  it('reads every option, in both --opt value and --opt=value forms', () => {
    expect(parseArgs(['--port', '0', '--host=0.0.0.0', '--data-dir', '/d', '--in-memory', '--seed=/s.yaml'])).toEqual({
      port: 0,
      host: '0.0.0.0',
      dataDir: '/d',
      inMemory: true,
      seed: '/s.yaml',
    });
    expect(parseArgs(['--help'])).toBeNull();
  });

  it('rejects unknown options, stray arguments and bad values', () => {
    expect(() => parseArgs(['--prot', '1'])).toThrow(new UsageError('unknown option --prot'));
    expect(() => parseArgs(['serve'])).toThrow(new UsageError('unexpected argument "serve"'));
    expect(() => parseArgs(['--port', '70000'])).toThrow(UsageError);
    expect(() => parseArgs(['--port'])).toThrow(new UsageError('option --port needs a value'));
  });
});

describe('the server process', () => {
  it('exits 2 with a clear message for an unknown option', async () => {
    const p = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src/server/main.ts'), '--bogus'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let err = '';
    p.stderr.on('data', (c: Buffer) => (err += c.toString()));
    const code = await new Promise<number | null>((r) => p.on('exit', r));
    expect(code).toBe(2);
    expect(err).toContain('netpol-studio: unknown option --bogus');
    expect(err).toContain('Usage: npm start -- [options]');
  }, 90_000);

  it('prints the real port for --port 0, serves the seed file given, and exits 0 on SIGTERM', async () => {
    const seed = path.join(tmp, 'seed.yaml');
    writeFileSync(
      seed,
      'apiVersion: v1\nkind: Pod\nmetadata: {name: solo, namespace: lab, labels: {app: solo}}\nspec: {containers: [{name: c, image: x}]}\nstatus: {podIP: 10.1.2.3}\n',
    );
    const dataDir = path.join(tmp, 'data');
    const srv = await spawnServer(['--port', '0', '--data-dir', dataDir, '--seed', seed]);
    expect(srv.output()).toMatch(/NetworkPolicy Studio listening on http:\/\/127\.0\.0\.1:(\d+)/);
    expect(srv.url).not.toMatch(/:0$/);
    const ns = await request(srv.url, '/api/v1/namespaces');
    expect((ns.json as { items: { metadata: { name: string } }[] }).items.map((i) => i.metadata.name)).toEqual(['lab']);
    expect(existsSync(path.join(dataDir, 'snapshot.json'))).toBe(true);
    srv.proc.kill('SIGTERM');
    expect(await srv.exited).toBe(0);
  }, 90_000);

  it('--in-memory writes nothing; scripts/start.js (NETPOL_SKIP_BUILD=1) starts it too and stops on SIGINT', async () => {
    const home = path.join(tmp, 'home');
    const p = spawn(process.execPath, [path.join(ROOT, 'scripts/start.js'), '--port', '0', '--in-memory'], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NETPOL_SKIP_BUILD: '1', HOME: home, XDG_DATA_HOME: path.join(home, 'data') },
    });
    let out = '';
    p.stdout.on('data', (c: Buffer) => (out += c.toString()));
    p.stderr.on('data', (c: Buffer) => (out += c.toString()));
    const exited = new Promise<number | null>((r) => p.on('exit', r));
    for (let i = 0; i < 600 && !/listening on http/.test(out); i++) await new Promise((r) => setTimeout(r, 100));
    const url = /listening on (http:\/\/\S+)/.exec(out)?.[1] ?? '';
    expect((await request(url, '/version')).status).toBe(200);
    p.kill('SIGINT');
    expect(await exited).toBe(0);
    expect(existsSync(home) ? readdirSync(home) : []).toEqual([]);
  }, 120_000);
});
