import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { ResolvedIO } from '../io';
import { reach } from './reach';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../../..');
const CLUSTER = path.join(here, 'testdata/xyz-cluster.yaml');
const POLICIES = path.join(here, 'testdata/x-a-policies.yaml');

function fakeIO(files: Record<string, string> = {}, stdin = ''): ResolvedIO & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    stdout: (s: string) => void (io.out += s),
    stderr: (s: string) => void (io.err += s),
    readFile: async (p: string) => {
      if (Object.hasOwn(files, p)) return files[p] as string;
      return readFile(p, 'utf8');
    },
    readStdin: async () => stdin,
  };
  return io;
}

type Matrix = { probe: { port: number; protocol: string }; matrix: Record<string, Record<string, boolean>> };

/** x/a admits only y/b and z/b (AND of the two selectors); x/c may send nothing. */
function expected(from: string, to: string): boolean {
  if (from === 'x/c') return false;
  if (to === 'x/a') return from === 'y/b' || from === 'z/b';
  return true;
}

function checkMatrix(m: Matrix, port: number, protocol: string): void {
  expect(m.probe).toEqual({ port, protocol });
  const pods = ['x', 'y', 'z'].flatMap((ns) => ['a', 'b', 'c'].map((p) => `${ns}/${p}`));
  expect(Object.keys(m.matrix)).toEqual(pods);
  for (const f of pods) {
    expect(Object.keys(m.matrix[f] ?? {})).toEqual(pods.filter((t) => t !== f));
    for (const t of pods) if (t !== f) expect(m.matrix[f]?.[t], `${f} -> ${t}`).toBe(expected(f, t));
  }
}

