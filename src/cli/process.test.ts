// The real wiring: `node bin/netpol-studio.js validate ...`, `npm run -s netpol -- validate -` and
// the package bin `netpol-studio` as processes, checking exit codes 0/1/2, the JSON shape, and that
// no stack trace leaks.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..', '..');
let dir = '';

interface Run {
  code: number | null;
  out: string;
  err: string;
}

function exec(cmd: string, args: string[], stdin = ''): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, {
      cwd: root,
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { ...process.env, NO_COLOR: '1' },
    });
    let out = '';
    let err = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, out, err });
    });
    child.stdin.end(stdin);
  });
}

const VALID = JSON.stringify({
  apiVersion: 'networking.k8s.io/v1',
  kind: 'NetworkPolicy',
  metadata: { name: 'ok', namespace: 'ns' },
  spec: { podSelector: {}, ingress: [{ ports: [{ port: 443 }] }] },
});
const INVALID =
  'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: bad\nspec:\n  podSelector: {}\n  ingress:\n  - ports:\n    - port: 70000\n';

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'netpol-cli-'));
  writeFileSync(path.join(dir, 'valid.json'), VALID);
  writeFileSync(path.join(dir, 'invalid.yaml'), INVALID);
  writeFileSync(path.join(dir, 'broken.yaml'), 'spec: [1\n');
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('netpol as a process', () => {
  it('node bin/netpol-studio.js validate: 0 for valid, 1 for invalid with the JSON shape', async () => {
    const ok = await exec(process.execPath, ['bin/netpol-studio.js', 'validate', path.join(dir, 'valid.json')]);
    expect(ok.code).toBe(0);
    expect(ok.out).toMatch(/valid\.json:1:1: NetworkPolicy "ok" is valid\n$/);

    const bad = await exec(process.execPath, [
      'bin/netpol-studio.js',
      'validate',
      '--output',
      'json',
      path.join(dir, 'invalid.yaml'),
    ]);
    expect(bad.code).toBe(1);
    expect(JSON.parse(bad.out)).toEqual([
      {
        source: path.join(dir, 'invalid.yaml'),
        index: 0,
        kind: 'NetworkPolicy',
        name: 'bad',
        valid: false,
        errors: [
          {
            type: 'FieldValueInvalid',
            field: 'spec.ingress[0].ports[0].port',
            badValue: 70000,
            detail: 'must be between 1 and 65535, inclusive',
            message: 'spec.ingress[0].ports[0].port: Invalid value: 70000: must be between 1 and 65535, inclusive',
          },
        ],
      },
    ]);
  }, 60_000);

  it('node bin/netpol-studio.js validate: 2 with a clear message for unparsable or missing input', async () => {
    const r = await exec(process.execPath, [
      'bin/netpol-studio.js',
      'validate',
      path.join(dir, 'broken.yaml'),
      path.join(dir, 'nope.yaml'),
    ]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/broken\.yaml:\d+:\d+: error: invalid YAML: /);
    expect(r.err).toMatch(/error: cannot read .*nope\.yaml: no such file or directory/);
    expect(r.err).not.toMatch(/\n\s+at /);
    const d = await exec(process.execPath, ['bin/netpol-studio.js', 'validate', dir]);
    expect(d.code).toBe(2);
    expect(d.err).toBe(`error: cannot read ${dir}: is a directory\n`);
  }, 60_000);

  it('the package bin netpol-studio (npm exec) runs the same command', async () => {
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const r = await exec(npm, ['exec', '--offline', '--', 'netpol-studio', 'validate', '-o', 'json', '-'], INVALID);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out)).toMatchObject([{ source: '-', index: 0, name: 'bad', valid: false }]);
  }, 60_000);

  it('npm run -s netpol -- validate - reads stdin', async () => {
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const r = await exec(npm, ['run', '-s', 'netpol', '--', 'validate', '-o', 'json', '-'], `${VALID}\n`);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual([
      { source: '-', index: 0, kind: 'NetworkPolicy', name: 'ok', valid: true, errors: [] },
    ]);
    const bad = await exec(npm, ['run', '-s', 'netpol', '--', 'validate', '-'], INVALID);
    expect(bad.code).toBe(1);
    expect(bad.out).toMatch(
      /^<stdin>:1:1: The NetworkPolicy "bad" is invalid: spec\.ingress\[0\]\.ports\[0\]\.port: .* \(<stdin>:9:13\)\n$/,
    );
  }, 60_000);
});