describe('netpol reach', () => {
  it('prints the JSON matrix of every ordered pair of distinct pods', async () => {
    const io = fakeIO();
    const code = await reach.run(['--cluster', CLUSTER, '--port', '80', '--output', 'json', POLICIES], io);
    expect(io.err).toBe('');
    expect(code).toBe(0);
    checkMatrix(JSON.parse(io.out) as Matrix, 80, 'TCP');
  });

  it('prints a readable grid by default', async () => {
    const io = fakeIO();
    expect(await reach.run(['--cluster', CLUSTER, '--port=81', '--protocol', 'udp', POLICIES], io)).toBe(0);
    const lines = io.out.split('\n');
    expect(lines[0]).toContain('probe 81/UDP');
    expect(lines[2]).toBe('     x/a x/b x/c y/a y/b y/c z/a z/b z/c');
    expect(lines[3]).toBe('x/a  -   .   .   .   .   .   .   .   .');
    expect(lines[5]).toBe('x/c  X   X   -   X   X   X   X   X   X');
    expect(lines[7]).toBe('y/b  .   .   .   .   -   .   .   .   .');
    expect(lines[4]).toBe('x/b  X   -   .   .   .   .   .   .   .');
    // Denied: the 8 of x/c's row, and 6 of x/a's column (x/c -> x/a counted once).
    expect(io.out).toContain('59 of 72 connections allowed');
  });

  it('reads the cluster and policies as JSON and from stdin', async () => {
    const cluster = JSON.stringify({
      kind: 'List',
      items: [
        { kind: 'Namespace', metadata: { name: 'a' } },
        { kind: 'Pod', metadata: { name: 'p1', namespace: 'a' }, status: { podIP: '10.0.0.1' } },
        {
          kind: 'Pod',
          metadata: { name: 'p2', namespace: 'a', labels: { role: 'db' } },
          status: { podIP: '10.0.0.2' },
        },
      ],
    });
    const policy = `{"kind":"NetworkPolicy","metadata":{"name":"d","namespace":"a"},"spec":{"podSelector":{"matchLabels":{"role":"db"}}}}`;
    const io = fakeIO({ 'c.json': cluster }, policy);
    expect(await reach.run(['--cluster', 'c.json', '--port', '5432', '-o', 'json', '-'], io)).toBe(0);
    expect(JSON.parse(io.out)).toEqual({
      probe: { port: 5432, protocol: 'TCP' },
      matrix: { 'a/p1': { 'a/p2': false }, 'a/p2': { 'a/p1': true } },
    });
  });

  it.each([
    [['--port', '80', 'p.yaml'], '--cluster CLUSTER_FILE is required'],
    [['--cluster', 'c.yaml', 'p.yaml'], '--port N is required'],
    [['--cluster', 'c.yaml', '--port', '0', 'p.yaml'], '--port must be a number from 1 to 65535'],
    [['--cluster', 'c.yaml', '--port', '80x', 'p.yaml'], '--port must be a number from 1 to 65535'],
    [['--cluster', 'c.yaml', '--port', '80', '--protocol', 'ICMP', 'p.yaml'], '--protocol must be TCP, UDP or SCTP'],
    [['--cluster', 'c.yaml', '--port', '80', '--output', 'yaml', 'p.yaml'], '--output must be text or json'],
    [['--cluster', 'c.yaml', '--port', '80'], 'at least one POLICY_FILE is required'],
    [['--cluster', 'c.yaml', '--port', '80', '--bogus', 'p.yaml'], 'unknown flag: --bogus'],
    [['--cluster', 'missing.yaml', '--port', '80', 'p.yaml'], 'cannot read missing.yaml: no such file'],
    [['--cluster', 'bad.yaml', '--port', '80', 'p.yaml'], 'bad.yaml:2:1: '],
    [['--cluster', 'empty.yaml', '--port', '80', 'p.yaml'], 'empty.yaml: no Pod objects found'],
    [['--cluster', '-', '--port', '80', '-'], 'standard input (-) can be read only once'],
  ])('exits 2 with a clear message for %j', async (args, msg) => {
    const io = fakeIO({
      'bad.yaml': 'items: [\n',
      'empty.yaml': 'kind: List\nitems: []\n',
      'c.yaml': 'kind: Pod\nmetadata: {name: p}\n',
      'p.yaml': '',
    });
    expect(await reach.run(args, io)).toBe(2);
    expect(io.err).toContain(msg);
    expect(io.out).toBe('');
  });

  it('notes invalid parts of a policy on stderr (they match nothing) and still prints the matrix', async () => {
    const policy = `kind: NetworkPolicy
metadata: {name: bad, namespace: x}
spec:
  podSelector: {}
  ingress:
  - from: [{ipBlock: {cidr: 10.0.0.0/99}}]
`;
    const io = fakeIO({ 'bad.yaml': policy });
    expect(await reach.run(['--cluster', CLUSTER, '--port', '80', '-o', 'json', 'bad.yaml'], io)).toBe(0);
    expect(io.err).toContain(
      'netpol reach: note: x/bad: spec.ingress[0].from[0].ipBlock.cidr: "10.0.0.0/99" is not a valid CIDR',
    );
    const m = JSON.parse(io.out) as Matrix;
    expect(m.matrix['y/a']?.['x/b']).toBe(false);
    expect(m.matrix['x/a']?.['y/b']).toBe(true);
  });

  it('prints help', async () => {
    const io = fakeIO();
    expect(await reach.run(['--help'], io)).toBe(0);
    expect(io.out).toContain('Usage: netpol reach --cluster CLUSTER_FILE --port N');
  });

  it('runs as a process: node bin/netpol-studio.js reach ... on the upstream x/y/z fixture', async () => {
    const run = promisify(execFile);
    const rel = (p: string) => path.relative(root, p);
    const { stdout } = await run(
      process.execPath,
      [
        'bin/netpol-studio.js',
        'reach',
        '--cluster',
        rel(CLUSTER),
        '--port',
        '80',
        '--protocol',
        'TCP',
        '--output',
        'json',
        rel(POLICIES),
      ],
      { cwd: root, timeout: 60_000 },
    );
    checkMatrix(JSON.parse(stdout) as Matrix, 80, 'TCP');
    const bad = await run(
      process.execPath,
      ['bin/netpol-studio.js', 'reach', '--cluster', 'nope.yaml', '--port', '80', rel(POLICIES)],
      { cwd: root, timeout: 60_000 },
    ).catch((e: { code: number; stderr: string }) => e);
    expect(bad).toMatchObject({ code: 2 });
    expect((bad as { stderr: string }).stderr).toContain('cannot read nope.yaml');
  }, 60_000);
});
